/*
 * Source: OpenGamma/Strata,
 * modules/math/src/main/java/com/opengamma/strata/math/impl/statistics/distribution/ProbabilityDistribution.java,
 * commit 39c46e342a4a95ac083d66287f038f6ae276692a. Licence: Apache-2.0 (LICENSE.txt).
 * Computes: nothing; the generic interface type of NormalFormulaRepository's distribution field.
 * Edits: package changed; the licence header is replaced by this comment. Otherwise verbatim.
 */
package corpus.options;

/**
 * Interface for probability distributions.
 * @param <T> Type of the parameters of the distribution
 */
// CSOFF: ALL
public interface ProbabilityDistribution<T> {

  /**
   * @return The next random number from this distribution
   */
  public abstract double nextRandom();

  /**
   * Return the probability density function for a value 
   * @param x The value, not null 
   * @return The pdf
   */
  public abstract double getPDF(T x);

  /**
   * Returns the cumulative distribution function for a value
   * @param x The value, not null
   * @return The cdf
   */
  public abstract double getCDF(T x);

  /**
   * Given a probability, return the value that returns this cdf
   * @param p The probability, not null. $0 \geq p \geq 1$
   * @return The inverse cdf
   */
  public abstract double getInverseCDF(T p);

}
