/*
 * Source: apache/commons-numbers, commons-numbers-gamma/src/main/java/org/apache/commons/numbers/gamma/Digamma.java,
 * commit 0c9f1cde2f639d537306e8cbe6d8dd54d0374720. Licence: Apache-2.0 (file header).
 * Computes: the digamma function psi(x) (Bernardo AS 103): NaN/infinity pass-through with Double.isNaN and
 * Double.isInfinite, reflection for x < 0, a small-x early return, a while loop shifting x up to 49 (reassigned
 * parameter), and the asymptotic series with private static final constants.
 * Edit: package changed; otherwise the whole file is copied verbatim.
 */
package corpus.special;

/**
 * <a href="http://en.wikipedia.org/wiki/Digamma_function">Digamma function</a>.
 *
 * It is defined as the logarithmic derivative of the \( \Gamma \) function:
 * \( \frac{d}{dx}(\ln \Gamma(x)) = \frac{\Gamma^\prime(x)}{\Gamma(x)} \).
 */
public class Digamma {
    /** <a href="http://en.wikipedia.org/wiki/Euler-Mascheroni_constant">Euler-Mascheroni constant</a>. */
    private static final double GAMMA = 0.577215664901532860606512090082;
    /** C limit. */
    private static final double C_LIMIT = 49;
    /** S limit. */
    private static final double S_LIMIT = 1e-5;
    /** Fraction. */
    private static final double F_1_12 = 1d / 12;
    /** Fraction. */
    private static final double F_1_120 = 1d / 120;
    /** Fraction. */
    private static final double F_1_252 = 1d / 252;

    /** Class only contains a static method. */
    private Digamma() {}

    /**
     * Computes the digamma function.
     *
     * This is an independently written implementation of the algorithm described in
     * <a href="http://www.uv.es/~bernardo/1976AppStatist.pdf">Jose Bernardo,
     * Algorithm AS 103: Psi (Digamma) Function, Applied Statistics, 1976</a>.
     * A <a href="https://en.wikipedia.org/wiki/Digamma_function#Reflection_formula">
     * reflection formula</a> is incorporated to improve performance on negative values.
     *
     * Some of the constants have been changed to increase accuracy at the moderate
     * expense of run-time.  The result should be accurate to within \( 10^{-8} \)
     * relative tolerance for \( 0 < x < 10^{-5} \) and within \( 10^{-8} \) absolute
     * tolerance otherwise.
     *
     * @param x Argument.
     * @return digamma(x) to within \( 10^{-8} \) relative or absolute error whichever is larger.
     */
    @dev.nabla.Differentiable
    public static double value(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }

        double digamma = 0;
        if (x < 0) {
            // Use reflection formula to fall back into positive values.
            digamma -= Math.PI / Math.tan(Math.PI * x);
            x = 1 - x;
        }

        if (x > 0 && x <= S_LIMIT) {
            // Use method 5 from Bernardo AS103, accurate to O(x).
            return digamma - GAMMA - 1 / x;
        }

        while (x < C_LIMIT) {
            digamma -= 1 / x;
            x += 1;
        }

        // Use method 4, accurate to O(1/x^8)
        final double inv = 1 / (x * x);
        //            1       1        1         1
        // log(x) -  --- - ------ + ------- - -------
        //           2 x   12 x^2   120 x^4   252 x^6
        digamma += Math.log(x) - 0.5 / x - inv * (F_1_12 + inv * (F_1_120 - F_1_252 * inv));

        return digamma;
    }
}
