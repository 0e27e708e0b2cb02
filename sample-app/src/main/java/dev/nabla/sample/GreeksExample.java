package dev.nabla.sample;

import dev.nabla.SpecialFunctions;
import java.io.IOException;
import java.nio.file.Path;
import org.knowm.xchart.XYChart;

/**
 * Black–Scholes Greeks of a call and a put: the gradient and Hessian that nabla generates for
 * {@link EuropeanOption#price}, an instance method of an option record whose point is a {@link Market} record,
 * against the closed forms.
 */
public final class GreeksExample implements Example {
  private static final Market MARKET = new Market(100, 0.25, 0.03);
  private static final double STRIKE = 105;
  private static final double MATURITY = 0.75;

  @Override
  public String name() {
    return "greeks";
  }

  @Override
  public String title() {
    return "Black–Scholes Greeks of an option record, through the runtime's normal CDF";
  }

  @Override
  public String description() {
    return "priceGradient(option, market) gives delta, vega and rho, priceHessian(option, market) gamma, vanna and "
        + "volga, for the market's (spot, volatility, rate); both compared with the closed forms, for a call and "
        + "a put.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    for (EuropeanOption.Kind kind : EuropeanOption.Kind.values()) {
      EuropeanOption option = new EuropeanOption(kind, STRIKE, MATURITY);
      double[] gradient = new double[3];
      double price = EuropeanOptionDerivatives.priceGradient(option, MARKET, gradient);
      double[][] hessian = EuropeanOptionDerivatives.priceHessian(option, MARKET);
      result.line("%s: price %.6f, delta %.6f, vega %.6f, rho %.6f, gamma %.6f, vanna %.6f, volga %.6f", kind, price,
          gradient[0], gradient[1], gradient[2], hessian[0][0], hessian[0][1], hessian[1][1]);
      String name = kind.name().toLowerCase(java.util.Locale.ROOT);
      result.check(Check.of(name + " delta, vega, rho  [closed forms]", gradient, firstOrder(kind), 1e-10));
      result.check(Check.of(name + " gamma, vanna, volga  [closed forms]",
          new double[] {hessian[0][0], hessian[0][1], hessian[1][1]}, secondOrder(), 1e-10));
    }
    result.plot(plot(context));
    return result.build();
  }

  /** Delta, vega and rho of the Black–Scholes formula. */
  static double[] firstOrder(EuropeanOption.Kind kind) {
    double d1 = d1();
    double d2 = d1 - MARKET.volatility() * Math.sqrt(MATURITY);
    double discounted = STRIKE * MATURITY * Math.exp(-MARKET.rate() * MATURITY);
    double vega = MARKET.spot() * SpecialFunctions.normalPdf(d1) * Math.sqrt(MATURITY);
    return kind == EuropeanOption.Kind.CALL
        ? new double[] {SpecialFunctions.normalCdf(d1), vega, discounted * SpecialFunctions.normalCdf(d2)}
        : new double[] {SpecialFunctions.normalCdf(d1) - 1, vega, -discounted * SpecialFunctions.normalCdf(-d2)};
  }

  /** Gamma, vanna and volga, the same for a call and a put. */
  static double[] secondOrder() {
    double sigma = MARKET.volatility();
    double rootT = Math.sqrt(MATURITY);
    double d1 = d1();
    double d2 = d1 - sigma * rootT;
    double density = SpecialFunctions.normalPdf(d1);
    return new double[] {
      density / (MARKET.spot() * sigma * rootT),
      -density * d2 / sigma,
      MARKET.spot() * density * rootT * d1 * d2 / sigma
    };
  }

  private static double d1() {
    double sigma = MARKET.volatility();
    return (Math.log(MARKET.spot() / STRIKE) + (MARKET.rate() + sigma * sigma / 2) * MATURITY)
        / (sigma * Math.sqrt(MATURITY));
  }

  private static Path plot(ExampleContext context) throws IOException {
    double[] spots = Plots.grid(60, 150, 181);
    double[] delta = new double[spots.length];
    double[] gammaScaled = new double[spots.length];
    EuropeanOption call = new EuropeanOption(EuropeanOption.Kind.CALL, STRIKE, MATURITY);
    for (int i = 0; i < spots.length; i++) {
      Market m = new Market(spots[i], MARKET.volatility(), MARKET.rate());
      delta[i] = EuropeanOptionDerivatives.priceGradient(call, m)[0];
      gammaScaled[i] = EuropeanOptionDerivatives.priceHessian(call, m)[0][0] * 10;
    }
    XYChart chart = Plots.chart("Delta and gamma of a call (K = 105, T = 0.75, σ = 0.25)", "spot", "", false);
    Plots.line(chart, "delta", spots, delta);
    Plots.line(chart, "gamma × 10", spots, gammaScaled);
    return Plots.save(chart, context.plotDirectory(), "greeks");
  }
}
