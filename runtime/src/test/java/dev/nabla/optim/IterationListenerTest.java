package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@link IterationListener} contract: it only ends a run through {@link Iteration#stop()}. */
class IterationListenerTest {
  private static final double[] C = {3, -2};
  private static final Objective QUADRATIC = TestFunctions.diagonalQuadratic(new double[] {1, 4}, C);
  private static final double[] X0 = {0.5, 1.5};
  private static final double[] ROSENBROCK_X0 = {-1.2, 1};
  private final List<Integer> counts = new ArrayList<>();

  @Test
  void aLambdaThatOnlyCollectsValuesDoesNotStopTheRun() {
    // List.add returns true, which the old boolean listeners took as "stop" after iteration 0.
    List<Double> values = new ArrayList<>();
    OptimizationResult r = Lbfgs.builder().listener(it -> values.add(it.value())).build()
        .minimize(TestFunctions.ROSENBROCK, ROSENBROCK_X0);
    OptimizationResult unobserved = Lbfgs.builder().build().minimize(TestFunctions.ROSENBROCK, ROSENBROCK_X0);
    assertTrue(r.converged(), r.message());
    assertEquals(unobserved.status(), r.status());
    assertEquals(unobserved.iterations(), r.iterations());
    assertArrayEquals(unobserved.x(), r.x());
    assertTrue(r.iterations() > 10);
    assertEquals(r.iterations() + 1, values.size());
    assertEquals(TestFunctions.ROSENBROCK.value(ROSENBROCK_X0), values.get(0));
    assertEquals(r.value(), values.get(values.size() - 1));
  }

  @Test
  void theListenerSeesEveryIterationInOrderUntilConvergence() {
    List<Integer> numbers = new ArrayList<>();
    List<Double> norms = new ArrayList<>();
    OptimizationResult r = GradientDescent.builder().learningRate(0.1).listener(it -> {
      numbers.add(it.number());
      norms.add(it.gradientNorm());
    }).build().minimize(QUADRATIC, X0);
    assertEquals(Status.GRADIENT_TOLERANCE, r.status());
    assertEquals(r.iterations() + 1, numbers.size());
    for (int k = 0; k < numbers.size(); k++) {
      assertEquals(k, numbers.get(k));
    }
    assertEquals(r.gradientNorm(), norms.get(norms.size() - 1));
  }

  @Test
  void stopEndsTheRunWithTheListenerStatusAndTheBestPointSoFar() {
    // Heavy-ball iterates oscillate; stop at the first uphill iterate after 5, which is not the best point seen.
    double[] bestValue = {Double.POSITIVE_INFINITY};
    double[][] bestX = {null};
    int[] stoppedAt = {-1};
    OptimizationResult r = Momentum.builder().learningRate(0.3).momentum(0.95).listener(it -> {
      if (it.number() >= 5 && it.value() > bestValue[0]) {
        stoppedAt[0] = it.number();
        it.stop();
      }
      if (it.value() < bestValue[0]) {
        bestValue[0] = it.value();
        bestX[0] = it.x();
      }
    }).build().minimize(QUADRATIC, X0);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertFalse(r.converged());
    assertTrue(stoppedAt[0] >= 5);
    assertEquals(stoppedAt[0], r.iterations());
    assertEquals(bestValue[0], r.value());
    assertArrayEquals(bestX[0], r.x());
  }

  @Test
  void stopAtTheStartingPointReturnsIt() {
    OptimizationResult r = Lbfgs.builder().listener(Iteration::stop).build()
        .minimize(TestFunctions.ROSENBROCK, ROSENBROCK_X0);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertEquals(0, r.iterations());
    assertArrayEquals(ROSENBROCK_X0, r.x());
    assertEquals(TestFunctions.ROSENBROCK.value(ROSENBROCK_X0), r.value());
  }

  @Test
  void xIsACopySafeToKeepAndToChange() {
    List<double[]> points = new ArrayList<>();
    OptimizationResult r = GradientDescent.builder().learningRate(0.1).listener(it -> {
      points.add(it.x());
      Arrays.fill(it.x(), Double.NaN);
      assertFalse(Double.isNaN(it.x()[0]), "x() is a copy");
    }).build().minimize(QUADRATIC, X0);
    OptimizationResult unobserved = GradientDescent.builder().learningRate(0.1).build().minimize(QUADRATIC, X0);
    assertArrayEquals(unobserved.x(), r.x());
    assertArrayEquals(X0, points.get(0));
    assertArrayEquals(r.x(), points.get(points.size() - 1));
    assertFalse(Arrays.equals(points.get(0), points.get(1)));
  }

  @Test
  void iterationsCountTheCompletedIterationsAsTheResultDoes() {
    for (Minimizer minimizer : List.of(GradientDescent.builder().learningRate(0.1).listener(this::record).build(),
        Lbfgs.builder().listener(this::record).build(), Newton.builder().listener(this::record).build())) {
      counts.clear();
      OptimizationResult r = minimizer.minimize(QUADRATIC, X0);
      for (int k = 0; k < counts.size(); k++) {
        assertEquals(k, counts.get(k), minimizer.getClass().getSimpleName());
      }
      assertEquals(r.iterations(), counts.get(counts.size() - 1), minimizer.getClass().getSimpleName());
    }
  }

  private void record(Iteration iteration) {
    assertEquals(iteration.number(), iteration.iterations());
    counts.add(iteration.iterations());
  }
}
