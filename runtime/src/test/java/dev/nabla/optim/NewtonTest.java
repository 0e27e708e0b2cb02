package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Newton and Newton-CG. */
class NewtonTest {

  @Test
  void solvesRosenbrockQuadratically() {
    OptimizationResult r = Newton.builder().build().minimize(TestFunctions.ROSENBROCK, new double[] {-1.2, 1});
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
    assertTrue(r.iterations() < 40, "iterations " + r.iterations());
  }

  @Test
  void survivesAnIndefiniteHessian() {
    // At (0, 1) Rosenbrock's Hessian is diag(−398, 200): an unmodified Newton step would go uphill.
    OptimizationResult r = Newton.builder().build().minimize(TestFunctions.ROSENBROCK, new double[] {0, 1});
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
  }

  @Test
  void oneStepSolvesAnIllConditionedQuadratic() {
    int n = 15;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = i - 7;
    }
    OptimizationResult r = Newton.builder().build()
        .minimize(TestFunctions.rotatedQuadratic(n, 1e6, c), new double[n]);
    assertTrue(r.converged(), r.message());
    assertArrayEquals(c, r.x(), 1e-6);
    assertTrue(r.iterations() <= 2, "iterations " + r.iterations());
  }

  @Test
  void solvesABadlyScaledProblem() {
    OptimizationResult r = Newton.builder().gradientTolerance(0).stepTolerance(1e-12).build()
        .minimize(TestFunctions.BADLY_SCALED, new double[] {3e-3, 500});
    assertTrue(r.converged(), r.message());
    assertEquals(1e-3, r.x()[0], 1e-3 * 1e-8);
    assertEquals(2e3, r.x()[1], 2e3 * 1e-8);
  }

  @Test
  void newtonCgUsesHessianVectorProductsForLargeProblems() {
    int n = 400; // above the dense limit; the objective's hessian() throws
    double[] x0 = MghProblems.repeat(n / 2, -1.2, 1);
    double[] ones = new double[n];
    Arrays.fill(ones, 1);
    // scipy's default stepTolerance (mean |Δx| ≤ 1e-5) stops Newton-CG early; ask for the gradient test instead.
    OptimizationResult r = Newton.builder().stepTolerance(0).gradientTolerance(1e-9).build()
        .minimize(TestFunctions.extendedRosenbrock(), x0);
    assertEquals(Status.GRADIENT_TOLERANCE, r.status(), r.message());
    assertTrue(r.converged(), r.message());
    assertArrayEquals(ones, r.x(), 1e-6);
  }

  @Test
  void newtonCgOnSmallProblemsWhenAsked() {
    OptimizationResult r = Newton.builder().conjugateGradient(true).stepTolerance(0).gradientTolerance(1e-9).build()
        .minimize(TestFunctions.ROSENBROCK, new double[] {0, 1});
    assertEquals(Status.GRADIENT_TOLERANCE, r.status(), r.message());
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-6);
  }

  // Wood's function from (−3, −1, −3, −1), measured with scipy 1.10.1 (Debian python3-scipy 1.10.1-2):
  //   cd runtime/src/test/python && /usr/bin/python3 wood_newton_cg.py
  // hessp: success=False status=1 nit=800 nfev=818 f=1.9412925876579783 max|g|=5.478926691551833
  //        message='Warning: Maximum number of iterations has been exceeded.'
  // first trial step 1: success=True status=0 nit=15 nfev=18 f=7.8769668601852 max|g|=0.000483477121754383
  //        message='Optimization terminated successfully.'
  // saddle: x=[-0.9679740249375932, 0.9471391408178421, -0.969516310331591, 0.951247665792325]
  //         f=7.876967165176868 max|g|=2.5e-14 eig(H)=[-1.19548658e-01  3.08162711e+01  8.59362018e+02  9.52563725e+02]
  // scipy's default path differs from ours only by its line search's first trial step after iteration 1; started
  // from 1 like ours, scipy stops at our point after 15 iterations and calls it success, beside a saddle point.
  private static final double SCIPY_STEP_ONE_VALUE = 7.8769668601852;
  private static final int SCIPY_STEP_ONE_ITERATIONS = 15;
  private static final double WOOD_SADDLE_VALUE = 7.876967165176868;
  private static final double[] WOOD_START = {-3, -1, -3, -1};

  @Test
  void aShortStepNextToWoodsSaddlePointIsNotConvergence() {
    OptimizationResult r = Newton.builder().conjugateGradient(true).build().minimize(TestFunctions.WOOD, WOOD_START);
    assertEquals(Status.STEP_TOLERANCE, r.status(), r.message());
    assertFalse(r.converged(), r.message());
    assertEquals(SCIPY_STEP_ONE_VALUE, r.value(), 1e-12 * SCIPY_STEP_ONE_VALUE);
    assertEquals(SCIPY_STEP_ONE_ITERATIONS, r.iterations());
    assertEquals(WOOD_SADDLE_VALUE, r.value(), 1e-5);
    assertTrue(r.gradientNorm() > 1e-4, "‖g‖∞ = " + r.gradientNorm());
  }

  @Test
  void withoutTheStepTestNewtonCgLeavesWoodsSaddlePointForTheMinimum() {
    OptimizationResult r = Newton.builder().conjugateGradient(true).stepTolerance(0).build()
        .minimize(TestFunctions.WOOD, WOOD_START);
    assertEquals(Status.GRADIENT_TOLERANCE, r.status(), r.message());
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {1, 1, 1, 1}, r.x(), 1e-8);
    assertTrue(r.value() < 1e-15, "f = " + r.value());
  }

  @Test
  void requiresAHessian() {
    Objective noHessian = TestFunctions.of(x -> x[0] * x[0]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Newton.builder().build().minimize(noHessian, new double[] {1}));
    assertTrue(e.getMessage().contains("Hessian"), e.getMessage());
  }
}
