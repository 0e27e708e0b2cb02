package dev.nabla.sample;

import dev.nabla.Differentiable;
import dev.nabla.SpecialFunctions;

/**
 * A European option on a stock, priced by Black–Scholes through the runtime's normal CDF; an option is data, not a
 * point, so its price's derivatives are those with respect to the {@link Market}.
 */
public record EuropeanOption(Kind kind, double strike, double maturity) {

  /** Call or put. */
  public enum Kind { CALL, PUT }

  /** The Black–Scholes price of this option in {@code market}. */
  @Differentiable
  public double price(Market market) {
    double s = market.spot();
    double sigma = market.volatility();
    double r = market.rate();
    double rootT = Math.sqrt(maturity);
    double d1 = (Math.log(s / strike) + (r + 0.5 * sigma * sigma) * maturity) / (sigma * rootT);
    double d2 = d1 - sigma * rootT;
    double discount = strike * Math.exp(-r * maturity);
    return switch (kind()) {
      case CALL -> s * SpecialFunctions.normalCdf(d1) - discount * SpecialFunctions.normalCdf(d2);
      case PUT -> discount * SpecialFunctions.normalCdf(-d2) - s * SpecialFunctions.normalCdf(-d1);
    };
  }
}
