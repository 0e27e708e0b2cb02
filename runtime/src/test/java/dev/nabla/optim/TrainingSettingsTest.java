package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which settings of the optimizer {@link MiniBatchTrainer} honours, and that it rejects the others by name. */
class TrainingSettingsTest {
  private static final int SAMPLES = 50;
  private static final int BATCH = 8;

  static Stream<Arguments> settingsTrainingCannotHonour() {
    return Stream.of(
        Arguments.of("maxIterations", Adam.builder().maxIterations(100).build()),
        Arguments.of("gradientTolerance", Adam.builder().gradientTolerance(1e-3).build()),
        Arguments.of("valueTolerance", Momentum.builder().valueTolerance(1e-6).build()),
        Arguments.of("stepTolerance", RmsProp.builder().stepTolerance(1e-9).build()),
        Arguments.of("listener", AdaGrad.builder().listener(it -> { }).build()),
        Arguments.of("armijo", GradientDescent.builder().armijo(true).build()));
  }

  @ParameterizedTest
  @MethodSource("settingsTrainingCannotHonour")
  void anOptimizerWithASettingTrainingCannotHonourIsRejectedByItsName(String setting, FirstOrderMethod optimizer) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MiniBatchTrainer.builder().optimizer(optimizer));
    assertTrue(e.getMessage().startsWith("MiniBatchTrainer cannot honour the optimizer's " + setting + ": "),
        e.getMessage());
  }

  @Test
  void everyRejectedSettingIsNamedInTheOrderItWasSet() {
    FirstOrderMethod optimizer = GradientDescent.builder().stepTolerance(0).armijo(true).maxIterations(5)
        .listener(it -> { }).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MiniBatchTrainer.builder().optimizer(optimizer));
    assertTrue(e.getMessage().contains("optimizer's stepTolerance, maxIterations, listener, armijo: "),
        e.getMessage());
  }

  @Test
  void theUpdateRuleSettingsAndTheEvaluationBudgetAreAccepted() {
    assertDoesNotThrow(() -> MiniBatchTrainer.builder()
        .optimizer(Adam.builder().learningRate(0.01).weightDecay(0.1).maxEvaluations(10).listener(null).build())
        .optimizer(GradientDescent.builder().armijo(false).build())
        .optimizer(Momentum.builder().listener(it -> { }).listener(null).build()));
  }

  @Test
  void maxEvaluationsEndsTrainingBeforeABatchWhoseSampleCallsWouldExceedIt() {
    int[] calls = {0};
    SampleLoss loss = (x, sample, gradient) -> {
      calls[0]++;
      gradient[0] = 2 * (x[0] - sample);
      return (x[0] - sample) * (x[0] - sample);
    };
    int budget = 2 * SAMPLES + 2 * BATCH + 3;
    TrainingResult r = MiniBatchTrainer.builder().optimizer(Adam.builder().maxEvaluations(budget).build())
        .batchSize(BATCH).epochs(10).build().train(loss, SAMPLES, new double[] {0});
    assertEquals(Status.MAX_EVALUATIONS, r.status());
    assertEquals(calls[0], r.evaluations());
    assertTrue(r.evaluations() <= budget && r.evaluations() + BATCH > budget, r.evaluations() + " calls");
    assertEquals(2, r.epochs());
    assertTrue(Double.isFinite(r.x()[0]) && r.x()[0] != 0, Arrays.toString(r.x()));
  }

  @Test
  void maxEvaluationsCountsOneCallPerBatchForABatchLoss() {
    int[] calls = {0};
    BatchLoss loss = (x, samples, gradient) -> {
      calls[0]++;
      gradient[0] = x[0] - 1;
      return 0.5 * (x[0] - 1) * (x[0] - 1);
    };
    TrainingResult r = MiniBatchTrainer.builder().optimizer(GradientDescent.builder().maxEvaluations(5).build())
        .batchSize(BATCH).epochs(3).build().trainOnBatches(loss, SAMPLES, new double[] {0});
    assertEquals(Status.MAX_EVALUATIONS, r.status());
    assertEquals(5, calls[0]);
    assertEquals(calls[0], r.evaluations());
    assertEquals(0, r.epochs());
  }
}
