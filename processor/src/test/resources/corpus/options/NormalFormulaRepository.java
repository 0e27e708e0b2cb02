/*
 * Source: OpenGamma/Strata,
 * modules/pricer/src/main/java/com/opengamma/strata/pricer/impl/option/NormalFormulaRepository.java, commit
 * 39c46e342a4a95ac083d66287f038f6ae276692a. Licence: Apache-2.0 (LICENSE.txt; the file header says "see
 * distribution").
 * Computes: the normal (Bachelier) model's forward price, delta, gamma, theta and vega of a put or a call chosen by
 * the enum PutCall (putCall.isCall() sets a sign), with a branch for a vanishing sigma*sqrt(T), through a normal
 * distribution object held in a static final field of an interface type (ProbabilityDistribution<Double>, whose
 * getCDF and getPDF take a boxed Double).
 * Edits: package changed; the imports point at PutCall.java, NormalDistribution.java and
 * ProbabilityDistribution.java here; only the fields DISTRIBUTION and NEAR_ZERO, the constructor and the methods
 * price, delta, gamma, theta and vega are copied (verbatim, in their order); the members between them
 * (priceAdjoint, the implied volatilities), their imports, the unused constants and the separator comments are
 * omitted.
 */
package corpus.options;

/**
 * The primary location for normal model formulas.
 */
public final class NormalFormulaRepository {
  /**
   * The normal distribution implementation.
   */
  private static final ProbabilityDistribution<Double> DISTRIBUTION = new NormalDistribution(0, 1);

  /**
   * The comparison value used to determine near-zero.
   */
  private static final double NEAR_ZERO = 1e-16;

  private NormalFormulaRepository() {
  }

  /**
   * Computes the forward price.
   * <p>
   * Note that the 'numeraire' is a simple multiplier and is the responsibility of the caller.
   * 
   * @param forward  the forward value of the underlying
   * @param strike  the strike
   * @param timeToExpiry  the time to expiry
   * @param normalVol  the normal volatility
   * @param putCall  whether it is put or call
   * @return the forward price
   */
  @dev.nabla.Differentiable
  public static double price(double forward, double strike, double timeToExpiry, double normalVol, PutCall putCall) {
    double sigmaRootT = normalVol * Math.sqrt(timeToExpiry);
    int sign = putCall.isCall() ? 1 : -1;
    if (sigmaRootT < NEAR_ZERO) {
      double x = sign * (forward - strike);
      return (x > 0 ? x : 0d);
    }
    double arg = sign * (forward - strike) / sigmaRootT;
    double cdf = DISTRIBUTION.getCDF(arg);
    double pdf = DISTRIBUTION.getPDF(arg);
    return sign * (forward - strike) * cdf + sigmaRootT * pdf;
  }

  /**
   * Computes the delta.
   * <p>
   * Note that the 'numeraire' is a simple multiplier and is the responsibility of the caller.
   * 
   * @param forward  the forward value of the underlying
   * @param strike  the strike
   * @param timeToExpiry  the time to expiry
   * @param normalVol  the normal volatility
   * @param putCall  whether it is put or call
   * @return the delta
   */
  @dev.nabla.Differentiable
  public static double delta(double forward, double strike, double timeToExpiry, double normalVol, PutCall putCall) {
    int sign = putCall.isCall() ? 1 : -1;
    double sigmaRootT = normalVol * Math.sqrt(timeToExpiry);
    if (sigmaRootT < NEAR_ZERO) {
      double x = sign * (forward - strike);
      if (Math.abs(x) <= NEAR_ZERO) {
        // ambiguous if x and sigmaRootT are tiny, then reference number is returned
        return sign * 0.5;
      }
      return x > 0 ? sign : 0d;
    }
    double arg = sign * (forward - strike) / sigmaRootT;
    double cdf = DISTRIBUTION.getCDF(arg);
    return sign * cdf;
  }

  /**
   * Computes the gamma.
   * <p>
   * Note that the 'numeraire' is a simple multiplier and is the responsibility of the caller.
   * 
   * @param forward  the forward value of the underlying
   * @param strike  the strike
   * @param timeToExpiry  the time to expiry
   * @param normalVol  the normal volatility
   * @param putCall  whether it is put or call
   * @return the gamma
   */
  @dev.nabla.Differentiable
  public static double gamma(double forward, double strike, double timeToExpiry, double normalVol, PutCall putCall) {
    int sign = putCall.isCall() ? 1 : -1;
    double sigmaRootT = normalVol * Math.sqrt(timeToExpiry);
    if (sigmaRootT < NEAR_ZERO) {
      double x = sign * (forward - strike);
      // ambiguous (tend to be infinite) if x and sigmaRootT are tiny, then reference number is returned
      return Math.abs(x) > NEAR_ZERO ? 0d : 1d / Math.sqrt(2d * Math.PI) / sigmaRootT;
    }
    double arg = (forward - strike) / sigmaRootT;
    double pdf = DISTRIBUTION.getPDF(arg);
    return pdf / sigmaRootT;
  }

  /**
   * Computes the theta.
   * <p>
   * Note that the 'numeraire' is a simple multiplier and is the responsibility of the caller.
   * 
   * @param forward  the forward value of the underlying
   * @param strike  the strike
   * @param timeToExpiry  the time to expiry
   * @param normalVol  the normal volatility
   * @param putCall  whether it is put or call
   * @return the theta
   */
  @dev.nabla.Differentiable
  public static double theta(double forward, double strike, double timeToExpiry, double normalVol, PutCall putCall) {
    int sign = putCall.isCall() ? 1 : -1;
    double rootT = Math.sqrt(timeToExpiry);
    double sigmaRootT = normalVol * rootT;
    if (sigmaRootT < NEAR_ZERO) {
      double x = sign * (forward - strike);
      // ambiguous if x and sigmaRootT are tiny, then reference number is returned
      return Math.abs(x) > NEAR_ZERO ? 0d : -0.5 * normalVol / rootT / Math.sqrt(2d * Math.PI);
    }
    double arg = (forward - strike) / sigmaRootT;
    double pdf = DISTRIBUTION.getPDF(arg);
    return -0.5 * pdf * normalVol / rootT;
  }

  /**
   * Computes the vega.
   * <p>
   * Note that the 'numeraire' is a simple multiplier and is the responsibility of the caller.
   * 
   * @param forward  the forward value of the underlying
   * @param strike  the strike
   * @param timeToExpiry  the time to expiry
   * @param normalVol  the normal volatility
   * @param putCall  whether it is put or call
   * @return the vega
   */
  @dev.nabla.Differentiable
  public static double vega(double forward, double strike, double timeToExpiry, double normalVol, PutCall putCall) {
    int sign = putCall.isCall() ? 1 : -1;
    double rootT = Math.sqrt(timeToExpiry);
    double sigmaRootT = normalVol * rootT;
    if (sigmaRootT < NEAR_ZERO) {
      double x = sign * (forward - strike);
      // ambiguous if x and sigmaRootT are tiny, then reference number is returned
      return Math.abs(x) > NEAR_ZERO ? 0d : rootT / Math.sqrt(2d * Math.PI);
    }
    double arg = (forward - strike) / sigmaRootT;
    double pdf = DISTRIBUTION.getPDF(arg);
    return pdf * rootT;
  }
}
