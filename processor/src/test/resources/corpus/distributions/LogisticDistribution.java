/*
 * Source: Hipparchus-Math/hipparchus,
 * hipparchus-core/src/main/java/org/hipparchus/distribution/continuous/LogisticDistribution.java, commit
 * 1b58ec9097ab61346025a0701bfd86291df45751. Licence: Apache-2.0 (file header).
 * Computes: the logistic density and distribution function, instance methods reading the location and scale fields.
 * Edits: package changed; the licence header is replaced by this comment; the import of AbstractRealDistribution is
 * added (the original is in its package). Otherwise the whole class is verbatim; it still extends Hipparchus's
 * AbstractRealDistribution (hipparchus-core is a test dependency).
 */
/*
 * This is not the original file distributed by the Apache Software Foundation
 * It has been modified by the Hipparchus project
 */
package corpus.distributions;

import org.hipparchus.distribution.continuous.AbstractRealDistribution;
import org.hipparchus.exception.LocalizedCoreFormats;
import org.hipparchus.exception.MathIllegalArgumentException;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.MathUtils;

/**
 * This class implements the Logistic distribution.
 *
 * @see <a href="http://en.wikipedia.org/wiki/Logistic_distribution">Logistic Distribution (Wikipedia)</a>
 * @see <a href="http://mathworld.wolfram.com/LogisticDistribution.html">Logistic Distribution (Mathworld)</a>
 */
public class LogisticDistribution extends AbstractRealDistribution {

    /** Serializable version identifier. */
    private static final long serialVersionUID = 20141003L;

    /** The location parameter. */
    private final double mu;
    /** The scale parameter. */
    private final double s;

    /**
     * Build a new instance.
     *
     * @param mu location parameter
     * @param s scale parameter (must be positive)
     * @throws MathIllegalArgumentException if {@code beta <= 0}
     */
    public LogisticDistribution(double mu, double s)
        throws MathIllegalArgumentException {
        if (s <= 0.0) {
            throw new MathIllegalArgumentException(LocalizedCoreFormats.NOT_POSITIVE_SCALE,
                                                   s);
        }

        this.mu = mu;
        this.s = s;
    }

    /**
     * Access the location parameter, {@code mu}.
     *
     * @return the location parameter.
     */
    public double getLocation() {
        return mu;
    }

    /**
     * Access the scale parameter, {@code s}.
     *
     * @return the scale parameter.
     */
    public double getScale() {
        return s;
    }

    /** {@inheritDoc} */
    @Override
    @dev.nabla.Differentiable
    public double density(double x) {
        double z = (x - mu) / s;
        double v = FastMath.exp(-z);
        return 1 / s * v / ((1.0 + v) * (1.0 + v));
    }

    /** {@inheritDoc} */
    @Override
    @dev.nabla.Differentiable
    public double cumulativeProbability(double x) {
        double z = 1 / s * (x - mu);
        return 1.0 / (1.0 + FastMath.exp(-z));
    }

    /** {@inheritDoc} */
    @Override
    public double inverseCumulativeProbability(double p) throws MathIllegalArgumentException {
        MathUtils.checkRangeInclusive(p, 0, 1);

        if (p == 0) {
            return 0.0;
        } else if (p == 1) {
            return Double.POSITIVE_INFINITY;
        }
        return s * Math.log(p / (1.0 - p)) + mu;
    }

    /** {@inheritDoc} */
    @Override
    public double getNumericalMean() {
        return mu;
    }

    /** {@inheritDoc} */
    @Override
    public double getNumericalVariance() {
        return (MathUtils.PI_SQUARED / 3.0) * (1.0 / (s * s));
    }

    /** {@inheritDoc} */
    @Override
    public double getSupportLowerBound() {
        return Double.NEGATIVE_INFINITY;
    }

    /** {@inheritDoc} */
    @Override
    public double getSupportUpperBound() {
        return Double.POSITIVE_INFINITY;
    }

    /** {@inheritDoc} */
    @Override
    public boolean isSupportConnected() {
        return true;
    }

}
