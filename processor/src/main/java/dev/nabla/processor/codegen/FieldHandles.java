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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The handles through which a generated class reads the fields it cannot name (private, or of a private class), static
 * ones and those of a receiver or passive object: one {@code private static final VarHandle} per field, named after it,
 * which the JIT treats as a constant.
 */
public final class FieldHandles {
  private static final String STATIC = "staticField";
  private static final String INSTANCE = "instanceField";
  private final ClassName generated;
  /** Names of the class's members, so that a handle named after a field clashes with none. */
  private final NameAllocator names = new NameAllocator(List.of(StoredSource.FIELD, "Tape"));
  private final Map<Op.Field, FieldSpec> handles = new LinkedHashMap<>();
  /** The methods that make the handles used, {@link #STATIC} and {@link #INSTANCE}, in order of first use. */
  private final Set<String> makers = new LinkedHashSet<>();

  /** The handles of the class {@code generated}, none yet. */
  public FieldHandles(ClassName generated) {
    this.generated = generated;
  }

  /**
   * Java reading {@code field}, of type {@code type}, through its handle, which is declared on first use: a static
   * field ({@code object} null) or one of {@code object}, the name of the object it is read from.
   */
  CodeBlock read(Op.Field field, Type type, String object) {
    String made = object == null ? STATIC : INSTANCE;
    FieldSpec handle = handles.computeIfAbsent(field, f -> FieldSpec.builder(VarHandle.class, names.fresh(f.name()),
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$L($S, $S, $L.class)", made, ClassName.bestGuess(f.owner()).reflectionName(), f.name(),
            type.javaName())
        .build());
    makers.add(made);
    // qualified, so that the local named after the field does not hide its handle
    return CodeBlock.of("($L) $T.$N.get($L)", type.javaName(), generated, handle, object == null ? "" : object);
  }

  /** Adds the handles declared, and the methods that make them, to the generated class. */
  void addTo(TypeSpec.Builder cls) {
    cls.addFields(handles.values());
    makers.forEach(m -> cls.addMethod(Support.fieldHandle(m, m.equals(STATIC) ? "findStaticVarHandle"
        : "findVarHandle")));
  }
}
