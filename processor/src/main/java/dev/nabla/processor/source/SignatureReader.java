package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Validates a {@code @Differentiable} method's declaration and reads its {@link Signature}. */
public final class SignatureReader {
  static final String NO_DERIVATIVE = "dev.nabla.NoDerivative";
  private static final Set<String> BOXED = Set.of("java.lang.Double", "java.lang.Float", "java.lang.Long",
      "java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character");

  private SignatureReader() {}

  /** Reads the signature, or throws a {@link CompileError} on the method, a parameter or the result. */
  public static Signature read(ExecutableElement method, MethodTree tree, CompilationUnitTree unit) {
    String name = method.getSimpleName().toString();
    if (tree.getBody() == null) {
      throw new CompileError(Diagnostic.ABSTRACT, tree, unit, name);
    }
    List<Parameter> parameters = new ArrayList<>();
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      parameters.add(receiver(method, tree, unit));
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      Tree at = tree.getParameters().get(i);
      Type type = isPassiveObject(p.asType()) ? Type.OBJECT : typeOf(p.asType());
      if (type == null) {
        throw new CompileError(Diagnostic.UNSUPPORTED_TYPE, at, unit, "parameter " + p.getSimpleName(), p.asType());
      }
      boolean differentiable = type == Type.DOUBLE || type.isArray();
      parameters.add(new Parameter(p.getSimpleName().toString(), type, differentiable && !hasNoDerivative(p),
          p.asType()));
    }
    TypeMirror returned = method.getReturnType();
    Type result = typeOf(returned);
    if (result != Type.DOUBLE && (result == null || !result.isArray())) {
      throw new CompileError(Diagnostic.UNSUPPORTED_RESULT, tree.getReturnType(), unit, returned);
    }
    Signature signature = new Signature(method, name, parameters, result == Type.DOUBLE ? Type.DOUBLE
        : Type.DOUBLE_ARRAY, result == Type.DOUBLE_MATRIX);
    if (signature.point().isEmpty()) {
      throw new CompileError(Diagnostic.NO_DIFFERENTIABLE_INPUT, tree, unit, name);
    }
    return signature;
  }

  /**
   * Whether a parameter of type {@code t} is a passive object: one of a class, interface, record or enum type, passed
   * through unchanged, whose fields and methods the method reads as passive code. Boxed numbers are not: their
   * arithmetic would be unboxed and differentiated, so they ask for the primitive type.
   */
  public static boolean isPassiveObject(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && !BOXED.contains(((DeclaredType) t).asElement().toString());
  }

  /**
   * The receiver of an instance method, a passive object the generated methods take first; an error when they cannot
   * name its class (private) or would have to be generic (a generic class).
   */
  private static Parameter receiver(ExecutableElement method, MethodTree tree, CompilationUnitTree unit) {
    TypeElement owner = (TypeElement) method.getEnclosingElement();
    if (Access.isHidden(owner)) {
      throw new CompileError(Diagnostic.NOT_STATIC, tree, unit, method.getSimpleName(),
          "its class " + owner.getSimpleName() + " is private or in a private class, so the generated class cannot "
              + "name it");
    }
    // an inner class's instance has the type parameters of the classes around it, up to a static one
    for (Element e = owner; e instanceof TypeElement t; e = t.getModifiers().contains(Modifier.STATIC) ? null
        : t.getEnclosingElement()) {
      if (!t.getTypeParameters().isEmpty()) {
        throw new CompileError(Diagnostic.NOT_STATIC, tree, unit, method.getSimpleName(),
            "its class " + t.getSimpleName() + " is generic, and the generated methods are not");
      }
    }
    return new Parameter(Parameter.RECEIVER, Type.OBJECT, false, owner.asType());
  }

  static boolean hasNoDerivative(Element e) {
    return e.getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals(NO_DERIVATIVE));
  }

  /**
   * The IR type of a callee's parameter: {@link #typeOf}, or an object's; null if neither, and for a String, whose
   * literals nabla does not lower, so that a helper taking a message is kept as written rather than inlined.
   */
  static Type valueType(TypeMirror t) {
    return isPassiveObject(t) && !t.toString().equals("java.lang.String") ? Type.OBJECT : typeOf(t);
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
