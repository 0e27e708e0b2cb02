package dev.nabla.optim;

/**
 * Why a minimization or training run ended.
 *
 * <p>{@link #converged()} is true exactly for the three tolerance statuses, where a convergence test was met at the
 * result's point. Every other status is not convergence: {@link #COMPLETED} is a training run that did all its
 * planned epochs (training has no convergence test), {@code MAX_*} ran out of budget, the listener chose to stop,
 * and {@link #NON_FINITE}, {@link #LINE_SEARCH_FAILED} and {@link #INFEASIBLE} are failures.
 */
public enum Status {
  /** The gradient norm fell below {@code gradientTolerance}. */
  GRADIENT_TOLERANCE(true, "gradient norm below gradientTolerance"),
  /** The change of the objective value fell below {@code valueTolerance}. */
  VALUE_TOLERANCE(true, "change of the objective value below valueTolerance"),
  /** The step fell below {@code stepTolerance}. */
  STEP_TOLERANCE(true, "step below stepTolerance"),
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
  /** No point within the constraint tolerance of the constraints was found; the result is the least violating. */
  INFEASIBLE(false, "no feasible point was found");

  private final boolean converged;
  private final String description;

  Status(boolean converged, String description) {
    this.converged = converged;
    this.description = description;
  }

  /** Whether a convergence test was met: true for the {@code *_TOLERANCE} statuses only. */
  public boolean converged() {
    return converged;
  }

  /** A short human-readable description. */
  public String description() {
    return description;
  }
}
