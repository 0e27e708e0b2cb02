package dev.nabla.sample;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Constraint;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import java.io.IOException;
import java.util.Arrays;
import org.knowm.xchart.XYChart;

/**
 * Equation 2.1's rocket: the thrust a booster should give at n times to climb highest on a limited fuel load
 * (Goddard's problem), by {@link Sqp} on the gradient of a 50-step flight simulation.
 */
public final class RocketExample implements Example {
  private static final int STEPS = 50;
  private static final double DURATION = 0.2;
  private static final double MAX_THRUST = 3.5;
  private static final double FUEL = 0.4;
  /**
   * scipy 1.10's SLSQP ({@code ftol = 1e-12, maxiter = 1000}, from thrust 1): printed by
   * {@code /usr/bin/python3 sample-app/references/constrained.py}.
   */
  static final double SCIPY_ALTITUDE = 1.011908165904244;
  static final int SCIPY_EVALUATIONS = 180;

  @Override
  public String name() {
    return "rocket";
  }

  @Override
  public String title() {
    return "Rocket thrust profile under a fuel limit (Goddard's problem, equation 2.1)";
  }

  @Override
  public String description() {
    return "max h(T) over 50 thrust levels 0 ≤ u ≤ 3.5 with fuel burnt ≤ 0.4, by Sqp on "
        + "negativeAltitudeObjective(dt) with Constraint.atMost(fuelBurntObjective(dt), 0.4), against scipy 1.10's "
        + "SLSQP from the same start.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double dt = DURATION / STEPS;
    double[] lower = new double[STEPS];
    double[] upper = new double[STEPS];
    Arrays.fill(upper, MAX_THRUST);
    double[] start = new double[STEPS];
    Arrays.fill(start, 1);
    OptimizationResult r = Sqp.builder()
        .constraint(Constraint.atMost(ConstrainedProblemsDerivatives.fuelBurntObjective(dt), FUEL))
        .bounds(Bounds.of(lower, upper))
        .gradientTolerance(1e-12).valueTolerance(1e-12).stepTolerance(1e-12).maxIterations(1000)
        .build()
        .minimize(ConstrainedProblemsDerivatives.negativeAltitudeObjective(dt), start);
    double[] thrust = r.x();
    double altitude = -r.value();
    result.line("nabla: altitude %.12f after %d iterations, %d evaluations; %s", altitude, r.iterations(),
        r.evaluations(), r.message());
    result.line("scipy: altitude %.12f after %d evaluations", SCIPY_ALTITUDE, SCIPY_EVALUATIONS);
    result.line("fuel burnt %.10f of %.1f; value of fuel (multiplier) %.6f altitude per unit",
        ConstrainedProblems.fuelBurnt(thrust, dt), FUEL, -r.multipliers()[0]);
    result.check(Check.of("highest altitude  [scipy 1.10 SLSQP: 1.011908165904244]", altitude, SCIPY_ALTITUDE,
        1e-9));
    result.check(Check.of("constraint violation", r.constraintViolation(), 0, 1e-9));
    result.check(Check.of("objective evaluations  [scipy 1.10 SLSQP: 180]", r.evaluations(), SCIPY_EVALUATIONS, 0));
    XYChart chart = Plots.chart("Goddard's rocket: thrust over time under a fuel limit", "time", "thrust", false);
    double[] times = new double[STEPS];
    for (int k = 0; k < STEPS; k++) {
      times[k] = (k + 0.5) * dt;
    }
    Plots.line(chart, "nabla Sqp", times, thrust);
    result.plot(Plots.save(chart, context.plotDirectory(), "rocket"));
    return result.build();
  }
}
