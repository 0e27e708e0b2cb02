package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** L-BFGS and L-BFGS-B on problems with known minima. */
class LbfgsTest {

  @Test
  void solvesRosenbrock() {
    OptimizationResult r = Lbfgs.builder().gradientTolerance(1e-9).valueTolerance(0).build()
        .minimize(TestFunctions.ROSENBROCK, new double[] {-1.2, 1});
    assertEquals(Status.GRADIENT_TOLERANCE, r.status(), r.message());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-8);
    assertTrue(r.gradientNorm() <= 1e-9);
  }

  @Test
  void solvesAQuadraticWithConditionNumberOneMillion() {
    int n = 20;
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      c[i] = Math.cos(i);
    }
    Objective f = TestFunctions.rotatedQuadratic(n, 1e6, c);
    // The initial gradient is ~1e6; 1e-4 asks for a 1e-10 relative reduction, near what rounding allows. scipy
    // 1.10 L-BFGS-B needs 3058 iterations on the same problem with gtol=1e-4, ftol=0 (measured with a replica).
    OptimizationResult r = Lbfgs.builder().gradientTolerance(1e-4).valueTolerance(0).build()
        .minimize(f, new double[n]);
    assertEquals(Status.GRADIENT_TOLERANCE, r.status(), r.message());
    // With smallest eigenvalue 1, ‖x − c‖ ≤ ‖g‖ ≤ √n·‖g‖∞.
    assertArrayEquals(c, r.x(), Math.sqrt(n) * 1e-4);
    System.out.println("L-BFGS on the cond-1e6 quadratic: " + r.iterations() + " iterations");
  }

  @Test
  void solvesABadlyScaledProblem() {
    OptimizationResult r = Lbfgs.builder().gradientTolerance(1e-10).valueTolerance(0).build()
        .minimize(TestFunctions.BADLY_SCALED, new double[] {3e-3, 500});
    assertTrue(r.converged(), r.message());
    assertEquals(1e-3, r.x()[0], 1e-3 * 1e-6);
    assertEquals(2e3, r.x()[1], 2e3 * 1e-6);
  }

  @Test
  void boundsGiveTheProjectionOfASeparableMinimum() {
    // The minimum of ½Σdᵢ(xᵢ − cᵢ)² over a box is c clipped to the box.
    double[] c = {-3, 0.5, 4, 10, -7};
    double[] lower = {-1, 0, Double.NEGATIVE_INFINITY, 2, -5};
    double[] upper = {1, 1, 3, Double.POSITIVE_INFINITY, -5};
    Objective f = TestFunctions.diagonalQuadratic(new double[] {1, 10, 100, 1000, 1}, c);
    OptimizationResult r = Lbfgs.builder().bounds(Bounds.of(lower, upper)).build()
        .minimize(f, new double[] {0.5, 0.5, 0.5, 5, -5});
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {-1, 0.5, 3, 10, -5}, r.x(), 1e-7);
  }

  @Test
  void boundedRosenbrockStopsOnTheBoundary() {
    // With x ≤ 0.5 the constrained minimum of Rosenbrock is at x = 0.5, y = 0.25 (on the parabola y = x²).
    Bounds box = Bounds.of(new double[] {-2, -2}, new double[] {0.5, 2});
    OptimizationResult r = Lbfgs.builder().bounds(box).gradientTolerance(1e-10).valueTolerance(0).build()
        .minimize(TestFunctions.ROSENBROCK, new double[] {-1.2, 1});
    assertArrayEquals(new double[] {0.5, 0.25}, r.x(), 1e-7, r.message());
    assertTrue(r.gradientNorm() <= 1e-10, "projected gradient " + r.gradientNorm());
  }

  @Test
  void aStartOutsideTheBoundsIsProjected() {
    double[] first = new double[2];
    Bounds box = Bounds.of(new double[] {0, 0}, new double[] {2, 2});
    OptimizationResult r = Lbfgs.builder().bounds(box).listener(it -> {
      if (it.number() == 0) {
        System.arraycopy(it.x(), 0, first, 0, 2);
      }
    }).build().minimize(TestFunctions.ROSENBROCK, new double[] {-5, 7});
    assertArrayEquals(new double[] {0, 2}, first);
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-4);
  }

  @Test
  void smallerMemoryStillConverges() {
    double[] ones = new double[10];
    Arrays.fill(ones, 1);
    double[] x0 = MghProblems.repeat(5, -1.2, 1);
    OptimizationResult r = Lbfgs.builder().memory(3).gradientTolerance(1e-8).valueTolerance(0).build()
        .minimize(TestFunctions.extendedRosenbrock(), x0);
    assertArrayEquals(ones, r.x(), 1e-6, r.message());
  }

  @Test
  void nonFiniteValuesEndTheRunWithTheBestPoint() {
    // f = −log(x) + x has its minimum at 1 and is NaN for x < 0, which a long first step reaches.
    Objective f = new Objective() {
      @Override
      public double value(double[] x) {
        return -Math.log(x[0]) + x[0];
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = -1 / x[0] + 1;
        return value(x);
      }
    };
    OptimizationResult r = Lbfgs.builder().build().minimize(f, new double[] {1e-3});
    assertTrue(r.status() == Status.NON_FINITE || r.converged(), r.message());
    assertTrue(Double.isFinite(r.value()));
    assertTrue(r.value() <= f.value(new double[] {1e-3}));
  }

  @Test
  void evaluationLimitIsNeverExceeded() {
    OptimizationResult r = Lbfgs.builder().maxEvaluations(7).build()
        .minimize(TestFunctions.ROSENBROCK, new double[] {-1.2, 1});
    assertEquals(Status.MAX_EVALUATIONS, r.status());
    assertEquals(7, r.evaluations());
  }
}
