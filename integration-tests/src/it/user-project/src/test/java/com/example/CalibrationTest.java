package com.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.LevenbergMarquardt;
import dev.nabla.optim.Lbfgs;
import dev.nabla.optim.OptimizationResult;
import org.junit.jupiter.api.Test;

/** Calls the generated methods and fits the model with the runtime's optimizers. */
class CalibrationTest {
  private static final double[] T = {0, 0.5, 1, 1.5, 2, 2.5, 3};
  private static final double[] Y = new double[T.length];

  static {
    for (int i = 0; i < T.length; i++) {
      Y[i] = 2.5 * Math.exp(-1.3 * T[i]);
    }
  }

  @Test
  void generatedGradientMatchesFiniteDifferences() {
    double[] p = {1.0, 0.5};
    double[] g = CalibrationDerivatives.lossGradient(p, T, Y);
    for (int k = 0; k < 2; k++) {
      double h = 1e-6;
      double[] up = p.clone();
      double[] down = p.clone();
      up[k] += h;
      down[k] -= h;
      double fd = (Calibration.loss(up, T, Y) - Calibration.loss(down, T, Y)) / (2 * h);
      assertEquals(fd, g[k], 1e-6 * Math.max(1, Math.abs(fd)));
    }
  }

  @Test
  void optimizersRecoverTheParameters() {
    OptimizationResult lm = LevenbergMarquardt.builder().build()
        .minimize(CalibrationDerivatives.residualsLeastSquares(T, Y), new double[] {1.0, 0.5});
    assertTrue(lm.converged(), lm.toString());
    assertEquals(2.5, lm.x()[0], 1e-8);
    assertEquals(1.3, lm.x()[1], 1e-8);
    OptimizationResult lbfgs = Lbfgs.builder().build()
        .minimize(CalibrationDerivatives.lossObjective(T, Y), new double[] {1.0, 0.5});
    assertEquals(2.5, lbfgs.x()[0], 1e-4);
    assertEquals(1.3, lbfgs.x()[1], 1e-4);
  }
}
