package dev.nabla.optim;

/** A vector function c(x) of a point x with its Jacobian, such as the left-hand sides of {@link Constraint}s. */
public interface VectorFunction {

  /**
   * Returns c(x); when {@code jacobian} is not null, also fills it with the m×n Jacobian
   * {@code J[i][j] = ∂cᵢ/∂xⱼ}.
   */
  double[] value(double[] x, double[][] jacobian);
}
