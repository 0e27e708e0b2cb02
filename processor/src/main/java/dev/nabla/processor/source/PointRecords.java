package dev.nabla.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.ir.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * The one place that decides which object types are part of the point: a record whose components are {@code double},
 * {@code double[]}, {@code double[][]} or such records, and a class whose state is public instance fields of those
 * types (such as {@code java.awt.geom.Point2D.Double}), read in declaration order, nested ones depth-first.
 */
public final class PointRecords {
  private PointRecords() {}

  /**
   * One part of a point object: its {@code name} as a Java member, how Java reads it ({@code selector}, {@code .x()}
   * for a record component, {@code .x} for a field), its Java type and IR type, or its {@code nested} point type when
   * it is one.
   */
  public record Part(String name, String selector, TypeMirror javaType, Type type, TypeElement nested) {}

  /** The point object type {@code t} names, or null when {@code t} is not one. */
  public static TypeElement of(TypeMirror t) {
    return nested(t, Set.of());
  }

  /** Whether {@code type} is a point object type. */
  public static boolean isPoint(TypeElement type) {
    return passiveBecause(type) == null;
  }

  /**
   * Why the record or class {@code type} is not a point object (a part of another type, a private type, no parts), or
   * null when it is one.
   */
  public static String passiveBecause(TypeElement type) {
    return passiveBecause(type, new HashSet<>());
  }

  private static String passiveBecause(TypeElement type, Set<TypeElement> enclosing) {
    if (!enclosing.add(type)) {
      return "it contains itself";
    }
    if (type.getKind() != ElementKind.RECORD && type.getKind() != ElementKind.CLASS) {
      return "it is neither a record nor a class";
    }
    if (Access.isHidden(type)) {
      return "it is private, so the generated class cannot name it";
    }
    List<VariableElement> state = state(type);
    if (state.isEmpty()) {
      return "it has no components";
    }
    for (VariableElement v : state) {
      boolean isRecord = type.getKind() == ElementKind.RECORD;
      if (!isRecord && !v.getModifiers().contains(Modifier.PUBLIC)) {
        return "its field " + v.getSimpleName() + " is not public";
      }
      if (partType(v.asType()) == null && nested(v.asType(), enclosing) == null) {
        return "its " + (isRecord ? "component " : "field ") + v.getSimpleName() + " has type " + v.asType();
      }
    }
    if (type.getKind() == ElementKind.CLASS && inheritsState(type)) {
      return "it inherits instance fields";
    }
    return null;
  }

  /** The parts of the point object {@code type}, in declaration order. */
  public static List<Part> parts(TypeElement type) {
    List<Part> parts = new ArrayList<>();
    boolean isRecord = type.getKind() == ElementKind.RECORD;
    for (VariableElement v : state(type)) {
      String name = v.getSimpleName().toString();
      parts.add(new Part(name, isRecord ? "." + name + "()" : "." + name, v.asType(), partType(v.asType()),
          of(v.asType())));
    }
    return parts;
  }

  /**
   * Whether {@code new T(parts...)} gives back an object with those parts, nested types too: a record whose canonical
   * constructor and accessors are not written out (javac marks the implicit constructor mandated, and has no tree for
   * an implicit accessor; a record compiled earlier has no mandated constructor, so it does not count), or a class with
   * a constructor taking its fields in order (assumed to store them, as {@code Point2D.Double}'s does).
   */
  public static boolean rebuilds(TypeElement type, Elements elements, Trees trees) {
    boolean rebuilds = type.getKind() == ElementKind.RECORD
        ? type.getEnclosedElements().stream().noneMatch(e -> isCanonical(e, type)
            && elements.getOrigin(e) == Elements.Origin.EXPLICIT || isAccessor(e, type) && !returnsItsField(e, trees))
        : hasFieldConstructor(type);
    return rebuilds && parts(type).stream()
        .allMatch(p -> p.nested() == null || rebuilds(p.nested(), elements, trees));
  }

  /**
   * Whether the accessor of the component {@code name} of the record {@code type} gives its field: the record is in
   * this compilation and that accessor is not written out (javac has no tree for an implicit one). nabla reads a part
   * through its accessor, so only then is a field read in the record's own code ({@code x}, {@code this.x}) that part.
   */
  public static boolean accessorReadsField(TypeElement type, String name, Trees trees) {
    return trees.getTree(type) != null && type.getEnclosedElements().stream()
        .noneMatch(e -> isAccessor(e, type) && e.getSimpleName().contentEquals(name) && !returnsItsField(e, trees));
  }

  /**
   * The first accessor of the record {@code type}, or of a record nested in it, that is written out to return other
   * than its component's field ({@code double r() { return 2 * r; }}), or null. nabla reads a record point through its
   * accessors, so the derivatives of such a point would be with respect to what the accessor returns, not to the
   * component.
   */
  public static ExecutableElement rewrittenAccessor(TypeElement type, Trees trees) {
    for (Element e : type.getEnclosedElements()) {
      if (type.getKind() == ElementKind.RECORD && isAccessor(e, type) && !returnsItsField(e, trees)) {
        return (ExecutableElement) e;
      }
    }
    for (Part p : parts(type)) {
      ExecutableElement nested = p.nested() == null ? null : rewrittenAccessor(p.nested(), trees);
      if (nested != null) {
        return nested;
      }
    }
    return null;
  }

  /** Whether the accessor {@code e} is implicit or written out as {@code return x;} (or {@code return this.x;}). */
  private static boolean returnsItsField(Element e, Trees trees) {
    MethodTree m = trees.getTree((ExecutableElement) e);
    if (m == null) {
      return true;
    }
    List<? extends StatementTree> body = m.getBody() == null ? List.of() : m.getBody().getStatements();
    ExpressionTree returned = body.size() == 1 && body.get(0) instanceof ReturnTree r ? r.getExpression() : null;
    String name = e.getSimpleName().toString();
    return returned instanceof IdentifierTree id && id.getName().contentEquals(name)
        || returned instanceof MemberSelectTree s && s.getIdentifier().contentEquals(name)
        && s.getExpression() instanceof IdentifierTree self && self.getName().contentEquals("this");
  }

  private static boolean isCanonical(Element e, TypeElement record) {
    return e.getKind() == ElementKind.CONSTRUCTOR && takesState((ExecutableElement) e, record);
  }

  private static boolean isAccessor(Element e, TypeElement record) {
    return e.getKind() == ElementKind.METHOD && ((ExecutableElement) e).getParameters().isEmpty()
        && state(record).stream().anyMatch(v -> v.getSimpleName().equals(e.getSimpleName()));
  }

  private static boolean hasFieldConstructor(TypeElement type) {
    return ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
        .anyMatch(c -> c.getModifiers().contains(Modifier.PUBLIC) && takesState(c, type));
  }

  /** Whether {@code c} takes the state of {@code type}, in order. */
  private static boolean takesState(ExecutableElement c, TypeElement type) {
    List<VariableElement> state = state(type);
    List<? extends VariableElement> parameters = c.getParameters();
    if (parameters.size() != state.size()) {
      return false;
    }
    for (int i = 0; i < state.size(); i++) {
      if (!parameters.get(i).asType().toString().equals(state.get(i).asType().toString())) {
        return false;
      }
    }
    return true;
  }

  private static TypeElement nested(TypeMirror t, Set<TypeElement> enclosing) {
    if (t.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement type = (TypeElement) ((DeclaredType) t).asElement();
    return passiveBecause(type, new HashSet<>(enclosing)) == null ? type : null;
  }

  private static Type partType(TypeMirror t) {
    Type type = SignatureReader.typeOf(t);
    return type == Type.DOUBLE || (type != null && type.isArray()) ? type : null;
  }

  /** A record's component fields, or a class's instance fields, in declaration order. */
  private static List<VariableElement> state(TypeElement type) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(f -> !f.getModifiers().contains(Modifier.STATIC)).toList();
  }

  private static boolean inheritsState(TypeElement type) {
    TypeMirror up = type.getSuperclass();
    if (up.getKind() != TypeKind.DECLARED) {
      return false;
    }
    Element superclass = ((DeclaredType) up).asElement();
    return !state((TypeElement) superclass).isEmpty() || inheritsState((TypeElement) superclass);
  }
}
