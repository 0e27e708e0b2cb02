package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LdlFactor}'s damped BFGS update against the explicit formula on the dense matrix. */
class LdlFactorTest {
  private static double[][] dense(LdlFactor factor) {
    int n = factor.dimension();
    double[][] b = new double[n][n];
    double[] e = new double[n];
    double[] column = new double[n];
    for (int j = 0; j < n; j++) {
      e[j] = 1;
      factor.multiply(e, column);
      e[j] = 0;
      for (int i = 0; i < n; i++) {
        b[i][j] = column[i];
      }
    }
    return b;
  }

  @Test
  void updatesAsTheDampedBfgsFormulaSays() {
    Random random = new Random(7);
    int n = 5;
    LdlFactor factor = new LdlFactor(n);
    for (int step = 0; step < 30; step++) {
      double[][] b = dense(factor);
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = random.nextGaussian();
        y[i] = random.nextGaussian();
      }
      double[] bs = new double[n];
      factor.multiply(s, bs);
      double sbs = Vectors.dot(s, bs);
      double sy = Vectors.dot(s, y);
      // Powell's damping, then B + yyᵀ/sᵀy − Bs(Bs)ᵀ/sᵀBs.
      if (sy < 0.2 * sbs) {
        double theta = 0.8 * sbs / (sbs - sy);
        for (int i = 0; i < n; i++) {
          y[i] = theta * y[i] + (1 - theta) * bs[i];
        }
        sy = 0.2 * sbs;
      }
      double[] yCopy = y.clone();
      assertTrue(factor.dampedBfgsUpdate(s, y));
      double[][] updated = dense(factor);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          double expected = b[i][j] + yCopy[i] * yCopy[j] / sy - bs[i] * bs[j] / sbs;
          assertEquals(expected, updated[i][j], 1e-9 * (1 + Math.abs(expected)), "step " + step);
        }
        assertTrue(factor.diagonal(i) > 0, "D stays positive");
      }
    }
  }

  @Test
  void aZeroStepIsRefused() {
    LdlFactor factor = new LdlFactor(3);
    assertFalse(factor.dampedBfgsUpdate(new double[3], new double[] {1, 2, 3}));
    assertEquals(1, factor.diagonal(0));
  }

  @Test
  void aCurvatureIsConfirmedWhereTheUpdateTakesItUndamped() {
    LdlFactor factor = new LdlFactor(2);
    factor.set(new double[][] {{4, 1}, {1, 3}});
    double[] s = {0.5, -1};
    double sbs = 4 * 0.25 + 2 * 1 * 0.5 * -1 + 3;
    double[] confirming = {0.2 * sbs / 0.5, 0};
    double[] below = {0.19 * sbs / 0.5, 0};
    assertTrue(factor.confirmedAlong(s, confirming), "sᵀy = 0.2·sᵀBs");
    assertFalse(factor.confirmedAlong(s, below), "sᵀy = 0.19·sᵀBs");
    assertFalse(factor.confirmedAlong(s, new double[] {-1, 0}), "negative curvature");
    assertFalse(factor.confirmedAlong(new double[2], confirming), "no step");
  }
}
