package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Levenberg–Marquardt on curve fits with known parameters. */
class LevenbergMarquardtTest {

  /** y = a·exp(−b·t) + c sampled without noise at t = 0, 50, …, 950, with badly scaled a = 2e3, b = 3e-3. */
  private static final double[] TRUE = {2e3, 3e-3, 0.5};

  private static final LeastSquaresProblem EXPONENTIAL = (x, jac) -> {
    double[] r = new double[20];
    for (int i = 0; i < 20; i++) {
      double t = 50.0 * i;
      double y = TRUE[0] * Math.exp(-TRUE[1] * t) + TRUE[2];
      double e = Math.exp(-x[1] * t);
      r[i] = x[0] * e + x[2] - y;
      if (jac != null) {
        jac[i][0] = e;
        jac[i][1] = -x[0] * t * e;
        jac[i][2] = 1;
      }
    }
    return r;
  };

  @Test
  void recoversBadlyScaledParameters() {
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(EXPONENTIAL, new double[] {1e3, 1e-3, 0});
    assertTrue(r.converged(), r.message());
    assertEquals(TRUE[0], r.x()[0], TRUE[0] * 1e-7);
    assertEquals(TRUE[1], r.x()[1], TRUE[1] * 1e-7);
    assertEquals(TRUE[2], r.x()[2], 1e-6);
    assertTrue(r.value() < 1e-12);
  }

  @Test
  void valueIsTheSumOfSquaredResiduals() {
    double[] x0 = {1e3, 1e-3, 0};
    OptimizationResult r = LevenbergMarquardt.builder().maxIterations(1).build().minimize(EXPONENTIAL, x0);
    double s = 0;
    for (double v : EXPONENTIAL.residuals(r.x(), null)) {
      s += v * v;
    }
    assertEquals(s, r.value(), 1e-12 * s);
    assertEquals(Status.MAX_ITERATIONS, r.status());
  }

  @Test
  void solvesBrownBadlyScaled() {
    // Residuals x₀ − 1e6, x₁ − 2e-6, x₀x₁ − 2: the minimum is exactly (1e6, 2e-6).
    MghProblems.Problem brown = MghProblems.all().get(3);
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(brown, brown.x0());
    assertTrue(r.converged(), r.message());
    assertEquals(1e6, r.x()[0], 1e6 * 1e-12);
    assertEquals(2e-6, r.x()[1], 2e-6 * 1e-9);
  }

  @Test
  void solvesRosenbrockAsLeastSquares() {
    MghProblems.Problem rosenbrock = MghProblems.all().get(0);
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(rosenbrock, rosenbrock.x0());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-10);
  }

  @Test
  void listenerSeesValuesAndCanStop() {
    double[] previous = {Double.POSITIVE_INFINITY};
    OptimizationResult r = LevenbergMarquardt.builder().listener(it -> {
      assertTrue(it.value() <= previous[0], "LM only accepts decreasing steps");
      previous[0] = it.value();
      if (it.number() == 2) {
        it.stop();
      }
    }).build().minimize(EXPONENTIAL, new double[] {1e3, 1e-3, 0});
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertEquals(2, r.iterations());
  }

  @Test
  void evaluationLimitCountsResidualEvaluations() {
    MghProblems.Problem rosenbrock = MghProblems.all().get(0);
    OptimizationResult r = LevenbergMarquardt.builder().maxEvaluations(3).build()
        .minimize(rosenbrock, rosenbrock.x0());
    assertEquals(Status.MAX_EVALUATIONS, r.status());
  }

  @Test
  void nonFiniteResidualsEndTheRun() {
    LeastSquaresProblem logFit = (x, jac) -> {
      if (jac != null) {
        jac[0][0] = 1 / x[0];
        jac[1][0] = 1;
      }
      return new double[] {Math.log(x[0]) - 5, x[0] - 1};
    };
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(logFit, new double[] {0.01});
    assertTrue(r.status() == Status.NON_FINITE || r.converged(), r.message());
    assertTrue(Double.isFinite(r.value()));
    assertTrue(r.x()[0] > 0);
  }

  @Test
  void gradientNormComesFromAJacobianAtTheResultOrIsNaN() {
    int withJacobian = 0;
    int afterAcceptedStep = 0;
    for (MghProblems.Problem p : MghProblems.all()) {
      OptimizationResult r = LevenbergMarquardt.builder().build().minimize(p, p.x0());
      if (Double.isNaN(r.gradientNorm())) {
        afterAcceptedStep++;
        continue;
      }
      withJacobian++;
      double[] g = new double[p.n()];
      p.objective().valueAndGradient(r.x(), g);
      double expected = Vectors.maxNorm(g);
      assertEquals(expected, r.gradientNorm(), 1e-12 * Math.max(expected, 1e-300), p.name());
    }
    // Both cases occur on the MGH set: runs that end on a rejected trial and runs that end on an accepted one.
    assertTrue(withJacobian > 0 && afterAcceptedStep > 0, withJacobian + " / " + afterAcceptedStep);
  }

  @Test
  void powellsSingularFunctionStopsAtThePrecisionLimitLikeMinpack() {
    // MINPACK lmder (scipy 1.10.1 leastsq, runtime/src/test/python/mgh_lm_counts.py): nfev 58, njev 57, info 8,
    // f = 5.971821902606768e-66 (its last trial, f = 9.87e-66, is rejected; ours, rounded differently, is accepted).
    MghProblems.Problem powell = MghProblems.all().get(12);
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(powell, powell.x0());
    assertEquals(Status.PRECISION_LIMIT, r.status(), r.message());
    assertEquals(58 + 57, r.evaluations());
    assertTrue(r.value() <= 5.971821902606768e-66, "f = " + r.value());
  }

  @Test
  void rejectsFewerResidualsThanVariables() {
    LeastSquaresProblem one = (x, jac) -> new double[] {x[0] + x[1]};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> LevenbergMarquardt.builder().build().minimize(one, new double[] {1, 2}));
    assertTrue(e.getMessage().contains("m >= n"), e.getMessage());
  }
}
