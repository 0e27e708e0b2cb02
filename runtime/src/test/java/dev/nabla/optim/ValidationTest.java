package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every bad-input rule throws IllegalArgumentException with a message naming the argument. */
class ValidationTest {
  private static final Objective F = TestFunctions.ROSENBROCK;
  private static final double[] NAN_AT_3 = {0, 1, 2, Double.NaN};

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void nanInTheStartingPointIsNamed() {
    rejects("x0[3] is NaN", () -> GradientDescent.builder().build().minimize(F, NAN_AT_3));
    rejects("x0[3] is NaN", () -> Adam.builder().build().minimize(F, NAN_AT_3));
    rejects("x0[3] is NaN", () -> Lbfgs.builder().build().minimize(F, NAN_AT_3));
    rejects("x0[3] is NaN", () -> Newton.builder().build().minimize(F, NAN_AT_3));
    rejects("x0[3] is NaN", () -> LevenbergMarquardt.builder().build()
        .minimize((x, j) -> new double[] {1, 2, 3, 4}, NAN_AT_3));
    rejects("x0[3] is NaN", () -> MiniBatchTrainer.builder().build()
        .train((SampleLoss) (t, i, g) -> 0, 10, NAN_AT_3));
    rejects("x0[1] is infinite", () -> Lbfgs.builder().build().minimize(F, new double[] {0, 1 / 0.0}));
    rejects("x0 must not be null", () -> Lbfgs.builder().build().minimize(F, null));
    rejects("x0 must not be empty", () -> Adam.builder().build().minimize(F, new double[0]));
  }

  @Test
  void boundsAreChecked() {
    rejects("lower[2] = 5.0 > upper[2] = 1.0",
        () -> Bounds.of(new double[] {0, 0, 5}, new double[] {1, 1, 1}));
    rejects("lower has length 2 but upper has length 3", () -> Bounds.of(new double[2], new double[3]));
    rejects("lower[0] is NaN", () -> Bounds.of(new double[] {Double.NaN}, new double[] {1}));
    rejects("upper[0] is -Infinity",
        () -> Bounds.of(new double[] {Double.NEGATIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY}));
    rejects("lower must not be null", () -> Bounds.of(null, new double[1]));
    Bounds box = Bounds.of(new double[3], new double[] {1, 1, 1});
    rejects("x0 has length 2 but bounds have dimension 3",
        () -> Lbfgs.builder().bounds(box).build().minimize(F, new double[2]));
  }

  @Test
  void learningRatesMustBePositive() {
    List<Consumer<Double>> setters = List.of(
        v -> GradientDescent.builder().learningRate(v), v -> Momentum.builder().learningRate(v),
        v -> AdaGrad.builder().learningRate(v), v -> RmsProp.builder().learningRate(v),
        v -> Adam.builder().learningRate(v));
    for (Consumer<Double> setter : setters) {
      rejects("learningRate must be > 0, got -1.0", () -> setter.accept(-1.0));
      rejects("learningRate must be > 0, got 0.0", () -> setter.accept(0.0));
      rejects("learningRate must be > 0, got NaN", () -> setter.accept(Double.NaN));
    }
  }

  @Test
  void sharedOptionsAreChecked() {
    rejects("maxIterations must be > 0, got 0", () -> Lbfgs.builder().maxIterations(0));
    rejects("maxEvaluations must be > 0, got -3", () -> Newton.builder().maxEvaluations(-3));
    rejects("gradientTolerance must be >= 0, got -1.0E-5", () -> Adam.builder().gradientTolerance(-1e-5));
    rejects("valueTolerance must be >= 0, got NaN", () -> LevenbergMarquardt.builder().valueTolerance(Double.NaN));
    rejects("stepTolerance must be >= 0, got -1.0", () -> GradientDescent.builder().stepTolerance(-1));
  }

  @Test
  void methodOptionsAreChecked() {
    rejects("memory must be > 0, got 0", () -> Lbfgs.builder().memory(0));
    rejects("momentum must be in [0.0, 1.0), got 1.0", () -> Momentum.builder().momentum(1));
    rejects("beta1 must be in [0.0, 1.0), got -0.1", () -> Adam.builder().beta1(-0.1));
    rejects("beta2 must be in [0.0, 1.0), got 1.5", () -> Adam.builder().beta2(1.5));
    rejects("epsilon must be > 0, got 0.0", () -> Adam.builder().epsilon(0));
    rejects("epsilon must be > 0, got -1.0", () -> AdaGrad.builder().epsilon(-1));
    rejects("alpha must be in [0.0, 1.0), got 1.0", () -> RmsProp.builder().alpha(1));
    rejects("weightDecay must be >= 0, got -0.1", () -> Adam.builder().weightDecay(-0.1));
    rejects("decoupledWeightDecay must be >= 0, got -0.01", () -> Adam.builder().decoupledWeightDecay(-0.01));
    rejects("learningRateDecay must be >= 0, got -1.0", () -> AdaGrad.builder().learningRateDecay(-1));
    rejects("initialStepBound must be > 0, got 0.0", () -> LevenbergMarquardt.builder().initialStepBound(0));
    rejects("denseLimit must be > 0, got 0", () -> Newton.builder().denseLimit(0));
  }

  @Test
  void trainerOptionsAreChecked() {
    rejects("batchSize must be > 0, got 0", () -> MiniBatchTrainer.builder().batchSize(0));
    rejects("epochs must be > 0, got 0", () -> MiniBatchTrainer.builder().epochs(0));
    rejects("optimizer must not be null", () -> MiniBatchTrainer.builder().optimizer(null));
    rejects("sampleCount must be > 0, got 0", () -> MiniBatchTrainer.builder().build()
        .train((SampleLoss) (t, i, g) -> 0, 0, new double[1]));
    rejects("loss must not be null", () -> MiniBatchTrainer.builder().build()
        .train((SampleLoss) null, 3, new double[1]));
  }

  @Test
  void problemsAreChecked() {
    rejects("f must not be null", () -> Lbfgs.builder().build().minimize(null, new double[1]));
    rejects("f must not be null", () -> Adam.builder().build().minimize(null, new double[1]));
    rejects("problem must not be null", () -> LevenbergMarquardt.builder().build().minimize(null, new double[1]));
    int[] calls = {0};
    LeastSquaresProblem changing = (x, j) -> new double[++calls[0] == 1 ? 3 : 2];
    rejects("residuals must return 3 values, got 2",
        () -> LevenbergMarquardt.builder().build().minimize(changing, new double[] {1}));
  }
}
