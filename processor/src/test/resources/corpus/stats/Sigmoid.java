/*
 * Source: Hipparchus-Math/hipparchus, hipparchus-core/src/main/java/org/hipparchus/analysis/function/Sigmoid.java,
 * commit 17af42b20d2a461c0a4e20bf0da2cfa3bf37bf7c. Licence: Apache-2.0 (file header).
 * Computes: the sigmoid lo + (hi - lo) / (1 + exp(-x)) as the class's private static kernel.
 * Edits: package changed; "implements UnivariateDifferentiableFunction" dropped; only the private static value
 * method is copied (verbatim); the class Javadoc is not copied; the fields, constructors, Parametric inner class and the Derivative overload are
 * omitted.
 */
package corpus.stats;

import org.hipparchus.util.FastMath;

public class Sigmoid {
    /**
     * @param x Value at which to compute the sigmoid.
     * @param lo Lower asymptote.
     * @param hi Higher asymptote.
     * @return the value of the sigmoid function at {@code x}.
     */
    @dev.nabla.Differentiable
    private static double value(double x,
                                double lo,
                                double hi) {
        return lo + (hi - lo) / (1 + FastMath.exp(-x));
    }
}
