package dev.nabla.optim;

/**
 * Why a minimization or training run ended.
 *
 * <p>{@link #converged()} is true exactly for the statuses whose test is evidence that the result's point solves
 * the problem: {@link #GRADIENT_TOLERANCE}, {@link #VALUE_TOLERANCE} and {@link #TRUST_REGION_TOLERANCE}. Every
 * other status is not convergence: {@link #STEP_TOLERANCE} says only that the method stopped moving (see there),
 * {@link #COMPLETED} is a training run that did all its planned epochs (training has no convergence test),
 * {@code MAX_*} ran out of budget, the listener chose to stop, and {@link #NON_FINITE},
 * {@link #LINE_SEARCH_FAILED}, {@link #PRECISION_LIMIT} and {@link #INFEASIBLE} are failures.
 */
public enum Status {
  /** The gradient norm fell below {@code gradientTolerance}. */
  GRADIENT_TOLERANCE(true, "gradient norm below gradientTolerance"),
  /** The change of the objective value fell below {@code valueTolerance}. */
  VALUE_TOLERANCE(true, "change of the objective value below valueTolerance"),
  /**
   * The step of a line-search method (the first-order methods, {@code Lbfgs}, {@code Newton}) fell below
   * {@code stepTolerance}. Not convergence: a short step says the method stopped moving, not that the point is
   * stationary — Newton-CG on Wood's function from (−3, −1, −3, −1) takes steps of mean length 3e-6 next to a saddle
   * point, at f = 7.877 with ‖∇f‖∞ = 4.8e-4, and with {@code stepTolerance = 0} goes on to the minimum f = 0.
   * scipy's L-BFGS-B has no step test; scipy's Newton-CG counts its step test as success (its only one) and
   * MINPACK's LM counts its radius test as success, but that is {@link #TRUST_REGION_TOLERANCE}, a different test.
   */
  STEP_TOLERANCE(false, "step below stepTolerance; not evidence of a stationary point"),
  /**
   * Levenberg–Marquardt's trust-region radius Δ fell below {@code stepTolerance·‖D·x‖} (MINPACK's xtol test, its
   * info = 2, a success): Δ shrinks only when the model of the residuals fails, so near a solution it bounds the
   * relative error of x.
   */
  TRUST_REGION_TOLERANCE(true, "trust-region radius below stepTolerance times the scaled norm of x"),
  /** The trainer ran all of its epochs; not convergence, since training tests none. */
  COMPLETED(false, "all epochs completed"),
  /** {@code maxIterations} was reached before any tolerance was met. */
  MAX_ITERATIONS(false, "maxIterations reached"),
  /** {@code maxEvaluations} was reached before any tolerance was met. */
  MAX_EVALUATIONS(false, "maxEvaluations reached"),
  /** The listener asked to stop. */
  STOPPED_BY_LISTENER(false, "stopped by the listener"),
  /** The objective returned a NaN or infinite value or gradient; the result holds the last finite point. */
  NON_FINITE(false, "the objective returned a non-finite value or gradient"),
  /** The line search could not find a step that decreases the objective enough. */
  LINE_SEARCH_FAILED(false, "the line search found no acceptable step"),
  /**
   * The tolerances ask for more than rounding allows: no further reduction of the value or change of x is possible
   * at machine precision (MINPACK's info 6, 7 and 8, which scipy's leastsq reports as failures). The point may still
   * be a solution, as on zero-residual problems with a singular Jacobian; it is the best point reached.
   */
  PRECISION_LIMIT(false, "no further progress possible at machine precision"),
  /** No point within the constraint tolerance of the constraints was found; the result is the least violating. */
  INFEASIBLE(false, "no feasible point was found");

  private final boolean converged;
  private final String description;

  Status(boolean converged, String description) {
    this.converged = converged;
    this.description = description;
  }

  /** Whether a convergence test was met: true for GRADIENT_, VALUE_ and TRUST_REGION_TOLERANCE only. */
  public boolean converged() {
    return converged;
  }

  /** A short human-readable description. */
  public String description() {
    return description;
  }
}
