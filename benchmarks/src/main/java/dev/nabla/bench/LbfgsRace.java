package dev.nabla.bench;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Lbfgs;
import dev.nabla.optim.Objective;
import dev.nabla.optim.OptimizationResult;
import java.util.Arrays;

/**
 * L-BFGS-B on equation 2.17 (n = 50) from x0 = 0.5, xᵢ ≤ 1 for i < 10 and ≤ 20 otherwise, no lower bounds — the
 * problem {@code scipy_lbfgs.py} solves with scipy. Usage: {@code LbfgsRace <warm-up seconds> <repetitions>}; prints
 * {@code lbfgs nabla <median µs per solve> <f*> <iterations> <evaluations>}.
 */
public final class LbfgsRace {
  private LbfgsRace() {}

  public static void main(String[] args) {
    double warmupSeconds = Double.parseDouble(args[0]);
    int repetitions = Integer.parseInt(args[1]);
    int n = 50;
    double[] lower = new double[n];
    double[] upper = new double[n];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < n; i++) {
      upper[i] = i < 10 ? 1 : 20;
    }
    double[] x0 = new double[n];
    Arrays.fill(x0, 0.5);
    Objective f = WorkloadsDerivatives.eq217Objective();
    Lbfgs lbfgs = Lbfgs.builder().bounds(Bounds.of(lower, upper)).build();
    OptimizationResult result = lbfgs.minimize(f, x0);
    double micros = MedianTime.micros(() -> lbfgs.minimize(f, x0), warmupSeconds, repetitions);
    System.out.printf("lbfgs nabla %.3f %.12g %d %d %s%n", micros, result.value(),
        result.iterations(), result.evaluations(), result.status());
  }
}
