package dev.nabla.processor.ad;

import dev.nabla.processor.source.Lowering;
import java.util.Set;

/**
 * Checks, once activity is known, what code kept as written reads: a {@code double} it computes must not depend on the
 * point, even through a counter (nabla has no derivative for it), and an array it is handed must not either (it could
 * write to it); and that no table entry whose derivatives end (trigamma) is differentiated beyond them.
 */
public final class PassiveCode {
  private PassiveCode() {}

  /**
   * Throws the first error of a lowered method whose point is the parameters at {@code point}, and whose generated
   * methods compute derivatives up to {@code order}.
   */
  public static void check(Lowering.Lowered lowered, Set<Integer> point, int order) {
    Activity activity = new Activity(lowered.function(), point);
    Dependence dependence = new Dependence(lowered.function(), activity::dependsOnPoint);
    for (Lowering.Opaque o : lowered.opaque()) {
      if (o.differentiableOrder() < order && o.values().stream().anyMatch(dependence::on)) {
        throw o.error();
      }
    }
  }
}
