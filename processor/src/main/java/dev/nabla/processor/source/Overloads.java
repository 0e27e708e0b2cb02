package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Chooses which overload of a method a call means, from the types of its arguments, as Java does; a point object passed
 * whole fits a parameter of its own type only.
 */
final class Overloads {
  /** Java's primitive widening order of the numeric types a call may meet (an int widens to a float too). */
  private static final List<TypeKind> WIDENING = List.of(TypeKind.INT, TypeKind.LONG, TypeKind.FLOAT, TypeKind.DOUBLE);

  private Overloads() {}

  /**
   * The most specific candidate whose parameters accept the arguments by identity or primitive widening, which is
   * the one Java calls (for {@code Math.ulp(n)} with an {@code int} n, the {@code float} overload); null if there is
   * none or no single most specific one.
   */
  static ExecutableElement choose(List<ExecutableElement> candidates, List<Argument> args) {
    List<ExecutableElement> applicable = candidates.stream().filter(m -> accepts(m, args)).toList();
    for (ExecutableElement m : applicable) {
      if (applicable.stream().allMatch(other -> isAsSpecific(m, other))) {
        return m;
      }
    }
    return null;
  }

  private static boolean accepts(ExecutableElement m, List<Argument> args) {
    if (m.getParameters().size() != args.size()) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      if (!fits(args.get(i), m.getParameters().get(i).asType())) {
        return false;
      }
    }
    return true;
  }

  /** Whether Java passes {@code a} to a parameter of type {@code p}, by identity or primitive widening. */
  private static boolean fits(Argument a, TypeMirror p) {
    if (a.point() != null) {
      return p instanceof DeclaredType d && d.asElement().equals(a.point());
    }
    Type t = a.value().type();
    int from = t.isNumeric() ? WIDENING.indexOf(TypeKind.valueOf(t.name())) : -1;
    int to = WIDENING.indexOf(p.getKind());
    return from >= 0 && to >= 0 ? from <= to : t == SignatureReader.valueType(p);
  }

  /** Whether every parameter of {@code m} widens to the parameter of {@code other} in its place. */
  private static boolean isAsSpecific(ExecutableElement m, ExecutableElement other) {
    for (int i = 0; i < m.getParameters().size(); i++) {
      TypeMirror p = m.getParameters().get(i).asType();
      TypeMirror q = other.getParameters().get(i).asType();
      int from = WIDENING.indexOf(p.getKind());
      int to = WIDENING.indexOf(q.getKind());
      if (from >= 0 && to >= 0 ? from > to : p.getKind() != q.getKind()) {
        return false;
      }
    }
    return true;
  }
}
