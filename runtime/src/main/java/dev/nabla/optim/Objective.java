package dev.nabla.optim;

/**
 * A scalar function of a point {@code x} to minimize, with its gradient.
 *
 * <p>Generated {@code fObjective(...)} methods return implementations backed by generated derivative code.
 */
public interface Objective {

  /** Returns f(x). */
  double value(double[] x);

  /** Returns f(x) and writes ∇f(x) into {@code gradient}, which has the length of {@code x}. */
  double valueAndGradient(double[] x, double[] gradient);

  /**
   * Returns the n×n Hessian of f at {@code x}; objectives that cannot supply one throw
   * {@link UnsupportedOperationException}, and second-order methods then report it as a bad argument.
   */
  default double[][] hessian(double[] x) {
    throw new UnsupportedOperationException("this objective provides no Hessian");
  }

  /** Whether {@link #hessian(double[])} and {@link #hessianVector(double[], double[], double[])} are available. */
  default boolean hasHessian() {
    return false;
  }

  /**
   * Returns f(x) and writes the Hessian–vector product H(x)·v into {@code hv}, by default from {@link #hessian}.
   */
  default double hessianVector(double[] x, double[] v, double[] hv) {
    double[][] h = hessian(x);
    for (int i = 0; i < h.length; i++) {
      double s = 0;
      for (int j = 0; j < v.length; j++) {
        s += h[i][j] * v[j];
      }
      hv[i] = s;
    }
    return value(x);
  }
}
