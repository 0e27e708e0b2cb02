package dev.nabla.optim;

/** Residuals r(x) whose sum of squares Σ rᵢ² is minimized, with their Jacobian. */
public interface LeastSquaresProblem {

  /**
   * Returns the residuals r(x); when {@code jacobian} is not null, also fills it with the m×n Jacobian
   * {@code J[i][j] = ∂rᵢ/∂xⱼ}.
   */
  double[] residuals(double[] x, double[][] jacobian);
}
