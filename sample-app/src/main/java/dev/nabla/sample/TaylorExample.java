package dev.nabla.sample;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** The degree-2 Taylor polynomial of 3x·sin x at x₀ = 1, built from the generated first and second derivatives. */
public final class TaylorExample implements Example {
  private static final double X0 = 1;
  private static final double H = 0.2;

  @Override
  public String name() {
    return "taylor";
  }

  @Override
  public String title() {
    return "Taylor polynomial of 3x·sin x at x0 = 1 from its derivatives";
  }

  @Override
  public String description() {
    return "T2(x) = f(x0) + f'(x0)(x - x0) + f''(x0)/2 (x - x0)², with f' and f'' from threeXSinXDerivative and "
        + "threeXSinXSecondDerivative; the coefficients are compared with the closed forms and T2(x0 + h) with "
        + "f(x0 + h) within Lagrange's remainder bound.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[] coefficients = coefficients(X0);
    double[] closedForm = {
      3 * X0 * Math.sin(X0),
      3 * Math.sin(X0) + 3 * X0 * Math.cos(X0),
      (6 * Math.cos(X0) - 3 * X0 * Math.sin(X0)) / 2
    };
    result.line("T2(x) = %.12f + %.12f (x - 1) + %.12f (x - 1)²", coefficients[0], coefficients[1], coefficients[2]);
    result.check(Check.of("coefficients f(1), f'(1), f''(1)/2  [closed forms]", coefficients, closedForm, 1e-12));
    // |f'''(x)| = |-9 sin x - 3x cos x| ≤ 9 + 3(x0 + h) on [x0, x0 + h]: Lagrange's bound on |f - T2|.
    double remainderBound = (9 + 3 * (X0 + H)) * H * H * H / 6;
    result.check(Check.of(String.format(Locale.ROOT, "T2(1.2) against f(1.2)  [|f''' | h³/6 ≤ %.4f]",
        remainderBound), evaluate(coefficients, X0 + H), LectureExamples.threeXSinX(X0 + H), remainderBound));
    result.plot(plot(context, coefficients));
    return result.build();
  }

  /** f(x0), f'(x0) and f''(x0)/2 from the generated code. */
  static double[] coefficients(double x0) {
    return new double[] {
      LectureExamples.threeXSinX(x0),
      LectureExamplesDerivatives.threeXSinXDerivative(x0),
      LectureExamplesDerivatives.threeXSinXSecondDerivative(x0) / 2
    };
  }

  private static double evaluate(double[] coefficients, double x) {
    double d = x - X0;
    return coefficients[0] + coefficients[1] * d + coefficients[2] * d * d;
  }

  private static Path plot(ExampleContext context, double[] coefficients) throws IOException {
    double[] xs = Plots.grid(-0.5, 2.5, 201);
    double[] f = new double[xs.length];
    double[] t1 = new double[xs.length];
    double[] t2 = new double[xs.length];
    for (int i = 0; i < xs.length; i++) {
      f[i] = LectureExamples.threeXSinX(xs[i]);
      t1[i] = coefficients[0] + coefficients[1] * (xs[i] - X0);
      t2[i] = evaluate(coefficients, xs[i]);
    }
    XYChart chart = Plots.chart("Taylor polynomials of f(x) = 3x sin x at x0 = 1", "x", "y", false);
    Plots.line(chart, "f(x) = 3x sin x", xs, f);
    Plots.line(chart, "T1 (tangent line)", xs, t1);
    Plots.line(chart, "T2 (degree 2)", xs, t2);
    Plots.highlight(chart, "x0 = 1", new double[] {X0}, new double[] {coefficients[0]});
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return Plots.save(chart, context.plotDirectory(), "taylor");
  }
}
