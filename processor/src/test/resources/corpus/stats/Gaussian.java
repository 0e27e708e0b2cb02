/*
 * Source: Hipparchus-Math/hipparchus, hipparchus-core/src/main/java/org/hipparchus/analysis/function/Gaussian.java,
 * commit 17af42b20d2a461c0a4e20bf0da2cfa3bf37bf7c. Licence: Apache-2.0 (file header).
 * Computes: the Gaussian norm * exp(-(x - mean)^2 * i2s2) as the class's private static kernel, which value(x)
 * and the Parametric inner class call with xMinusMean = x - mean and i2s2 = 1 / (2 s^2).
 * Edits: package changed; "implements UnivariateDifferentiableFunction" dropped; only the private static value
 * method is copied (verbatim); the class Javadoc is not copied; the fields, constructors, Parametric inner class and the Derivative overload are
 * omitted.
 */
package corpus.stats;

import org.hipparchus.util.FastMath;

public class Gaussian {
    /**
     * @param xMinusMean {@code x - mean}.
     * @param norm Normalization factor.
     * @param i2s2 Inverse of twice the square of the standard deviation.
     * @return the value of the Gaussian at {@code x}.
     */
    @dev.nabla.Differentiable
    private static double value(double xMinusMean,
                                double norm,
                                double i2s2) {
        return norm * FastMath.exp(-xMinusMean * xMinusMean * i2s2);
    }
}
