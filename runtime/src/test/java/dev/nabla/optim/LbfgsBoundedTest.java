package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** L-BFGS-B against scipy on the lecture notes' bounded 50-dimensional example (equation 2.17). */
class LbfgsBoundedTest {
  private static final int N = 50;

  // Measured with scipy 1.10.1 (Debian python3-scipy 1.10.1-2):
  //   /usr/bin/python3 runtime/src/test/python/lbfgsb_eq217.py
  // i.e. minimize(f_and_grad, 0.5*ones(50), jac=True, method="L-BFGS-B", bounds=...) with default options.
  // scipy reported: nfev 46, nit 38, CONVERGENCE: REL_REDUCTION_OF_F_<=_FACTR*EPSMCH.
  private static final int SCIPY_NFEV = 46;
  private static final int SCIPY_NIT = 38;
  private static final double SCIPY_F = 986.6576621600368;
  private static final double[] SCIPY_X = {
    -2.0268674076004403, 0.8790645405453937, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 10.248150915118245,
    11.752711347700274, 13.124083581145122, 14.640859301854515, 14.906055676325773, 16.078843924788938,
    17.579815877823556, 18.16816567169085, 18.09862956301296, 18.265709454892388, 18.32606378857662,
    19.209795273627687, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0,
    20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0, 20.0
  };

  /** Equation 2.17 with its hand-written gradient. */
  static final Objective EQUATION_2_17 = new Objective() {
    @Override
    public double value(double[] x) {
      return valueAndGradient(x, new double[x.length]);
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
      double f = 0;
      Arrays.fill(g, 0);
      for (int i = 0; i < N; i++) {
        int next = (i + 1) % N;
        double e = Math.exp(-x[i] * x[i]);
        f += 0.1 * (x[i] - (i + 1)) * (x[i] - (i + 1)) + Math.sin(x[i]) * Math.cos(x[next]) + e;
        g[i] += 0.2 * (x[i] - (i + 1)) + Math.cos(x[i]) * Math.cos(x[next]) - 2 * x[i] * e;
        g[next] += -Math.sin(x[i]) * Math.sin(x[next]);
      }
      return f;
    }
  };

  static Bounds notesBounds() {
    double[] lower = new double[N];
    double[] upper = new double[N];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < N; i++) {
      upper[i] = i < 10 ? 1 : 20;
    }
    return Bounds.of(lower, upper);
  }

  @Test
  void gradientMatchesCentralDifferences() {
    double[] x = new double[N];
    for (int i = 0; i < N; i++) {
      x[i] = Math.sin(i) * 3;
    }
    double[] g = new double[N];
    EQUATION_2_17.valueAndGradient(x, g);
    for (int i = 0; i < N; i++) {
      double h = 1e-6;
      double[] xp = x.clone();
      double[] xm = x.clone();
      xp[i] += h;
      xm[i] -= h;
      double fd = (EQUATION_2_17.value(xp) - EQUATION_2_17.value(xm)) / (2 * h);
      assertEquals(fd, g[i], 1e-6 * Math.max(1, Math.abs(fd)), "component " + i);
    }
  }

  @Test
  void everyEvaluationIsInsideTheBounds() {
    double[] worst = {0};
    Objective watched = new Objective() {
      @Override
      public double value(double[] x) {
        return EQUATION_2_17.value(x);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        for (int i = 0; i < N; i++) {
          worst[0] = Math.max(worst[0], x[i] - (i < 10 ? 1 : 20));
        }
        return EQUATION_2_17.valueAndGradient(x, g);
      }
    };
    double[] x0 = new double[N];
    Arrays.fill(x0, 30); // outside: projected first
    OptimizationResult r = Lbfgs.builder().bounds(notesBounds()).build().minimize(watched, x0);
    assertTrue(r.converged(), r.message());
    assertEquals(0, worst[0], 0.0);
  }

  @Test
  void reachesScipysOptimumWithNoMoreEvaluations() {
    double[] x0 = new double[N];
    Arrays.fill(x0, 0.5);
    OptimizationResult r = Lbfgs.builder().bounds(notesBounds()).build().minimize(EQUATION_2_17, x0);
    System.out.printf("eq 2.17 L-BFGS-B: ours nfev=%d nit=%d f=%.16g (%s); scipy nfev=%d nit=%d f=%.16g%n",
        r.evaluations(), r.iterations(), r.value(), r.status(), SCIPY_NFEV, SCIPY_NIT, SCIPY_F);
    assertTrue(r.converged(), r.message());
    double[] x = r.x();
    for (int i = 0; i < N; i++) {
      assertEquals(SCIPY_X[i], x[i], 1e-5, "x[" + i + "]");
      assertTrue(x[i] <= (i < 10 ? 1 : 20), "x[" + i + "] is feasible");
    }
    assertEquals(SCIPY_F, r.value(), 1e-9 * Math.abs(SCIPY_F));
    assertTrue(r.evaluations() <= SCIPY_NFEV, "evaluations " + r.evaluations() + " > scipy's " + SCIPY_NFEV);
  }

  /** The bounds of src/test/python/lbfgsb_two_sided.py: lower, upper and missing bounds mixed. */
  static Bounds mixedBounds() {
    double[] lower = new double[N];
    double[] upper = new double[N];
    for (int i = 0; i < N; i++) {
      lower[i] = i % 3 == 0 ? -1.5 : i % 3 == 1 ? 2 : Double.NEGATIVE_INFINITY;
      upper[i] = i < 10 ? 1 + 0.5 * i : 20 - 0.2 * i;
      if (lower[i] > upper[i]) {
        lower[i] = upper[i] - 1;
      }
    }
    return Bounds.of(lower, upper);
  }

  // Measured with scipy 1.10.1: /usr/bin/python3 runtime/src/test/python/lbfgsb_two_sided.py (default options).
  @ParameterizedTest
  @CsvSource({
    "0.5, 1836.6427296231923, 40",
    "0.0, 1838.3440282537017, 53",
    "-3.0, 1838.344028293809, 34",
    "7.0, 1835.1260016924334, 31",
    "15.0, 1835.1259693182242, 23"
  })
  void matchesScipyWithMixedBounds(double start, double scipyF, int scipyNfev) {
    double[] x0 = new double[N];
    Arrays.fill(x0, start);
    OptimizationResult r = Lbfgs.builder().bounds(mixedBounds()).build().minimize(EQUATION_2_17, x0);
    assertTrue(r.converged(), r.message());
    assertEquals(scipyF, r.value(), 1e-9 * scipyF);
    assertTrue(r.evaluations() <= scipyNfev, "evaluations " + r.evaluations() + " > scipy's " + scipyNfev);
  }
}
