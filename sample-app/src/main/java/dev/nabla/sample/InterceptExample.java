package dev.nabla.sample;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import java.io.IOException;
import java.util.Arrays;
import org.knowm.xchart.XYChart;

/**
 * The notes' constrained regression: a line fitted by least squares whose intercept must stay non-negative, by
 * {@link Sqp} with a bound on the intercept.
 */
public final class InterceptExample implements Example {
  private static final int SAMPLES = 40;
  /** scipy 1.10's SLSQP with the bound θ₀ ≥ 0: printed by {@code sample-app/references/constrained.py}. */
  static final double SCIPY_COST = 3.004612982977822;
  static final double[] SCIPY_THETA = {0.0, 0.7433460527790038};
  /** numpy's least-squares fit without the bound, printed by the same script. */
  static final double[] NUMPY_FREE_FIT = {-0.4376787454146247, 0.9038460419559494};

  @Override
  public String name() {
    return "intercept";
  }

  @Override
  public String title() {
    return "Linear regression with a non-negative intercept (section 2a)";
  }

  @Override
  public String description() {
    return "min ‖Aθ − b‖² subject to θ₀ ≥ 0 by Sqp on sumOfSquaresObjective(A, b) with Bounds, on 40 samples whose "
        + "free fit has a negative intercept, against scipy 1.10's SLSQP and the fit through the origin.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[][] a = new double[SAMPLES][];
    double[] b = new double[SAMPLES];
    double[] t = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      t[i] = 0.5 + 3.5 * i / (SAMPLES - 1);
      a[i] = new double[] {1, t[i]};
      b[i] = -0.4 + 0.9 * t[i] + 0.3 * Math.sin(12.9898 * i + 78.233);
    }
    double[] free = NormalEquations.solve(a, b);
    OptimizationResult r = Sqp.builder()
        .bounds(Bounds.of(new double[] {0, Double.NEGATIVE_INFINITY},
            new double[] {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY}))
        .build()
        .minimize(OptimizationProblemsDerivatives.sumOfSquaresObjective(a, b), new double[2]);
    double[] theta = r.x();
    // With the intercept held at 0, the slope is the fit through the origin, Σtb/Σt².
    double tb = 0;
    double tt = 0;
    for (int i = 0; i < SAMPLES; i++) {
      tb += t[i] * b[i];
      tt += t[i] * t[i];
    }
    result.line("free fit:        theta = %s", Arrays.toString(free));
    result.line("intercept >= 0:  theta = %s, ||A theta - b||² = %.12f, %d evaluations; %s", Arrays.toString(theta),
        r.value(), r.evaluations(), r.message());
    result.check(Check.of("free fit  [numpy 1.24 lstsq: intercept −0.438 < 0, so the bound binds]", free,
        NUMPY_FREE_FIT, 1e-10));
    result.check(Check.of("theta  [scipy 1.10 SLSQP]", theta, SCIPY_THETA, 1e-8));
    result.check(Check.of("cost  [scipy 1.10 SLSQP: 3.004612982977822]", r.value(), SCIPY_COST, 1e-10));
    result.check(Check.of("slope = Σtb/Σt², the fit through the origin", theta[1], tb / tt, 1e-8));
    XYChart chart = Plots.chart("Regression with a non-negative intercept", "t", "b", false);
    Plots.points(chart, "samples", t, b);
    Plots.line(chart, String.format("free fit, intercept %.3f", free[0]), t, line(free, t));
    Plots.line(chart, "intercept >= 0 (Sqp)", t, line(theta, t));
    result.plot(Plots.save(chart, context.plotDirectory(), "intercept"));
    return result.build();
  }

  private static double[] line(double[] theta, double[] t) {
    return Arrays.stream(t).map(v -> theta[0] + theta[1] * v).toArray();
  }
}
