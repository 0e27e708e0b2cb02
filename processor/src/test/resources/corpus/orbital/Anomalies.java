/*
 * Source: langurmonkey/gaiasky, core/src/gaiasky/util/elements/Anomalies.java,
 * commit 0b31a01fccb95eb57799a415a208d05690656d8a. Licence: MPL-2.0 (file header).
 * Computes: eccentric anomaly from the true anomaly (throw on bad eccentricity, angle reduction helper calling
 * MathUtilsDouble.normalizeAngle in another class, public static final constant) and the eccentric anomaly from
 * the mean anomaly through a KeplerSolver object passed as a parameter (passive object, instance call).
 * Copied whole, verbatim (including the source's doubled javadoc opener); the import of
 * gaiasky.util.math.MathUtilsDouble becomes a same-package reference (see MathUtilsDouble.java).
 */
package corpus.orbital;

public class Anomalies {
    /** The Constant TWO_PI. */
    public static final double TWO_PI = 2 * Math.PI;

    /**
     * Reduce the given angle to the interval <i>[0 2pi[</i>.
     *
     * @param x Angle (units: <code>rad</code>).
     * @return the angle in the range of <i>0</i> through <i>2pi</i>.
     */
    public static double reduce(double x) {
        return MathUtilsDouble.normalizeAngle(x, Math.PI);
    }

    /**
     * Compute eccentric anomaly from eccentricity and true anomaly.
     *
     * @param v
     *            eccentric anomaly.
     * @param ecc
     *            eccentricity.
     *
     * @return the eccentric anomaly.
     *
     * @throws IllegalArgumentException
     *             if <code>ecc</code> is not in the interval <i>[0 1[</i>.
     */
    @dev.nabla.Differentiable
    public static double true2ecc(final double v, final double ecc) {
        if ((ecc < 0) || (ecc >= 1)) {
            throw new IllegalArgumentException(
                    "Eccentricity out of range (" + ecc + ")");
        }

        final double x = reduce(v);

        // Recovery of the reduction.
        final double dx = v - x;

        return true2eccConstrained(v, ecc) + dx;
    }

    /**
     * Compute eccentric anomaly from eccentricity and true anomaly which is
     * assumed to be between <i>0</i> and <i>2pi</i>.<br> Note that, in this
     * version, no consistency checks are performed on the input.
     *
     * @param v
     *            eccentric anomaly.
     * @param ecc
     *            eccentricity.
     *
     * @return the eccentric anomaly in the range of <i>0</i> through <i>2pi</i>.
     */
    public static double true2eccConstrained(final double v,
                                             final double ecc) {
        double eA = 2 * Math.atan(
                Math.sqrt((1 - ecc) / (1 + ecc)) * Math.tan(v / 2));

        if (eA < 0) {
            eA += TWO_PI;
        }

        return eA;
    }

    /**


     /**
     * Compute eccentric anomaly from eccentricity and mean anomaly (solving
     * Kepler Equation). It will use the values for error tolerance and number
     * of iterations currently set in the {@code kepler} object.
     *
     * @param kepler
     *            Solver.
     * @param mA
     *            Mean anomaly.
     * @param ecc
     *            eccentricity.
     *
     * @return the eccentric anomaly.
     *
     * @throws IllegalArgumentException
     *             if <code>ecc</code> is not in the interval <i>[0 1[</i>.
     */
    @dev.nabla.Differentiable
    public static double mean2ecc(final KeplerSolver kepler,
                                  final double mA,
                                  final double ecc) {
        return kepler.eccAnom(mA, ecc);
    }
}
