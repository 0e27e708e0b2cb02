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
import javax.lang.model.util.Elements;

/** Validates a {@code @Differentiable} method's declaration and reads its {@link Signature}. */
public final class SignatureReader {
  private static final String NO_DERIVATIVE = "dev.nabla.NoDerivative";
  private static final String OUTPUT = "dev.nabla.Output";
  private static final Set<String> BOXED = Set.of("java.lang.Double", "java.lang.Float", "java.lang.Long",
      "java.lang.Integer", "java.lang.Short", "java.lang.Byte", "java.lang.Boolean", "java.lang.Character");

  private SignatureReader() {}

  /** Reads the signature, or throws a {@link CompileError} on the method, a parameter or the result. */
  public static Signature read(ExecutableElement method, MethodTree tree, CompilationUnitTree unit,
      Elements elements, Trees trees) {
    String name = method.getSimpleName().toString();
    if (tree.getBody() == null) {
      throw new CompileError(Diagnostic.ABSTRACT, tree, unit, name);
    }
    List<Declared> parameters = new ArrayList<>();
    if (!method.getModifiers().contains(Modifier.STATIC)) {
      parameters.add(new Declared(Parameter.RECEIVER, null, false, List.of(receiver(method, tree, unit))));
    }
    for (int i = 0; i < method.getParameters().size(); i++) {
      VariableElement p = method.getParameters().get(i);
      parameters.add(declared(p, tree.getParameters().get(i), unit, elements, trees));
    }
    TypeMirror returned = method.getReturnType();
    Type result = typeOf(returned);
    TypeElement pointResult = PointRecords.of(returned);
    ExecutableElement resultAccessor = pointResult == null ? null : PointRecords.rewrittenAccessor(pointResult, trees);
    if (resultAccessor != null) {
      throw new CompileError(Diagnostic.POINT_ACCESSOR, tree.getReturnType(), unit, "the result",
          resultAccessor.getEnclosingElement().getSimpleName() + "." + resultAccessor.getSimpleName());
    }
    String output = output(method, tree, unit);
    if (result != Type.DOUBLE && (result == null || !result.isArray()) && pointResult == null && output == null) {
      throw new CompileError(Diagnostic.UNSUPPORTED_RESULT, tree.getReturnType(), unit, returned);
    }
    Signature signature = new Signature(method, name, parameters, result == Type.DOUBLE ? Type.DOUBLE
        : Type.DOUBLE_ARRAY, result == Type.DOUBLE_MATRIX, pointResult, output);
    if (signature.point().isEmpty()) {
      throw new CompileError(Diagnostic.NO_DIFFERENTIABLE_INPUT, tree, unit, name + notPoints(parameters));
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
    return new Parameter(Parameter.RECEIVER, Type.OBJECT, false, owner.asType(), "");
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
    TypeElement point = held ? null : PointRecords.of(p.asType());
    if (point == null) {
      Type type = isPassiveObject(p.asType()) ? Type.OBJECT : typeOf(p.asType());
      if (type == null) {
        throw new CompileError(Diagnostic.UNSUPPORTED_TYPE, at, unit, "parameter " + name, p.asType());
      }
      boolean differentiable = type == Type.DOUBLE || type.isArray();
      return new Declared(name, null, false,
          List.of(new Parameter(name, type, differentiable && !held, p.asType(), "")));
    }
    ExecutableElement accessor = PointRecords.rewrittenAccessor(point, trees);
    if (accessor != null) {
      throw new CompileError(Diagnostic.POINT_ACCESSOR, at, unit, "parameter " + name,
          accessor.getEnclosingElement().getSimpleName() + "." + accessor.getSimpleName());
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
        parts.add(new Parameter(name, part.type(), differentiable, part.javaType(), selector + part.selector()));
      }
    }
  }

  /** Why the passive objects among {@code parameters} that are records or classes are not points, for a message. */
  private static String notPoints(List<Declared> parameters) {
    StringBuilder why = new StringBuilder();
    for (Declared d : parameters) {
      Parameter p = d.parameters().get(0);
      if (d.point() == null && p.type() == Type.OBJECT && !p.name().equals(Parameter.RECEIVER)
          && ((DeclaredType) p.javaType()).asElement() instanceof TypeElement type) {
        why.append(" (").append(d.name()).append(" is passive, not a point: ")
            .append(PointRecords.passiveBecause(type)).append(')');
      }
    }
    return why.toString();
  }

  private static boolean has(Element e, String annotation) {
    return e.getAnnotationMirrors().stream().anyMatch(a -> a.getAnnotationType().toString().equals(annotation));
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
