package corpusrules;

import dev.nabla.DerivativeOf;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;

/**
 * The derivative rules a user of the corpus's libraries writes once in their own project, for the library special
 * functions whose source nabla cannot read (Hipparchus's {@code Erf} and {@code Gamma}, and the distribution function
 * and density of its {@code NormalDistribution}, the receiver first); the corpus is compiled with them, its files
 * unchanged.
 */
public final class UserRules {
  private UserRules() {}

  /** d/dx erf(x) = 2/√π e^(−x²). */
  @DerivativeOf(type = Erf.class, method = "erf")
  static double erfPartial(double x) {
    return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
  }

  /** d/dx erfc(x) = −2/√π e^(−x²). */
  @DerivativeOf(type = Erf.class, method = "erfc")
  static double erfcPartial(double x) {
    return -2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
  }

  /** d/dx log Γ(x) = ψ(x). */
  @DerivativeOf(type = Gamma.class, method = "logGamma")
  static double logGammaPartial(double x) {
    return Gamma.digamma(x);
  }

  /** d/dx log Γ(1 + x) = ψ(1 + x). */
  @DerivativeOf(type = Gamma.class, method = "logGamma1p")
  static double logGamma1pPartial(double x) {
    return Gamma.digamma(1 + x);
  }

  /** d/dx Γ(x) = Γ(x) ψ(x). */
  @DerivativeOf(type = Gamma.class, method = "gamma")
  static double gammaPartial(double x) {
    return Gamma.gamma(x) * Gamma.digamma(x);
  }

  /** d/dx ψ(x) = ψ'(x), for second derivatives through log Γ. */
  @DerivativeOf(type = Gamma.class, method = "digamma")
  static double digammaPartial(double x) {
    return Gamma.trigamma(x);
  }

  /** d/dx P(X ≤ x) = the density at x. */
  @DerivativeOf(type = NormalDistribution.class, method = "cumulativeProbability")
  static double cumulativeProbabilityPartial(NormalDistribution d, double x) {
    return d.density(x);
  }

  /** d/dx φ(x; μ, σ) = −(x − μ)/σ² φ(x; μ, σ). */
  @DerivativeOf(type = NormalDistribution.class, method = "density")
  static double densityPartial(NormalDistribution d, double x) {
    double s = d.getStandardDeviation();
    return -(x - d.getMean()) / (s * s) * d.density(x);
  }
}
