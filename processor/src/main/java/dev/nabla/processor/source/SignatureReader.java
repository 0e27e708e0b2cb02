package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Validates a {@code @Differentiable} method's declaration and reads its {@link Signature}. */
public final class SignatureReader {
  private static final String NO_DERIVATIVE = "dev.nabla.NoDerivative";
  private static final String OUTPUT = "dev.nabla.Output";

  private SignatureReader() {}

  /** Reads the signature, or throws a {@link CompileError} on the method, a parameter or the result. */
  public static Signature read(ExecutableElement method, MethodTree tree, CompilationUnitTree unit,
      Elements elements, Trees trees) {
    String name = method.getSimpleName().toString();
    if (tree.getBody() == null) {
      throw new CompileError(Diagnostic.ABSTRACT, tree, unit, name);
    }
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      throw new CompileError(Diagnostic.NOT_STATIC, tree, unit, name);
    }
    List<Declared> parameters = new ArrayList<>();
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      parameters.add(declared(p, tree.getParameters().get(i), unit, elements, trees));
    }
    TypeMirror returned = method.getReturnType();
    Type result = typeOf(returned);
    TypeElement pointResult = PointRecords.of(returned);
    String output = output(method, tree, unit);
    if (result != Type.DOUBLE && (result == null || !result.isArray()) && pointResult == null && output == null) {
      throw new CompileError(Diagnostic.UNSUPPORTED_RESULT, tree.getReturnType(), unit, returned);
    }
    Signature signature = new Signature(method, name, parameters, result == Type.DOUBLE ? Type.DOUBLE
        : Type.DOUBLE_ARRAY, result == Type.DOUBLE_MATRIX, pointResult, output);
    if (signature.point().isEmpty()) {
      throw new CompileError(Diagnostic.NO_DIFFERENTIABLE_INPUT, tree, unit, name);
    }
    return signature;
  }

  /**
   * The name of the {@code @Output} parameter, or null when there is none; it must be the one {@code double[]} of a
   * {@code void} method marked so.
   */
  private static String output(ExecutableElement method, MethodTree tree, CompilationUnitTree unit) {
    String output = null;
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      if (!has(p, OUTPUT)) {
        continue;
      }
      Tree at = tree.getParameters().get(i);
      if (output != null) {
        throw new CompileError(Diagnostic.OUTPUT, at, unit, "a second @Output parameter, " + p.getSimpleName());
      }
      if (typeOf(p.asType()) != Type.DOUBLE_ARRAY) {
        throw new CompileError(Diagnostic.OUTPUT, at, unit, "the @Output parameter " + p.getSimpleName()
            + " has type " + p.asType() + ", not double[]");
      }
      if (method.getReturnType().getKind() != TypeKind.VOID) {
        throw new CompileError(Diagnostic.OUTPUT, at, unit, "the @Output parameter " + p.getSimpleName()
            + " of a method returning " + method.getReturnType() + " (it would have two results)");
      }
      output = p.getSimpleName().toString();
    }
    return output;
  }

  /** A declared parameter: one of a type the IR has, or a point object as its parts. */
  private static Declared declared(VariableElement p, Tree at, CompilationUnitTree unit, Elements elements,
      Trees trees) {
    String name = p.getSimpleName().toString();
    boolean held = has(p, NO_DERIVATIVE) || has(p, OUTPUT);
    Type type = typeOf(p.asType());
    if (type != null) {
      boolean differentiable = type == Type.DOUBLE || type.isArray();
      return new Declared(name, null, false, List.of(new Parameter(name, type, differentiable && !held, "")));
    }
    TypeElement point = PointRecords.of(p.asType());
    if (point == null) {
      throw new CompileError(Diagnostic.UNSUPPORTED_TYPE, at, unit, "parameter " + name, p.asType()
          + notAPoint(p.asType()));
    }
    List<Parameter> parts = new ArrayList<>();
    addParts(point, name, "", !held, parts);
    return new Declared(name, point, PointRecords.rebuilds(point, elements, trees), parts);
  }

  /** Adds the parts of the point object {@code type} read from {@code path}, depth-first. */
  private static void addParts(TypeElement type, String path, String selector, boolean differentiable,
      List<Parameter> parts) {
    for (PointRecords.Part part : PointRecords.parts(type)) {
      String name = path + "." + part.name();
      if (part.nested() != null) {
        addParts(part.nested(), name, selector + part.selector(), differentiable, parts);
      } else {
        parts.add(new Parameter(name, part.type(), differentiable, selector + part.selector()));
      }
    }
  }

  /** Why a record or class is not a point object, for the message about it; empty for other types. */
  private static String notAPoint(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement() instanceof TypeElement type
        ? " (not a point: " + PointRecords.passiveBecause(type) + ")" : "";
  }

  private static boolean has(Element e, String annotation) {
    return e.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(annotation));
  }

  /** The IR type of a Java type, or null when nabla does not support it. */
  public static Type typeOf(TypeMirror t) {
    switch (t.getKind()) {
      case DOUBLE:
        return Type.DOUBLE;
      case INT:
      case SHORT:
      case BYTE:
        return t.getKind() == TypeKind.INT ? Type.INT : null;
      case LONG:
        return Type.LONG;
      case BOOLEAN:
        return Type.BOOLEAN;
      case ARRAY:
        TypeMirror c = ((ArrayType) t).getComponentType();
        if (c.getKind() == TypeKind.DOUBLE) {
          return Type.DOUBLE_ARRAY;
        }
        if (c.getKind() == TypeKind.ARRAY && ((ArrayType) c).getComponentType().getKind() == TypeKind.DOUBLE) {
          return Type.DOUBLE_MATRIX;
        }
        return null;
      default:
        return null;
    }
  }
}
