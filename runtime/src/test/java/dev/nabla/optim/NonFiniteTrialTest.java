package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Line searches that meet a non-finite value at a trial step shrink the step instead of ending the run. */
class NonFiniteTrialTest {
  // The barrier f(x) = −log(1 − ‖x‖²) + 3x₀ − 2x₁, +∞ outside the unit disc, with scipy 1.10.1 (Debian
  // python3-scipy 1.10.1-2): cd runtime/src/test/python && /usr/bin/python3 barrier_scipy.py
  //   BFGS: success=True nit=6 nfev=15 x=[-0.6326901102597962, 0.42179340683986494] f=-1.8784178330866035
  //   root of grad f: x=[-0.6326901661786019, 0.4217934441190679] f=-1.8784178330866435 max|grad|=4.4e-16
  // (with NaN outside instead of +∞, scipy's BFGS fails: success=False, f=nan).
  private static final double[] BARRIER_MINIMUM = {-0.6326901661786019, 0.4217934441190679};
  private static final double BARRIER_MINIMUM_VALUE = -1.8784178330866435;
  private static final double[] LINEAR = {3, -2};

  /** The barrier, whose value outside the disc is {@code outside} (NaN as Math.log gives it, or +∞). */
  private static Objective barrier(double outside) {
    return new TestFunctions.WithHessian() {
      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double s = 1 - Vectors.dot(x, x);
        for (int i = 0; i < 2; i++) {
          g[i] = 2 * x[i] / s + LINEAR[i];
        }
        return s <= 0 ? outside : -Math.log(s) + Vectors.dot(LINEAR, x);
      }

      @Override
      public double[][] hessian(double[] x) {
        double s = 1 - Vectors.dot(x, x);
        double[][] h = new double[2][2];
        for (int i = 0; i < 2; i++) {
          for (int j = 0; j < 2; j++) {
            h[i][j] = (i == j ? 2 / s : 0) + 4 * x[i] * x[j] / (s * s);
          }
        }
        return h;
      }
    };
  }

  /** x²/2 − x for x ≤ 0 and NaN beyond: from 0 every step along the descent direction is non-finite. */
  private static final Objective WALL = new TestFunctions.WithHessian() {
    @Override
    public double valueAndGradient(double[] x, double[] g) {
      g[0] = x[0] - 1;
      return x[0] > 0 ? Double.NaN : x[0] * x[0] / 2 - x[0];
    }

    @Override
    public double[][] hessian(double[] x) {
      return new double[][] {{1}};
    }
  };

  private static List<Minimizer> minimizers() {
    return List.of(Lbfgs.builder().build(), Newton.builder().build(), Newton.builder().conjugateGradient(true).build(),
        GradientDescent.builder().learningRate(1).armijo(true).build());
  }

  @Test
  void theFirstTrialStepsLandBeyondTheBarrierAndTheRunsStillConverge() {
    for (double outside : new double[] {Double.POSITIVE_INFINITY, Double.NaN}) {
      Objective f = barrier(outside);
      double[] x0 = {0, 0};
      double[] newtonStep = {-LINEAR[0] / 2, -LINEAR[1] / 2}; // −H⁻¹g at 0, where H = 2I
      double[] steepestStep = {-LINEAR[0] / Vectors.norm(LINEAR), -LINEAR[1] / Vectors.norm(LINEAR)};
      assertTrue(!Double.isFinite(f.value(newtonStep)) && !Double.isFinite(f.value(steepestStep)));
      for (Minimizer m : minimizers()) {
        OptimizationResult r = m.minimize(f, x0);
        String what = m.getClass().getSimpleName() + " with " + outside + " outside: " + r;
        assertTrue(r.converged(), what);
        assertArrayEquals(BARRIER_MINIMUM, r.x(), 1e-6, what);
        assertEquals(BARRIER_MINIMUM_VALUE, r.value(), 1e-10, what);
      }
    }
  }

  @Test
  void withNoFiniteStepTheRunEndsNonFiniteAtTheLastFinitePoint() {
    for (Minimizer m : minimizers()) {
      OptimizationResult r = m.minimize(WALL, new double[] {0});
      String what = m.getClass().getSimpleName() + ": " + r;
      assertEquals(Status.NON_FINITE, r.status(), what);
      assertArrayEquals(new double[] {0}, r.x(), what);
      assertEquals(0, r.value(), what);
      assertTrue(r.message().contains("NaN"), what);
    }
  }
}
