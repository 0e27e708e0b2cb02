package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The first-order methods: update formulas, PyTorch defaults, convergence and stopping rules. */
class FirstOrderTest {
  private static final double[] C = {3, -2};
  private static final Objective QUADRATIC = TestFunctions.diagonalQuadratic(new double[] {1, 4}, C);
  private static final double[] X0 = {0.5, 1.5};

  private static double[] gradient(Objective f, double[] x) {
    double[] g = new double[x.length];
    f.valueAndGradient(x, g);
    return g;
  }

  /** Runs exactly k update steps through minimize. */
  private static double[] afterSteps(FirstOrderMethod.Builder<?> builder, int k) {
    return builder.maxIterations(k).gradientTolerance(0).build().minimize(QUADRATIC, X0).x();
  }

  @Test
  void gradientDescentIsEquation27() {
    double gamma = 0.1;
    double[] g0 = gradient(QUADRATIC, X0);
    double[] expected = {X0[0] - gamma * g0[0], X0[1] - gamma * g0[1]};
    double[] x = GradientDescent.builder().learningRate(gamma).maxIterations(1).gradientTolerance(0).build()
        .minimize(QUADRATIC, X0).x();
    assertArrayEquals(expected, x, 1e-15);
  }

  @Test
  void gradientDescentConvergesToTheMinimum() {
    OptimizationResult r = GradientDescent.builder().learningRate(0.2).gradientTolerance(1e-10).build()
        .minimize(QUADRATIC, X0);
    assertEquals(Status.GRADIENT_TOLERANCE, r.status());
    assertTrue(r.converged());
    assertArrayEquals(C, r.x(), 1e-9);
    assertTrue(r.gradientNorm() <= 1e-10);
  }

  @Test
  void armijoBacktrackingRescuesATooLargeStep() {
    // γ = 1 diverges on this quadratic without backtracking (1·4 > 2), converges with it.
    OptimizationResult plain = GradientDescent.builder().learningRate(1).maxIterations(200).build()
        .minimize(QUADRATIC, X0);
    assertTrue(!plain.converged());
    OptimizationResult armijo = GradientDescent.builder().learningRate(1).armijo(true).gradientTolerance(1e-9)
        .build().minimize(QUADRATIC, X0);
    assertTrue(armijo.converged(), armijo.message());
    assertArrayEquals(C, armijo.x(), 1e-8);
  }

  @Test
  void momentumIsTheNotesHeavyBall() {
    double gamma = 0.05;
    double alpha = 0.9;
    double[] g0 = gradient(QUADRATIC, X0);
    double[] z = g0.clone();
    double[] x1 = {X0[0] - gamma * z[0], X0[1] - gamma * z[1]};
    double[] g1 = gradient(QUADRATIC, x1);
    double[] x2 = new double[2];
    for (int i = 0; i < 2; i++) {
      z[i] = alpha * z[i] + g1[i];
      x2[i] = x1[i] - gamma * z[i];
    }
    assertArrayEquals(x2, afterSteps(Momentum.builder().learningRate(gamma), 2), 1e-15);
  }

  @Test
  void nesterovLooksAhead() {
    double gamma = 0.05;
    double alpha = 0.9;
    double[] g0 = gradient(QUADRATIC, X0);
    double[] x1 = new double[2];
    for (int i = 0; i < 2; i++) {
      x1[i] = X0[i] - gamma * (g0[i] + alpha * g0[i]);
    }
    assertArrayEquals(x1, afterSteps(Momentum.builder().learningRate(gamma).nesterov(true), 1), 1e-15);
  }

  @Test
  void momentumAndNesterovConverge() {
    for (boolean nesterov : new boolean[] {false, true}) {
      OptimizationResult r = Momentum.builder().learningRate(0.05).nesterov(nesterov).gradientTolerance(1e-9)
          .build().minimize(QUADRATIC, X0);
      assertTrue(r.converged(), r.message());
      assertArrayEquals(C, r.x(), 1e-8);
    }
  }

  @Test
  void adaptiveMethodsTakeTheirDocumentedFirstStep() {
    double[] g0 = gradient(QUADRATIC, X0);
    double[] adagrad = new double[2];
    double[] rmsprop = new double[2];
    double[] adam = new double[2];
    for (int i = 0; i < 2; i++) {
      // AdaGrad: s = g², step lr·g/(|g| + 1e-10) with lr = 0.01.
      adagrad[i] = X0[i] - 0.01 * g0[i] / (Math.abs(g0[i]) + 1e-10);
      // RMSprop: v = (1 − 0.99)g², step 0.01·g/(√v + 1e-8).
      rmsprop[i] = X0[i] - 0.01 * g0[i] / (Math.sqrt(0.01 * g0[i] * g0[i]) + 1e-8);
      // Adam: bias-corrected m̂ = g, v̂ = g², step 1e-3·g/(|g| + 1e-8).
      adam[i] = X0[i] - 1e-3 * g0[i] / (Math.abs(g0[i]) + 1e-8);
    }
    assertArrayEquals(adagrad, afterSteps(AdaGrad.builder(), 1), 1e-15);
    assertArrayEquals(rmsprop, afterSteps(RmsProp.builder(), 1), 1e-15);
    assertArrayEquals(adam, afterSteps(Adam.builder(), 1), 1e-15);
  }

  @Test
  void adaptiveMethodsConverge() {
    List<FirstOrderMethod> methods = List.of(
        AdaGrad.builder().learningRate(0.5).maxIterations(50_000).gradientTolerance(1e-7).build(),
        RmsProp.builder().learningRate(0.01).maxIterations(50_000).gradientTolerance(1e-2).build(),
        RmsProp.builder().learningRate(0.01).centered(true).momentum(0.5).maxIterations(50_000)
            .gradientTolerance(1e-2).build(),
        Adam.builder().learningRate(0.05).maxIterations(50_000).gradientTolerance(1e-7).build(),
        Adam.builder().learningRate(0.05).amsgrad(true).maxIterations(50_000).gradientTolerance(1e-7).build());
    for (FirstOrderMethod m : methods) {
      OptimizationResult r = m.minimize(QUADRATIC, X0);
      assertTrue(r.converged(), m.getClass().getSimpleName() + ": " + r.message());
      // ‖g‖∞ ≤ tol on f = ½Σdᵢ(xᵢ−cᵢ)² with dᵢ ≥ 1 bounds the error by tol.
      assertArrayEquals(C, r.x(), m instanceof RmsProp ? 1e-2 : 1e-7, m.getClass().getSimpleName());
    }
  }

  @Test
  void adamIsInvariantToTheScaleOfEachGradientComponent() {
    // Curvatures 1e6 and 1e-6 (condition number 1e12): Adam's per-coordinate normalization moves both
    // coordinates alike, so both reach the minimum c = (3, −2) together.
    Objective f = TestFunctions.diagonalQuadratic(new double[] {1e6, 1e-6}, C);
    OptimizationResult r = Adam.builder().learningRate(0.01).maxIterations(20_000).gradientTolerance(0).build()
        .minimize(f, X0);
    assertEquals(C[0], r.x()[0], 1e-3);
    assertEquals(C[1], r.x()[1], 1e-3);
  }

  @Test
  void adamSolvesRosenbrock() {
    OptimizationResult r = Adam.builder().learningRate(0.01).maxIterations(100_000).gradientTolerance(1e-6).build()
        .minimize(TestFunctions.ROSENBROCK, new double[] {-1.2, 1});
    assertArrayEquals(new double[] {1, 1}, r.x(), 1e-4, r.message());
  }

  @Test
  void adamWDecaysWeightsDecoupledFromTheGradient() {
    UpdateRule rule = Adam.builder().learningRate(0.1).adamW().build().newUpdateRule();
    rule.init(2);
    double[] x = {2, -4};
    for (int k = 0; k < 3; k++) {
      rule.step(x, new double[2]); // zero gradient: only the decay θ ← θ(1 − γλ) acts
    }
    double factor = Math.pow(1 - 0.1 * 0.01, 3);
    assertArrayEquals(new double[] {2 * factor, -4 * factor}, x, 1e-15);
  }

  @Test
  void l2WeightDecayMovesTheMinimum() {
    // Minimizing ½‖x − c‖² + (λ/2)‖x‖² gives x = c/(1 + λ).
    double lambda = 0.5;
    Objective f = TestFunctions.diagonalQuadratic(new double[] {1, 1}, C);
    OptimizationResult r = GradientDescent.builder().learningRate(0.1).weightDecay(lambda).maxIterations(2000)
        .build().minimize(f, X0);
    assertArrayEquals(new double[] {C[0] / (1 + lambda), C[1] / (1 + lambda)}, r.x(), 1e-9);
  }

  @Test
  void valueToleranceIsTheNotesAbsoluteChange() {
    double tol = 1e-6;
    List<Double> values = new ArrayList<>();
    OptimizationResult r = GradientDescent.builder().learningRate(0.01).valueTolerance(tol).gradientTolerance(0)
        .listener(it -> values.add(it.value())).build().minimize(QUADRATIC, X0);
    assertEquals(Status.VALUE_TOLERANCE, r.status());
    int last = values.size() - 1;
    assertTrue(Math.abs(values.get(last) - values.get(last - 1)) < tol);
    assertTrue(Math.abs(values.get(last - 1) - values.get(last - 2)) >= tol);
  }

  @Test
  void stepToleranceStopsWhenTheStepIsSmall() {
    OptimizationResult r = GradientDescent.builder().learningRate(0.01).stepTolerance(1e-7).gradientTolerance(0)
        .build().minimize(QUADRATIC, X0);
    assertEquals(Status.STEP_TOLERANCE, r.status());
    // A GD step is γ·g, so ‖g‖∞ < 1e-7/0.01 at the end.
    assertTrue(r.gradientNorm() < 1e-5 * 1.0001);
  }

  @Test
  void listenerSeesEveryIterationAndCanStop() {
    List<Integer> seen = new ArrayList<>();
    OptimizationResult r = Adam.builder().listener(it -> {
      seen.add(it.number());
      if (it.number() == 7) {
        it.stop();
      }
    }).build().minimize(QUADRATIC, X0);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertEquals(List.of(0, 1, 2, 3, 4, 5, 6, 7), seen);
    assertEquals(7, r.iterations());
    assertTrue(!r.converged());
  }

  @Test
  void limitsAreHonoured() {
    OptimizationResult it = Adam.builder().maxIterations(5).build().minimize(QUADRATIC, X0);
    assertEquals(Status.MAX_ITERATIONS, it.status());
    assertEquals(5, it.iterations());
    assertEquals(6, it.evaluations());
    OptimizationResult ev = Adam.builder().maxEvaluations(4).build().minimize(QUADRATIC, X0);
    assertEquals(Status.MAX_EVALUATIONS, ev.status());
    assertEquals(4, ev.evaluations());
  }

  @Test
  void divergenceEndsWithNonFiniteAndTheBestPoint() {
    // f = x⁴ with γ = 1 from x = 3 overflows within a few steps.
    Objective quartic = new Objective() {
      @Override
      public double value(double[] x) {
        return Math.pow(x[0], 4);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        g[0] = 4 * Math.pow(x[0], 3);
        return value(x);
      }
    };
    OptimizationResult r = GradientDescent.builder().learningRate(1).build().minimize(quartic, new double[] {3});
    assertEquals(Status.NON_FINITE, r.status());
    assertEquals(81, r.value());
    assertArrayEquals(new double[] {3}, r.x());
    assertTrue(Double.isFinite(r.gradientNorm()));
  }

  @Test
  void resultHoldsTheBestPointSeen() {
    // Oscillating heavy-ball iterates: the result is the lowest value reported to the listener.
    double[] best = {Double.POSITIVE_INFINITY};
    OptimizationResult r = Momentum.builder().learningRate(0.3).momentum(0.95).maxIterations(37)
        .listener(it -> best[0] = Math.min(best[0], it.value())).build().minimize(QUADRATIC, X0);
    assertEquals(best[0], r.value());
    assertEquals(r.value(), QUADRATIC.value(r.x()));
  }
}
