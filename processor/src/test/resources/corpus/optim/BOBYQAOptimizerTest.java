/*
 * Source: Hipparchus-Math/hipparchus,
 * hipparchus-optim/src/test/java/org/hipparchus/optim/nonlinear/scalar/noderiv/BOBYQAOptimizerTest.java,
 * commit 1ac5a005aa1081bd64d1d905834746d990dcaadf. Licence: Apache-2.0 (file header).
 * Computes: the n-dimensional Rosenbrock test function used to test the BOBYQA optimizer: a loop over a double[]
 * in an instance method (the value of a MultivariateFunction) of a private static nested class without fields.
 * Edits: package changed; only the nested class Rosen is copied (verbatim); the tests, the other test functions
 * and the imports they need are omitted.
 */
package corpus.optim;

import org.hipparchus.analysis.MultivariateFunction;

public class BOBYQAOptimizerTest {
    private static class Rosen implements MultivariateFunction {

        @dev.nabla.Differentiable
        public double value(double[] x) {
            double f = 0;
            for (int i = 0; i < x.length - 1; ++i)
                f += 1e2 * (x[i] * x[i] - x[i + 1]) * (x[i] * x[i] - x[i + 1])
                + (x[i] - 1.) * (x[i] - 1.);
            return f;
        }
    }
}
