package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What {@link Status#converged()} claims, for every status and for the results that carry one. */
class StatusTest {
  private static final Set<Status> TOLERANCES =
      EnumSet.of(Status.GRADIENT_TOLERANCE, Status.VALUE_TOLERANCE, Status.TRUST_REGION_TOLERANCE);

  @Test
  void onlyATestForASolutionIsConvergence() {
    for (Status status : Status.values()) {
      assertEquals(TOLERANCES.contains(status), status.converged(), status.name());
    }
  }

  @Test
  void aTrainingRunThatDidAllItsEpochsDoesNotClaimConvergence() {
    TrainingResult r = MiniBatchTrainer.builder().epochs(2).build()
        .train((x, sample, gradient) -> x[0] * x[0] + sample, 4, new double[] {1});
    assertEquals(Status.COMPLETED, r.status());
    assertFalse(r.status().converged());
  }
}
