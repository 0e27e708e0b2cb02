package dev.nabla.bench;

import dev.nabla.Differentiable;

/**
 * The Lanczos sum of Commons Math's and Hipparchus's {@code Gamma}, summed over a vector: once reading its coefficients
 * from a {@code private static final} table, as those libraries declare it, and once from a package-private copy, to
 * measure what reading a private table through the generated class's {@code VarHandle} costs.
 */
public final class Lanczos {
  /** The Lanczos coefficients for g = 607/128, as {@code org.apache.commons.math3.special.Gamma} declares them. */
  private static final double[] LANCZOS = {
      0.99999999999999709182,
      57.156235665862923517,
      -59.597960355475491248,
      14.136097974741747174,
      -0.49191381609762019978,
      .33994649984811888699e-4,
      .46523628927048575665e-4,
      -.98374475304879564677e-4,
      .15808870322491248884e-3,
      -.21026444172410488319e-3,
      .21743961811521264320e-3,
      -.16431810653676389022e-3,
      .84418223983852743293e-4,
      -.26190838401581408670e-4,
      .36899182659531622704e-5,
  };

  /** The same coefficients, package-private: the generated class reads them directly. */
  static final double[] SHARED_LANCZOS = LANCZOS.clone();

  private Lanczos() {}

  /** Σⱼ lanczos(xⱼ) with the coefficients of the private table. */
  @Differentiable
  public static double privateTable(double[] x) {
    return lanczosSum(x, LANCZOS);
  }

  /** {@link #privateTable} with the package-private copy of the coefficients. */
  @Differentiable
  public static double packagePrivateTable(double[] x) {
    return lanczosSum(x, SHARED_LANCZOS);
  }

  /** Σⱼ lanczos(xⱼ), where lanczos(x) = c₀ + Σᵢ cᵢ / (x + i) as {@code Gamma.lanczos} computes it; inlined by nabla. */
  static double lanczosSum(double[] x, double[] c) {
    double total = 0;
    for (int j = 0; j < x.length; j++) {
      double sum = 0;
      for (int i = c.length - 1; i > 0; --i) {
        sum += c[i] / (x[j] + i);
      }
      total += sum + c[0];
    }
    return total;
  }
}
