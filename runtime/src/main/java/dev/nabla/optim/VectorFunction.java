package dev.nabla.optim;

/**
 * A vector function c(x) of a point x with its Jacobian, such as the left-hand sides of {@link Constraint}s.
 *
 * <p>Generated {@code fVectorFunction(...)} adapters of methods annotated {@code @Differentiable(order = 2)} also
 * supply {@link #hessian(double[], double[])}, the second derivatives a Lagrangian needs.
 */
public interface VectorFunction {

  /**
   * Returns c(x); when {@code jacobian} is not null, also fills it with the m×n Jacobian
   * {@code J[i][j] = ∂cᵢ/∂xⱼ}.
   */
  double[] value(double[] x, double[][] jacobian);

  /**
   * Returns the n×n Hessian of weightsᵀc at {@code x}, Σ weightsᵢ∇²cᵢ(x), for m weights; functions that cannot supply
   * it throw {@link UnsupportedOperationException}.
   */
  default double[][] hessian(double[] x, double[] weights) {
    throw new UnsupportedOperationException("this vector function provides no Hessian");
  }

  /** Whether {@link #hessian(double[], double[])} is available. */
  default boolean hasHessian() {
    return false;
  }
}
