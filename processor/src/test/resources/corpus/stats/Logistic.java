/*
 * Source: Hipparchus-Math/hipparchus, hipparchus-core/src/main/java/org/hipparchus/analysis/function/Logistic.java,
 * commit 0548496d411b28e81a323f36aa33aa34cabd85f3. Licence: Apache-2.0 (file header).
 * Computes: the generalised logistic a + (k - a) / (1 + q exp(b (m - x)))^(1/n) as the class's private static
 * kernel, called with mMinusX = m - x and oneOverN = 1 / n (FastMath.pow with a non-constant exponent).
 * Edits: package changed; "implements UnivariateDifferentiableFunction" dropped; only the private static value
 * method is copied (verbatim); the fields, constructor, Parametric inner class and the Derivative overload are
 * omitted.
 */
package corpus.stats;

import org.hipparchus.util.FastMath;

/**
 * <a href="http://en.wikipedia.org/wiki/Generalised_logistic_function">
 *  Generalised logistic</a> function.
 *
 */
public class Logistic {
    /**
     * @param mMinusX {@code m - x}.
     * @param k {@code k}.
     * @param b {@code b}.
     * @param q {@code q}.
     * @param a {@code a}.
     * @param oneOverN {@code 1 / n}.
     * @return the value of the function.
     */
    @dev.nabla.Differentiable
    private static double value(double mMinusX,
                                double k,
                                double b,
                                double q,
                                double a,
                                double oneOverN) {
        return a + (k - a) / FastMath.pow(1 + q * FastMath.exp(b * mMinusX), oneOverN);
    }
}
