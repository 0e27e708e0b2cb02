package dev.nabla.processor.ad;

import dev.nabla.processor.source.Lowering;
import java.util.Set;

/**
 * Checks, once activity is known, what code kept as written reads: a {@code double} it computes must not depend on the
 * point, even through a counter (nabla has no derivative for it), and an array it is handed must not either (it could
 * write to it).
 */
public final class PassiveCode {
  private PassiveCode() {}

  /**
   * Throws the first error of a lowered method whose point is the parameters at {@code point}, among the values kept
   * code reads that matter from derivatives of {@code order} on (1: any derivative; 2: second derivatives).
   */
  public static void check(Lowering.Lowered lowered, Set<Integer> point, int order) {
    Activity activity = new Activity(lowered.function(), point);
    Dependence dependence = new Dependence(lowered.function(), activity::dependsOnPoint);
    for (Lowering.Opaque o : lowered.opaque()) {
      if (o.order() == order && o.values().stream().anyMatch(dependence::on)) {
        throw o.error();
      }
    }
  }
}
