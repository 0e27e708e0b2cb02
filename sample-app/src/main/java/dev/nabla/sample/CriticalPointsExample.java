package dev.nabla.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Example 2.1: the critical points of x⁴ + 7x³ + 5x² − 17x + 3 by Newton's method on f′ with the generated f′ and
 * f″, each classified by the sign of f″.
 */
public final class CriticalPointsExample implements Example {
  /** The notes' critical points, rounded as printed: −4.48 (global minimum), −1.4 and 0.7. */
  private static final double[] NOTES = {-4.48, -1.4, 0.7};
  /** Half a unit in the last digit the notes print for each critical point. */
  private static final double[] NOTES_PRECISION = {0.005, 0.05, 0.05};

  @Override
  public String name() {
    return "critical-points";
  }

  @Override
  public String title() {
    return "Critical points of x⁴ + 7x³ + 5x² - 17x + 3 (example 2.1, Figure 2)";
  }

  @Override
  public String description() {
    return "Newton's method on f'(x) = 0, x <- x - f'(x)/f''(x) with polynomialDerivative and "
        + "polynomialSecondDerivative, from starts -6, -5, ..., 2; f'' classifies each root.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[] roots = criticalPoints(-6, 2);
    double[] curvature = new double[roots.length];
    double[] slopeByHand = new double[roots.length];
    int global = 0;
    for (int i = 0; i < roots.length; i++) {
      double x = roots[i];
      curvature[i] = OptimizationProblemsDerivatives.polynomialSecondDerivative(x);
      slopeByHand[i] = 4 * x * x * x + 21 * x * x + 10 * x - 17;
      result.line("x = %+.12f   f(x) = %+.10f   f''(x) = %+9.4f   %s", x, OptimizationProblems.polynomial(x),
          curvature[i], curvature[i] > 0 ? "local minimum" : "local maximum");
      if (curvature[i] > 0 && OptimizationProblems.polynomial(x) < OptimizationProblems.polynomial(roots[global])) {
        global = i;
      }
    }
    result.line("global minimum: f(%.10f) = %.10f", roots[global], OptimizationProblems.polynomial(roots[global]));
    result.check(Check.of("number of critical points  [3]", roots.length, 3, 0));
    if (roots.length == NOTES.length) {
      for (int i = 0; i < roots.length; i++) {
        result.check(Check.of("critical point " + (i + 1) + "  [notes: " + NOTES[i] + "]", roots[i], NOTES[i],
            NOTES_PRECISION[i]));
      }
      result.check(Check.of("sign of f'' at each  [notes: minimum, maximum, minimum]", signs(curvature),
          new double[] {1, -1, 1}, 0));
    }
    result.check(Check.of("global minimum  [notes: -4.48]", roots[global], NOTES[0], NOTES_PRECISION[0]));
    result.check(Check.of("4x³ + 21x² + 10x - 17 at each root  [0, equation 2.5]", slopeByHand,
        new double[roots.length], 1e-9));
    result.plot(plot(context, roots));
    return result.build();
  }

  /** The distinct roots of f′ found by Newton's method from every integer start in [from, to], in order. */
  static double[] criticalPoints(int from, int to) {
    List<Double> roots = new ArrayList<>();
    for (int start = from; start <= to; start++) {
      double x = newtonOnDerivative(start);
      if (Double.isFinite(x) && roots.stream().noneMatch(r -> Math.abs(r - x) < 1e-8)) {
        roots.add(x);
      }
    }
    return roots.stream().mapToDouble(Double::doubleValue).sorted().toArray();
  }

  /** Newton's method on f′(x) = 0 from x; NaN if it does not converge in 100 steps. */
  static double newtonOnDerivative(double x) {
    for (int k = 0; k < 100; k++) {
      double step = OptimizationProblemsDerivatives.polynomialDerivative(x)
          / OptimizationProblemsDerivatives.polynomialSecondDerivative(x);
      x -= step;
      if (Math.abs(step) <= 1e-14 * Math.max(1, Math.abs(x))) {
        return x;
      }
    }
    return Double.NaN;
  }

  private static double[] signs(double[] values) {
    double[] s = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      s[i] = Math.signum(values[i]);
    }
    return s;
  }

  private static Path plot(ExampleContext context, double[] roots) throws IOException {
    double[] xs = Plots.grid(-5.5, 1.5, 281);
    double[] f = new double[xs.length];
    double[] df = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      f[i] = OptimizationProblems.polynomial(xs[i]);
      df[i] = OptimizationProblemsDerivatives.polynomialDerivative(xs[i]);
    }
    double[] fAtRoots = new double[roots.length];
    for (int i = 0; i < roots.length; i++) {
      fAtRoots[i] = OptimizationProblems.polynomial(roots[i]);
    }
    XYChart chart = Plots.chart("f(x) = x^4 + 7x^3 + 5x^2 - 17x + 3 and its derivative (Figure 2)", "x", "y",
        false);
    Plots.line(chart, "f(x)", xs, f);
    Plots.line(chart, "f'(x) (generated)", xs, df);
    Plots.line(chart, "y = 0", new double[] {xs[0], xs[xs.length - 1]}, new double[2]);
    Plots.highlight(chart, "critical points", roots, fAtRoots);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return Plots.save(chart, context.plotDirectory(), "critical-points");
  }
}
