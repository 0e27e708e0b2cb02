package dev.nabla.bench;

import dev.nabla.bench.hs.HsProblem;
import dev.nabla.bench.hs.HsSet;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import java.util.Locale;

/**
 * nabla's {@link Sqp} with its default options, then with {@code exactHessian(true)}, on the Hock–Schittkowski set
 * of {@link HsSet}, from the x0 that {@code scipy_sqp.py} gives scipy's SLSQP and trust-constr. Usage: {@code HsRace
 * <warm-up seconds per problem> <repetitions>}; prints per problem {@code sqp nabla|nabla-exact <problem> <f>
 * <violation> <evaluations> <iterations> <median µs per solve> <status>}, the lines {@code constrained_report.py}
 * reads.
 */
public final class HsRace {
  private HsRace() {}

  public static void main(String[] args) {
    double warmupSeconds = Double.parseDouble(args[0]);
    int repetitions = Integer.parseInt(args[1]);
    for (boolean exactHessian : new boolean[] {false, true}) {
      for (HsProblem p : HsSet.PROBLEMS) {
        OptimizationResult result = solve(p, exactHessian);
        double micros = MedianTime.micros(() -> solve(p, exactHessian), warmupSeconds, repetitions);
        System.out.printf(Locale.ROOT, "sqp %s %s %s %.3g %d %d %.1f %s%n", exactHessian ? "nabla-exact" : "nabla",
            p.name(), result.value(), result.constraintViolation(), result.evaluations(), result.iterations(), micros,
            result.status());
      }
    }
  }

  /** Sqp on p's constraints and bounds (when it has some), from p's x0, with BFGS or the exact Hessian. */
  static OptimizationResult solve(HsProblem p, boolean exactHessian) {
    var builder = Sqp.builder().constraint(p.constraint()).exactHessian(exactHessian);
    if (p.bounds() != null) {
      builder.bounds(p.bounds());
    }
    return builder.build().minimize(p.objective(), p.x0());
  }
}
