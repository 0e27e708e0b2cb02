/*
 * Source: langurmonkey/gaiasky, core/src/gaiasky/util/math/MathUtilsDouble.java,
 * commit 002388f31e38b89d4bd913acd84f4f33e8621e95. Licence: MPL-2.0 (file header).
 * Support file (no target): only PI, PI2 and normalizeAngle are copied (verbatim), as used by Anomalies.reduce.
 * Edit: the source imports net.jafama.FastMath (floor, PI); Hipparchus FastMath has the same API, so the import
 * is org.hipparchus.util.FastMath here.
 */
package corpus.orbital;

import org.hipparchus.util.FastMath;

public final class MathUtilsDouble {

    public static final double PI = 3.14159265358979323846;
    static public final double PI2 = PI * 2;

    /**
     * Normalize an angle in a 2&pi; wide interval around a center value.
     * <p>This method has three main uses:</p>
     * <ul>
     *   <li>normalize an angle between 0 and 2&pi;:<br/>
     *       {@code a = MathUtils.normalizeAngle(a, FastMath.PI);}</li>
     *   <li>normalize an angle between -&pi; and +&pi;<br/>
     *       {@code a = MathUtils.normalizeAngle(a, 0.0);}</li>
     *   <li>compute the angle between two defining angular positions:<br>
     *       {@code angle = MathUtils.normalizeAngle(end, start) - start;}</li>
     * </ul>
     * <p>Note that due to numerical accuracy and since &pi; cannot be represented
     * exactly, the result interval is <em>closed</em>, it cannot be half-closed
     * as would be more satisfactory in a purely mathematical view.</p>
     *
     * @param a      angle to normalize
     * @param center center of the desired 2&pi; interval for the result
     *
     * @return a-2k&pi; with integer k and center-&pi; &lt;= a-2k&pi; &lt;= center+&pi;
     *
     * @since 1.2
     */
    public static double normalizeAngle(double a,
                                        double center) {
        return a - PI2 * FastMath.floor((a + FastMath.PI - center) / PI2);
    }
}
