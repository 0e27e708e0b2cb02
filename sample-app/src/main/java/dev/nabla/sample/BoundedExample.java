package dev.nabla.sample;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Lbfgs;
import dev.nabla.optim.OptimizationResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.knowm.xchart.XYChart;

/** Example 2.3: equation 2.17 under its bounds, minimized with L-BFGS-B from x0 = 0.5 as scipy does it. */
public final class BoundedExample implements Example {
  private static final int N = 50;
  /** scipy 1.10's {@code minimize(..., x0=[0.5]*50, bounds=...)} (L-BFGS-B): the optimum value and its calls. */
  static final double SCIPY_VALUE = 986.6576621600368;
  static final int SCIPY_EVALUATIONS = 46;

  @Override
  public String name() {
    return "lbfgsb";
  }

  @Override
  public String title() {
    return "Equation 2.17 with x_i <= 1 (i <= 10), x_i <= 20 (i > 10) by L-BFGS-B (example 2.3)";
  }

  @Override
  public String description() {
    return "Lbfgs.builder().bounds(Bounds.of(lower, upper)) with scipy's defaults on equation217Objective(), "
        + "from x0 = (0.5, ..., 0.5), against scipy 1.10's L-BFGS-B from the same start.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[] lower = new double[N];
    double[] upper = new double[N];
    Arrays.fill(lower, Double.NEGATIVE_INFINITY);
    for (int i = 0; i < N; i++) {
      upper[i] = i < 10 ? 1 : 20;
    }
    double[] x0 = new double[N];
    Arrays.fill(x0, 0.5);
    List<Double> gradientNorms = new ArrayList<>();
    Lbfgs lbfgsb = Lbfgs.builder().bounds(Bounds.of(lower, upper))
        .listener(it -> gradientNorms.add(it.gradientNorm())).build();
    long start = System.nanoTime();
    OptimizationResult r = lbfgsb.minimize(LectureExamplesDerivatives.equation217Objective(), x0);
    double millis = (System.nanoTime() - start) / 1e6;
    double[] x = r.x();
    int active = 0;
    for (int i = 0; i < N; i++) {
      active += x[i] == upper[i] ? 1 : 0;
    }
    result.line("nabla: f = %.13f after %d iterations, %d evaluations, %.1f ms (first run, JIT cold); %s",
        r.value(), r.iterations(), r.evaluations(), millis, r.message());
    result.line("scipy: f = %.13f after %d evaluations", SCIPY_VALUE, SCIPY_EVALUATIONS);
    result.line("%d of %d upper bounds active; x1..x10 = %s", active, N,
        Arrays.toString(Arrays.stream(Arrays.copyOf(x, 10)).map(v -> Math.round(v * 1e4) / 1e4).toArray()));
    result.check(Check.of("optimum value  [scipy 1.10: 986.6576621600368]", r.value(), SCIPY_VALUE,
        1e-9 * SCIPY_VALUE));
    result.check(Check.of("objective evaluations  [scipy 1.10: 46]", r.evaluations(), SCIPY_EVALUATIONS, 0));
    XYChart chart = Plots.chart("L-BFGS-B on equation 2.17 (bounded): projected gradient per iteration", "iteration",
        "max-norm of the projected gradient (log scale)", true);
    double[] norms = gradientNorms.stream().mapToDouble(Double::doubleValue).toArray();
    Plots.line(chart, "nabla Lbfgs with bounds", Plots.indices(norms.length), norms);
    result.plot(Plots.save(chart, context.plotDirectory(), "lbfgsb"));
    return result.build();
  }
}
