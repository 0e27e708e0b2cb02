package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * {@link Sqp} on Hock–Schittkowski problems against their published optima and scipy 1.10's SLSQP, and its
 * statuses, multipliers and scaling.
 *
 * <p>scipy's numbers come from {@code /usr/bin/python3 runtime/src/test/python/slsqp_reference.py} (scipy 1.10.1,
 * {@code minimize(f, x0, jac=g, method="SLSQP", constraints=..., bounds=...)} with default options).
 */
class SqpTest {
  private static final double INF = Double.POSITIVE_INFINITY;

  private static OptimizationResult hs71(Sqp.Builder builder, double squaredNorm, double product) {
    return builder.bounds(Bounds.of(new double[] {1, 1, 1, 1}, new double[] {5, 5, 5, 5}))
        .constraint(Constraint.equal(HockSchittkowski.SQUARED_NORM, squaredNorm))
        .constraint(Constraint.atLeast(HockSchittkowski.HS71_PRODUCT, product)).build()
        .minimize(HockSchittkowski.HS71, new double[] {1, 5, 5, 1});
  }

  private static OptimizationResult hs35(Sqp.Builder builder, double upper) {
    return builder.bounds(Bounds.of(new double[3], new double[] {INF, INF, INF}))
        .constraint(Constraint.atMost(HockSchittkowski.HS35_SUM, upper)).build()
        .minimize(HockSchittkowski.HS35, new double[] {0.5, 0.5, 0.5});
  }

  private static void assertSolved(double expected, OptimizationResult r) {
    assertTrue(r.converged(), r.message());
    assertEquals(expected, r.value(), 1e-6 * Math.max(1, Math.abs(expected)), r.message());
    assertTrue(r.constraintViolation() <= 1e-6, r.message());
  }

  @Test
  void hs71ReachesThePublishedOptimumWithScipysIterationsAndEvaluations() {
    // scipy: hs71 f 17.01401724557553 nit 5 nfev 5 njev 5 status 0
    OptimizationResult r = hs71(Sqp.builder(), 40, 25);
    assertSolved(HockSchittkowski.HS71_OPTIMUM, r);
    assertEquals(17.01401724557553, r.value(), 1e-10);
    assertEquals(5, r.iterations());
    assertEquals(5, r.evaluations());
    assertArrayEquals(new double[] {1.0000000000000857, 4.742996062066796, 3.8211546689129796, 1.3794076387700127},
        r.x(), 1e-9);
  }

  @Test
  void hs35ReachesThePublishedOptimumWithScipysIterationsAndEvaluations() {
    // scipy: hs35 f 0.11111111111111116 nit 6 nfev 7 njev 6 status 0
    OptimizationResult r = hs35(Sqp.builder(), 3);
    assertSolved(HockSchittkowski.HS35_OPTIMUM, r);
    assertEquals(6, r.iterations());
    assertEquals(7, r.evaluations());
    assertArrayEquals(new double[] {4.0 / 3, 7.0 / 9, 4.0 / 9}, r.x(), 1e-9);
  }

  @Test
  void hs21StopsOnItsBoundsWithScipysIterationsAndEvaluations() {
    // scipy: hs21 f -99.96 nit 2 nfev 3 njev 2 status 0, x = (2, 0)
    OptimizationResult r = Sqp.builder().bounds(Bounds.of(new double[] {2, -50}, new double[] {50, 50}))
        .constraint(Constraint.atLeast(HockSchittkowski.HS21_LINEAR, 10)).build()
        .minimize(HockSchittkowski.HS21, new double[] {-1, -1});
    assertSolved(HockSchittkowski.HS21_OPTIMUM, r);
    assertEquals(2, r.iterations());
    assertEquals(3, r.evaluations());
    assertArrayEquals(new double[] {2, 0}, r.x(), 1e-12);
    assertEquals(0, r.multipliers()[0], 1e-12, "the bound, not the constraint, is active");
  }

  @Test
  void hs6HasOnlyAnEqualityConstraint() {
    // scipy: hs6 f 5.592266019002934e-22 nit 9 nfev 11 njev 9 status 0
    OptimizationResult r = Sqp.builder().constraint(Constraint.equal(HockSchittkowski.HS6_PARABOLA, 0)).build()
        .minimize(HockSchittkowski.HS6, new double[] {-1.2, 1});
    assertSolved(0, r);
    assertEquals(9, r.iterations());
    assertEquals(11, r.evaluations());
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-9);
  }

  /** 1 ≤ x₁² + x₂² ≤ 2, as one two-sided constraint. */
  private static final VectorFunction RING = (x, jacobian) -> {
    if (jacobian != null) {
      jacobian[0][0] = 2 * x[0];
      jacobian[0][1] = 2 * x[1];
    }
    return new double[] {x[0] * x[0] + x[1] * x[1]};
  };

  private static final Objective TOWARDS_2_1 = HockSchittkowski.objective((x, g) -> {
    g[0] = 2 * (x[0] - 2);
    g[1] = 2 * (x[1] - 1);
    return (x[0] - 2) * (x[0] - 2) + (x[1] - 1) * (x[1] - 1);
  });

  @Test
  void aTwoSidedConstraintHoldsItsUpperSide() {
    // scipy (the two sides as two rows): ring f 0.6754446786436614 nit 7 nfev 8 njev 7 status 0
    OptimizationResult r = Sqp.builder().constraint(Constraint.between(RING, new double[] {1}, new double[] {2}))
        .build().minimize(TOWARDS_2_1, new double[] {0.5, 0});
    assertSolved(0.6754446786436614, r);
    assertEquals(7, r.iterations());
    assertEquals(8, r.evaluations());
    assertTrue(r.multipliers()[0] < 0, "an active upper side has λ ≤ 0");
  }

  @Test
  void incompatibleConstraintsAreInfeasibleAndNeverConverged() {
    // scipy (x₁ − 1 ≥ 0 and −x₁ ≥ 0): incompatible f 2.240031921441951 nit 14 nfev 80 njev 10 status 8, x₁ 0.50333
    int[] calls = {0};
    VectorFunction first = (x, jacobian) -> {
      calls[0]++;
      if (jacobian != null) {
        jacobian[0][0] = 1;
        jacobian[0][1] = 0;
      }
      return new double[] {x[0]};
    };
    OptimizationResult r = Sqp.builder().constraint(Constraint.atLeast(first, 1))
        .constraint(Constraint.atMost(first, 0)).build().minimize(TOWARDS_2_1, new double[] {0.5, 0});
    assertEquals(Status.INFEASIBLE, r.status(), r.message());
    assertFalse(r.converged());
    assertTrue(r.constraintViolation() > 1e-6);
    assertEquals(0.5, r.constraintViolation(), 1e-9, "x₁ = 0.5 violates both sides by 0.5, the least possible");
    assertTrue(r.message().contains("SLSQP mode 8"), r.message());
    // An inconsistent linearization is relaxed and B updated as in scipy (only a rank-deficient one resets B, see
    // SqpBeyondSlsqpTest), so the run is scipy's.
    assertEquals(14, r.iterations());
    assertEquals(80, r.evaluations(), "no call where a zero step repeats the last point, as in scipy");
    assertEquals(80, calls[0], "the function the two constraints share is called once per point");
  }

  @Test
  void aConvergedResultIsAlwaysWithinTheConstraintTolerance() {
    int converged = 0;
    for (double tolerance : new double[] {0, 1e-12, 1e-9, 1e-6, 1e-3}) {
      for (int iterations = 2; iterations <= 8; iterations++) {
        OptimizationResult r = hs71(Sqp.builder().constraintTolerance(tolerance).maxIterations(iterations), 40, 25);
        if (r.converged()) {
          converged++;
          assertTrue(r.constraintViolation() <= tolerance, r.toString());
        } else if (r.constraintViolation() > tolerance) {
          assertEquals(Status.INFEASIBLE, r.status(), r.message());
        }
      }
    }
    assertTrue(converged > 0);
  }

  @Test
  void aNonFiniteTrialPointShortensTheStep() {
    // (x − 3)², undefined beyond 4: the first step from 0 (d = 6 with B = I) lands at 6 and must be shortened.
    Objective partial = HockSchittkowski.objective((x, g) -> {
      g[0] = x[0] > 4 ? Double.NaN : 2 * (x[0] - 3);
      return x[0] > 4 ? Double.NaN : (x[0] - 3) * (x[0] - 3);
    });
    OptimizationResult r = Sqp.builder().build().minimize(partial, new double[] {0});
    assertSolved(0, r);
    assertEquals(3, r.x()[0], 1e-6);
  }

  @Test
  void aNonFiniteStartEndsTheRunAtOnce() {
    Objective broken = HockSchittkowski.objective((x, g) -> Double.NaN);
    OptimizationResult r = Sqp.builder().build().minimize(broken, new double[] {1, 2});
    assertEquals(Status.NON_FINITE, r.status());
    assertEquals(1, r.evaluations());
    assertArrayEquals(new double[] {1, 2}, r.x());
  }

  @Test
  void aConstraintThatIsNeverFiniteAlongTheDirectionEndsWithNonFiniteAndTheBestPoint() {
    VectorFunction cliff = (x, jacobian) -> {
      if (jacobian != null) {
        jacobian[0][0] = 1;
      }
      return new double[] {x[0] == 0 ? 0 : Double.NaN};
    };
    OptimizationResult r = Sqp.builder().constraint(Constraint.atMost(cliff, 1)).build()
        .minimize(HockSchittkowski.objective((x, g) -> {
          g[0] = 1;
          return x[0];
        }), new double[] {0});
    assertEquals(Status.NON_FINITE, r.status(), r.message());
    assertArrayEquals(new double[] {0}, r.x());
    assertEquals(12, r.evaluations(), "x0 and eleven trial points");
  }

  @Test
  void theListenerSeesEveryIterationAndCanStopTheRun() {
    List<Integer> seen = new ArrayList<>();
    OptimizationResult r = hs71(Sqp.builder().listener(it -> {
      seen.add(it.iterations());
      if (it.iterations() == 2) {
        it.stop();
      }
    }), 40, 25);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertEquals(List.of(0, 1, 2), seen);
    assertEquals(2, r.iterations());
  }

  @Test
  void theIterationLimitCountsLikeScipysMaxiter() {
    // scipy with options={"maxiter": 3} on hs71: nit 3 nfev 3 status 9 (Iteration limit reached), f 16.963960311192533
    OptimizationResult r = hs71(Sqp.builder().maxIterations(3), 40, 25);
    assertEquals(3, r.iterations());
    assertEquals(3, r.evaluations());
    assertFalse(r.converged());
  }

  @Test
  void theEvaluationBudgetEndsTheRunWithTheBestFeasiblePoint() {
    OptimizationResult r = hs35(Sqp.builder().maxEvaluations(3), 3);
    assertEquals(Status.MAX_EVALUATIONS, r.status(), r.message());
    assertEquals(3, r.evaluations());
    assertTrue(r.constraintViolation() <= 1e-6);
    assertTrue(r.value() < HockSchittkowski.HS35.value(new double[] {0.5, 0.5, 0.5}));
  }

  @Test
  void aRunWithoutAFeasiblePointWithinTheBudgetIsInfeasible() {
    OptimizationResult r = hs71(Sqp.builder().maxEvaluations(2), 40, 25);
    assertEquals(Status.INFEASIBLE, r.status(), r.message());
    assertTrue(r.message().contains("MAX_EVALUATIONS"), r.message());
    assertTrue(r.constraintViolation() > 1e-6);
  }

  @Test
  void multipliersAreTheSensitivitiesOfTheOptimalValue() {
    double h = 1e-4;
    double[] lambda = hs71(tight(), 40, 25).multipliers();
    double equality = (hs71(tight(), 40 + h, 25).value() - hs71(tight(), 40 - h, 25).value()) / (2 * h);
    double lower = (hs71(tight(), 40, 25 + h).value() - hs71(tight(), 40, 25 - h).value()) / (2 * h);
    assertEquals(equality, lambda[0], 1e-6);
    assertEquals(lower, lambda[1], 1e-6);
    assertTrue(lambda[1] > 0, "an active lower side has λ ≥ 0");
    double[] upper = hs35(tight(), 3).multipliers();
    double sensitivity = (hs35(tight(), 3 + h).value() - hs35(tight(), 3 - h).value()) / (2 * h);
    assertEquals(sensitivity, upper[0], 1e-6);
    assertTrue(upper[0] < 0, "an active upper side has λ ≤ 0");
  }

  private static Sqp.Builder tight() {
    return Sqp.builder().gradientTolerance(1e-10).valueTolerance(1e-10).stepTolerance(1e-10);
  }

  @Test
  void projectionOntoTheSimplexOf300VariablesMatchesItsClosedForm() {
    int n = 300;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      y[i] = Math.sin(1.7 * i) + 0.01 * i / n;
    }
    Objective distance = HockSchittkowski.objective((x, g) -> {
      double f = 0;
      for (int i = 0; i < n; i++) {
        g[i] = x[i] - y[i];
        f += 0.5 * g[i] * g[i];
      }
      return f;
    });
    VectorFunction sum = (x, jacobian) -> {
      if (jacobian != null) {
        Arrays.fill(jacobian[0], 1);
      }
      return new double[] {Arrays.stream(x).sum()};
    };
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(upper, INF);
    OptimizationResult r = Sqp.builder().bounds(Bounds.of(lower, upper)).constraint(Constraint.equal(sum, 1))
        .build().minimize(distance, new double[n]);
    assertTrue(r.converged(), r.message());
    double[] expected = simplexProjection(y);
    assertArrayEquals(expected, r.x(), 1e-8);
    // scipy (slsqp_reference.py): simplex300 f 73.84625003531154 nit 2 nfev 2 njev 2 status 0
    assertEquals(2, r.iterations());
    assertEquals(2, r.evaluations());
    assertEquals(73.84625003531154, r.value(), 1e-9);
  }

  /**
   * The Euclidean projection of y onto {x ≥ 0, Σx = 1}: x = max(y − τ, 0) with τ from the sorted y (Held, Wolfe and
   * Crowder 1974; Duchi, Shalev-Shwartz, Singer and Chandra 2008, algorithm 1).
   */
  private static double[] simplexProjection(double[] y) {
    double[] sorted = y.clone();
    Arrays.sort(sorted);
    double cumulative = 0;
    double tau = 0;
    for (int k = 1; k <= sorted.length; k++) {
      double v = sorted[sorted.length - k];
      cumulative += v;
      if (v - (cumulative - 1) / k > 0) {
        tau = (cumulative - 1) / k;
      }
    }
    double[] x = new double[y.length];
    for (int i = 0; i < y.length; i++) {
      x[i] = Math.max(y[i] - tau, 0);
    }
    return x;
  }

  private static void rejects(String message, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    assertEquals(message, e.getMessage());
  }

  @Test
  void badInputIsRejectedWithTheArgumentNamed() {
    Sqp plain = Sqp.builder().build();
    rejects("x0[1] is NaN", () -> plain.minimize(HockSchittkowski.HS6, new double[] {0, Double.NaN}));
    rejects("f must not be null", () -> plain.minimize(null, new double[] {0, 0}));
    rejects("constraint must not be null", () -> Sqp.builder().constraint(null));
    rejects("constraintTolerance must be >= 0, got -1.0", () -> Sqp.builder().constraintTolerance(-1));
    rejects("x0 has length 2 but bounds have dimension 3",
        () -> Sqp.builder().bounds(Bounds.of(new double[3], new double[3])).build()
            .minimize(HockSchittkowski.HS6, new double[2]));
    rejects("lower[0] = 2.0 > upper[0] = 1.0",
        () -> Constraint.between(RING, new double[] {2}, new double[] {1}));
    VectorFunction two = (x, jacobian) -> new double[] {x[0], x[1]};
    rejects("constraints[1] returned 2 values but has size 1",
        () -> Sqp.builder().constraint(Constraint.atMost(RING, 2)).constraint(Constraint.atMost(two, 1)).build()
            .minimize(HockSchittkowski.HS6, new double[] {0, 0}));
    rejects("constraints have 3 equality components but x0 has length 2; SLSQP needs at most one per variable",
        () -> Sqp.builder().constraint(Constraint.equal((x, jacobian) -> new double[3], 0, 0, 0)).build()
            .minimize(HockSchittkowski.HS6, new double[] {0, 0}));
  }

  @Test
  void aJacobianSizeMismatchFoundByTheFunctionIsNamed() {
    // What a generated fVectorFunction of a 2-component method (codegen.Support's requireLength) says of the 1×2
    // Jacobian of a size-1 constraint.
    VectorFunction twoComponents = (x, jacobian) -> {
      if (jacobian != null && jacobian.length != 2) {
        throw new IllegalArgumentException("jacobian has length " + jacobian.length + ", expected 2");
      }
      return new double[] {x[0], x[1]};
    };
    rejects("constraints[0] (size 1, x of length 2): jacobian has length 1, expected 2",
        () -> Sqp.builder().constraint(Constraint.atMost(twoComponents, 1)).build()
            .minimize(HockSchittkowski.HS6, new double[] {0, 0}));
  }

  @Test
  void aConstraintWhoseLengthChangesBetweenCallsIsNamed() {
    int[] calls = {0};
    VectorFunction growing = (x, jacobian) -> ++calls[0] < 3 ? RING.value(x, jacobian) : new double[2];
    rejects("constraints[0] returned 2 values but has size 1",
        () -> Sqp.builder().constraint(Constraint.atMost(growing, 2)).build()
            .minimize(TOWARDS_2_1, new double[] {0.5, 0}));
  }

  /** The README's example, with the bowl ((x₁ − 2)/4)² + ((x₂ + 3)/3)² written out: x* = (1, 0), λ = f′ = −1/8. */
  @Test
  void readmeExample() {
    Objective bowl = HockSchittkowski.objective((x, g) -> {
      double u = (x[0] - 2) / 4;
      double v = (x[1] + 3) / 3;
      g[0] = u / 2;
      g[1] = 2 * v / 3;
      return u * u + v * v;
    });
    double[] x0 = {0.5, 0.5};
    VectorFunction sum = (x, jacobian) -> {
      if (jacobian != null) {
        jacobian[0][0] = 1;
        jacobian[0][1] = 1;
      }
      return new double[] {x[0] + x[1]};
    };
    OptimizationResult r = Sqp.builder()
        .constraint(Constraint.atMost(sum, 1))
        .bounds(Bounds.of(new double[] {0, 0}, new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}))
        .build()
        .minimize(bowl, x0);
    assertTrue(r.converged(), r.message());
    assertArrayEquals(new double[] {1, 0}, r.x(), 1e-9);
    assertArrayEquals(new double[] {-0.125}, r.multipliers(), 1e-9);
    assertEquals(0, r.constraintViolation(), 1e-12);
  }
}
