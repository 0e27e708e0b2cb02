/*
 * Source: OpenGamma/Strata,
 * modules/math/src/main/java/com/opengamma/strata/math/impl/statistics/distribution/NormalDistribution.java, commit
 * 39c46e342a4a95ac083d66287f038f6ae276692a. Licence: Apache-2.0 (LICENSE.txt).
 * Computes: nothing that is a target; the library object NormalFormulaRepository calls: the normal distribution
 * function and density of a boxed Double.
 * Edits: package changed; reduced to what NormalFormulaRepository uses. Kept verbatim: the class declaration,
 * ROOT2, the fields _mean and _standardDeviation, getMean, getStandardDeviation. Changed: the constructor
 * keeps only the checks and assignments of the mean and standard deviation (Strata's random engine and its copy of
 * Colt's Normal are omitted); getCDF's DERFC.getErfc (Strata's SLATEC complementary error function) is written
 * org.hipparchus.special.Erf.erfc, the same function; getPDF returns Colt's Normal.pdf formula (SQRT_INV *
 * exp(-diff^2 / (2 variance))) written out with the fields; ArgChecker.notNull/isTrue are written as the throws
 * they perform; nextRandom and getInverseCDF throw UnsupportedOperationException; hashCode and equals are omitted.
 */
package corpus.options;

/**
 * The normal distribution is a continuous probability distribution with probability density function
 * $$
 * \begin{align*}
 * f(x) = \frac{1}{\sqrt{2\pi}\sigma} e^{-\frac{(x - \mu)^2}{2\sigma^2}}
 * \end{align*}
 * $$
 * where $\mu$ is the mean and $\sigma$ the standard deviation of
 * the distribution.
 */
public class NormalDistribution implements ProbabilityDistribution<Double> {

  private static final double ROOT2 = Math.sqrt(2);

  // TODO need a better seed
  private final double _mean;
  private final double _standardDeviation;

  /**
   * @param mean The mean of the distribution
   * @param standardDeviation The standard deviation of the distribution, not negative or zero
   */
  public NormalDistribution(double mean, double standardDeviation) {
    if (!(standardDeviation > 0)) {
      throw new IllegalArgumentException("standard deviation");
    }
    _mean = mean;
    _standardDeviation = standardDeviation;
  }

  /**
   * {@inheritDoc}
   */
  @Override
  public double getCDF(Double x) {
    if (x == null) {
      throw new IllegalArgumentException("Argument 'x' must not be null");
    }
    return org.hipparchus.special.Erf.erfc(-x / ROOT2) / 2;
  }

  /**
   * {@inheritDoc}
   */
  @Override
  public double getPDF(Double x) {
    if (x == null) {
      throw new IllegalArgumentException("Argument 'x' must not be null");
    }
    double diff = x - _mean;
    return 1 / Math.sqrt(2 * Math.PI * _standardDeviation * _standardDeviation)
        * Math.exp(-(diff * diff) / (2.0 * _standardDeviation * _standardDeviation));
  }

  /**
   * {@inheritDoc}
   */
  @Override
  public double nextRandom() {
    throw new UnsupportedOperationException();
  }

  /**
   * {@inheritDoc}
   */
  @Override
  public double getInverseCDF(Double p) {
    throw new UnsupportedOperationException();
  }

  /**
   * @return The mean
   */
  public double getMean() {
    return _mean;
  }

  /**
   * @return The standard deviation
   */
  public double getStandardDeviation() {
    return _standardDeviation;
  }
}
