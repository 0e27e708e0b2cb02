package dev.nabla.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.FieldSpec;
import com.squareup.javapoet.TypeSpec;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.source.StoredSource;
import java.lang.invoke.VarHandle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The handles through which a generated class reads the static fields it cannot name (private, or of a private
 * class): one {@code private static final VarHandle} per field, named after it, which the JIT treats as a constant.
 */
public final class FieldHandles {
  private final ClassName generated;
  /** Names of the class's members, so that a handle named after a field clashes with none. */
  private final NameAllocator names = new NameAllocator(List.of(StoredSource.FIELD, "Tape"));
  private final Map<Op.StaticField, FieldSpec> handles = new LinkedHashMap<>();

  /** The handles of the class {@code generated}, none yet. */
  public FieldHandles(ClassName generated) {
    this.generated = generated;
  }

  /** Java reading {@code field}, of type {@code type}, through its handle, which is declared on first use. */
  CodeBlock read(Op.StaticField field, Type type) {
    FieldSpec handle = handles.computeIfAbsent(field, f -> FieldSpec.builder(VarHandle.class, names.fresh(f.name()),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("staticField($S, $S, $L.class)", ClassName.bestGuess(f.owner()).reflectionName(), f.name(),
            type.javaName())
        .build());
    // qualified, so that the local named after the field does not hide its handle
    return CodeBlock.of("($L) $T.$N.get()", type.javaName(), generated, handle);
  }

  /** Adds the handles declared, and the method that makes them, to the generated class. */
  void addTo(TypeSpec.Builder cls) {
    if (!handles.isEmpty()) {
      cls.addFields(handles.values());
      cls.addMethod(Support.staticField());
    }
  }
}
