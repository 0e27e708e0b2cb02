package dev.nabla.sample;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Constraint;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import java.io.IOException;
import java.util.Arrays;
import org.knowm.xchart.XYChart;

/**
 * Equation 2.1's first application: holdings of n stocks under a capital limit, here the mean–variance portfolio of
 * least variance for each target return, without short selling, by {@link Sqp}.
 */
public final class PortfolioExample implements Example {
  static final double[] EXPECTED_RETURNS = {0.05, 0.07, 0.09, 0.11, 0.13, 0.16};
  private static final double[] VOLATILITIES = {0.08, 0.12, 0.15, 0.20, 0.25, 0.32};
  private static final int TARGETS = 11;
  /**
   * The least variances for the targets 0.06, 0.07, …, 0.16 by scipy 1.10's SLSQP ({@code ftol = 1e-12}, from
   * w = 1/n), printed by {@code /usr/bin/python3 sample-app/references/constrained.py}.
   */
  static final double[] SCIPY_VARIANCES = {0.004641523967678295, 0.00631762984495068, 0.008255414808488303,
      0.010736031989096452, 0.013933679088317892, 0.01801817346198899, 0.023561716727228926, 0.031174221556993686,
      0.041952730968811885, 0.05956666666666672, 0.10239999999999992};
  /** scipy's objective evaluations for those targets, 192 in all. */
  static final int[] SCIPY_EVALUATIONS = {30, 27, 27, 22, 21, 21, 19, 12, 7, 4, 2};
  /** scipy's holdings at the target 0.10, the only one that holds all six assets and uses all the capital. */
  static final double[] SCIPY_HOLDINGS_AT_10 = {0.04964760361896577, 0.2576384081721857, 0.29595775174161526,
      0.11684817648543236, 0.15972851400774465, 0.12017954597405608};

  @Override
  public String name() {
    return "portfolio";
  }

  @Override
  public String title() {
    return "Mean-variance portfolio under a capital limit, no short selling (equation 2.1)";
  }

  @Override
  public String description() {
    return "min wᵀΣw subject to Σw ≤ 1, μᵀw ≥ r and w ≥ 0 by Sqp on varianceObjective(Σ) with the two constraints "
        + "of capitalAndReturnVectorFunction(μ), for r = 0.06 … 0.16: the efficient frontier, against scipy 1.10's "
        + "SLSQP from the same start.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[][] covariance = covariance();
    double[] variances = new double[TARGETS];
    double[] risks = new double[TARGETS];
    double[] targets = new double[TARGETS];
    OptimizationResult at10 = null;
    int evaluations = 0;
    for (int k = 0; k < TARGETS; k++) {
      targets[k] = 0.06 + 0.01 * k;
      OptimizationResult r = solve(covariance, targets[k]);
      variances[k] = r.value();
      evaluations += r.evaluations();
      risks[k] = Math.sqrt(r.value());
      result.line("r = %.2f: risk %.4f, capital used %.4f, %d evaluations, %s", targets[k], risks[k],
          Arrays.stream(r.x()).sum(), r.evaluations(), r.status());
      if (k == 4) {
        at10 = r;
      }
    }
    result.check(Check.of("least variances, r = 0.06 … 0.16  [scipy 1.10 SLSQP]", variances, SCIPY_VARIANCES,
        1e-9));
    result.check(Check.of("objective evaluations, all targets  [scipy 1.10 SLSQP: 192]", evaluations,
        Arrays.stream(SCIPY_EVALUATIONS).sum(), 0));
    result.check(Check.of("holdings at r = 0.10  [scipy 1.10 SLSQP]", at10.x(), SCIPY_HOLDINGS_AT_10, 1e-6));
    // The return constraint's multiplier is the frontier's slope d(variance)/dr: compare with a central difference.
    double h = 1e-4;
    double slope = (solve(covariance, 0.10 + h).value() - solve(covariance, 0.10 - h).value()) / (2 * h);
    double multiplier = at10.multipliers()[1];
    result.line("return constraint's multiplier at r = 0.10: %.8f; frontier slope by central difference: %.8f",
        multiplier, slope);
    result.check(Check.of("multiplier = d(least variance)/dr at r = 0.10  [central difference, h = 1e-4]",
        multiplier, slope, 1e-6));
    XYChart chart = Plots.chart("Efficient frontier: least risk for each expected return (no short selling)",
        "risk (standard deviation of the return)", "expected return", false);
    Plots.line(chart, "nabla Sqp", risks, targets);
    Plots.points(chart, "single assets", VOLATILITIES, EXPECTED_RETURNS);
    result.plot(Plots.save(chart, context.plotDirectory(), "portfolio"));
    return result.build();
  }

  /** The portfolio of least variance whose expected return is at least {@code target}. */
  private static OptimizationResult solve(double[][] covariance, double target) {
    int n = EXPECTED_RETURNS.length;
    double[] start = new double[n];
    Arrays.fill(start, 1.0 / n);
    double[] noShortSelling = new double[n];
    double[] unlimited = new double[n];
    Arrays.fill(unlimited, Double.POSITIVE_INFINITY);
    return Sqp.builder()
        .constraint(Constraint.between(ConstrainedProblemsDerivatives.capitalAndReturnVectorFunction(EXPECTED_RETURNS),
            new double[] {Double.NEGATIVE_INFINITY, target}, new double[] {1, Double.POSITIVE_INFINITY}))
        .bounds(Bounds.of(noShortSelling, unlimited))
        .gradientTolerance(1e-12).valueTolerance(1e-12).stepTolerance(1e-12)
        .build()
        .minimize(ConstrainedProblemsDerivatives.varianceObjective(covariance), start);
  }

  /** Σᵢⱼ = ρᵢⱼσᵢσⱼ with correlations 0.2, 0.3 or 0.4 between different assets. */
  static double[][] covariance() {
    int n = VOLATILITIES.length;
    double[][] covariance = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double correlation = i == j ? 1 : 0.2 + 0.1 * ((i + j) % 3);
        covariance[i][j] = correlation * VOLATILITIES[i] * VOLATILITIES[j];
      }
    }
    return covariance;
  }
}
