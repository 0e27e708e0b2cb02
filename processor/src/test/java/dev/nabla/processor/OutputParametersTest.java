package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nabla.optim.LeastSquaresProblem;
import dev.nabla.optim.LevenbergMarquardt;
import dev.nabla.optim.OptimizationResult;
import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code void} methods that write their results into an {@code @Output} array (fixture {@code outputs/Residuals.java})
 * are vector functions of what they write: each generated method is checked against central differences of the
 * array the user's method fills.
 */
class OutputParametersTest {
  private static InProcessCompiler.Fixture residuals;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    residuals = InProcessCompiler.compileFixture(dir, "outputs.Residuals");
  }

  /** What the user's method {@code name} writes into its last argument. */
  private static Function<Object[], double[]> written(String name) {
    return args -> {
      double[] out = (double[]) args[args.length - 1];
      call(residuals.type(), name, args);
      return out;
    };
  }

  @Test
  void residualsWrittenIntoAnArrayFitLikeReturnedOnes() {
    double[] t = {0, 0.4, 0.9, 1.5, 2.2, 3.0};
    double[] truth = {2.0, 0.7, 0.3};
    double[] y = new double[t.length];
    call(residuals.type(), "decay", truth, t, new double[t.length], y); // the residuals against 0: the model's values
    Function<double[], Object[]> pack = p -> new Object[] {p, t, y, new double[t.length]};
    checkVector(written("decay"), residuals.derivatives(), "decay", pack, new double[] {1.5, 0.4, 0.1}, 1e-7);
    double[] r = new double[t.length];
    LeastSquaresProblem fit = (LeastSquaresProblem) call(residuals.derivatives(), "decayLeastSquares", t, y, r);
    OptimizationResult result = LevenbergMarquardt.builder().build().minimize(fit, new double[] {1, 1, 0});
    assertArrayEquals(truth, result.x(), 1e-8, "the fit through the generated Jacobian");
    assertArrayEquals(new double[t.length], r, 0, "the generated methods leave the given array as it was");
  }

  @Test
  void forwardKinematicsWrittenIntoAPose() {
    for (double[] q : new double[][] {{0.3, -0.5, 1.1}, {1.4, 0.2, -0.9, 0.6}}) {
      double[][] j = checkVector(written("tip"), residuals.derivatives(), "tip",
          p -> new Object[] {p, new double[3]}, q, 1e-7);
      assertEquals(3, j.length, "one row per element of the output array");
    }
  }

  @Test
  void theCallersValuesAreConstantsAndAnEarlyReturnLeavesTheRest() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-0.4, 2.0}}) {
      double[] initial = {0.25, -3.0};
      double[][] j = checkVector(written("accumulate"), residuals.derivatives(), "accumulate",
          q -> new Object[] {q[0], q[1], initial.clone()}, p, 1e-7);
      if (p[0] < 0) {
        assertArrayEquals(new double[] {0, 0}, j[1], 0, "an element not written keeps the caller's value");
      }
    }
  }
}
