package dev.nabla.sample;

import dev.nabla.optim.GradientDescent;
import dev.nabla.optim.LevenbergMarquardt;
import dev.nabla.optim.OptimizationResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/** Equation 2.3: linear regression min ‖Aθ − b‖² by Levenberg–Marquardt and gradient descent. */
public final class RegressionExample implements Example {
  private static final int SAMPLES = 100;
  private static final double[] TRUE_THETA = {1.5, 0.8};
  private static final double NOISE = 0.3;
  private static final long SEED = 7;

  @Override
  public String name() {
    return "regression";
  }

  @Override
  public String title() {
    return "Linear regression as least squares ||A theta - b||² (equation 2.3)";
  }

  @Override
  public String description() {
    return "100 seeded samples b = 1.5 + 0.8 t + N(0, 0.3²), A = [1, t]; LevenbergMarquardt on "
        + "residualsLeastSquares(A, b) and GradientDescent on sumOfSquaresObjective(A, b), against the "
        + "normal equations AᵀAθ = Aᵀb solved by Cholesky.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    Random random = new Random(SEED);
    double[][] a = new double[SAMPLES][];
    double[] b = new double[SAMPLES];
    double frobenius = 0;
    for (int i = 0; i < SAMPLES; i++) {
      double t = -2 + 6 * random.nextDouble();
      a[i] = new double[] {1, t};
      b[i] = TRUE_THETA[0] + TRUE_THETA[1] * t + NOISE * random.nextGaussian();
      frobenius += 1 + t * t;
    }
    double[] closedForm = NormalEquations.solve(a, b);
    OptimizationResult lm = LevenbergMarquardt.builder().build()
        .minimize(OptimizationProblemsDerivatives.residualsLeastSquares(a, b), new double[2]);
    // 1/L with L = 2‖A‖²_F, an upper bound on the largest eigenvalue of the Hessian 2AᵀA: a step that never diverges.
    OptimizationResult gd = GradientDescent.builder().learningRate(1 / (2 * frobenius)).gradientTolerance(1e-9)
        .maxIterations(1_000_000).build()
        .minimize(OptimizationProblemsDerivatives.sumOfSquaresObjective(a, b), new double[2]);
    result.line("normal equations:     theta = %s", Arrays.toString(closedForm));
    result.line("Levenberg-Marquardt:  theta = %s, ||A theta - b||² = %.10f, %d evaluations",
        Arrays.toString(lm.x()), lm.value(), lm.evaluations());
    result.line("gradient descent:     theta = %s, %d iterations (learning rate %.2e)", Arrays.toString(gd.x()),
        gd.iterations(), 1 / (2 * frobenius));
    result.line("generating theta:     %s", Arrays.toString(TRUE_THETA));
    result.check(Check.of("theta by Levenberg-Marquardt  [normal equations]", lm.x(), closedForm, 1e-9));
    result.check(Check.of("theta by gradient descent  [normal equations]", gd.x(), closedForm, 1e-6));
    result.check(Check.of("cost ||A theta - b||² by LM  [at the normal-equation solution]", lm.value(),
        OptimizationProblems.sumOfSquares(closedForm, a, b), 1e-9));
    result.plot(plot(context, a, b, lm.x()));
    return result.build();
  }

  private static Path plot(ExampleContext context, double[][] a, double[] b, double[] theta)
      throws IOException {
    double[] t = Arrays.stream(a).mapToDouble(row -> row[1]).toArray();
    XYChart chart = Plots.chart("Linear regression by Levenberg-Marquardt", "t", "b", false);
    Plots.points(chart, "samples", t, b);
    double[] ends = {-2, 4};
    Plots.line(chart, String.format(Locale.ROOT, "fit: b = %.3f + %.3f t", theta[0], theta[1]), ends,
        new double[] {theta[0] + theta[1] * ends[0], theta[0] + theta[1] * ends[1]});
    Plots.line(chart, "generating line: b = 1.5 + 0.8 t", ends,
        new double[] {TRUE_THETA[0] + TRUE_THETA[1] * ends[0], TRUE_THETA[0] + TRUE_THETA[1] * ends[1]});
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNW);
    return Plots.save(chart, context.plotDirectory(), "regression");
  }
}
