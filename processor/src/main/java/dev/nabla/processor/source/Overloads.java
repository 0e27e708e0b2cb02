package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Chooses which overload of a static method a call means, from the types of its arguments, as Java does. */
final class Overloads {
  /** Java's primitive widening order of the numeric types a call may meet (an int widens to a float too). */
  private static final List<TypeKind> WIDENING = List.of(TypeKind.INT, TypeKind.LONG, TypeKind.FLOAT, TypeKind.DOUBLE);

  private Overloads() {}

  /**
   * The most specific candidate whose parameters accept the arguments by identity or primitive widening, which is
   * the one Java calls (for {@code Math.ulp(n)} with an {@code int} n, the {@code float} overload); null if there is
   * none or no single most specific one.
   */
  static ExecutableElement choose(List<ExecutableElement> candidates, List<Value> args) {
    List<ExecutableElement> applicable = candidates.stream().filter(m -> accepts(m, args)).toList();
    for (ExecutableElement m : applicable) {
      if (applicable.stream().allMatch(other -> isAsSpecific(m, other))) {
        return m;
      }
    }
    return null;
  }

  private static boolean accepts(ExecutableElement m, List<Value> args) {
    if (m.getParameters().size() != args.size()) {
      return false;
    }
    for (int i = 0; i < args.size(); i++) {
      Type a = args.get(i).type();
      TypeMirror p = m.getParameters().get(i).asType();
      int from = a.isNumeric() ? WIDENING.indexOf(TypeKind.valueOf(a.name())) : -1;
      int to = WIDENING.indexOf(p.getKind());
      if (from >= 0 && to >= 0 ? from > to : a != SignatureReader.valueType(p)) {
        return false;
      }
    }
    return true;
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
