package dev.nabla.optim;

import java.util.Arrays;

/** The outcome of a minimization: the best point seen, its value and gradient norm, counts and status. */
public final class OptimizationResult {
  private final double[] x;
  private final double value;
  private final double gradientNorm;
  private final int iterations;
  private final int evaluations;
  private final Status status;
  private final String message;
  private final double constraintViolation;
  private final double[] multipliers;

  OptimizationResult(
      double[] x, double value, double gradientNorm, int iterations, int evaluations, Status status, String detail) {
    this(x, value, gradientNorm, iterations, evaluations, status, detail, 0, new double[0]);
  }

  OptimizationResult(double[] x, double value, double gradientNorm, int iterations, int evaluations, Status status,
      String detail, double constraintViolation, double[] multipliers) {
    this.constraintViolation = constraintViolation;
    this.multipliers = multipliers.clone();
    this.x = x.clone();
    this.value = value;
    this.gradientNorm = gradientNorm;
    this.iterations = iterations;
    this.evaluations = evaluations;
    this.status = status;
    this.message = detail == null || detail.isEmpty() ? status.description() : status.description() + ": " + detail;
  }

  /** The best point seen (a copy). */
  public double[] x() {
    return x.clone();
  }

  /** The objective value at {@link #x()}. */
  public double value() {
    return value;
  }

  /**
   * The max-norm of the (projected) gradient at {@link #x()}, of the Lagrangian's for {@link Sqp}; NaN when the
   * method never computes it there.
   */
  public double gradientNorm() {
    return gradientNorm;
  }

  /** The number of completed iterations. */
  public int iterations() {
    return iterations;
  }

  /** The number of calls of the objective (or of the least-squares problem). */
  public int evaluations() {
    return evaluations;
  }

  /** Why the run ended. */
  public Status status() {
    return status;
  }

  /** Whether a convergence test was met. */
  public boolean converged() {
    return status.converged();
  }

  /**
   * The largest violation of a constraint or bound at {@link #x()}, {@code max(lower − c(x), c(x) − upper)} over
   * every constrained component; 0 when there are none.
   */
  public double constraintViolation() {
    return constraintViolation;
  }

  /**
   * The Lagrange multipliers of the constraints at {@link #x()}, one per component in the order the constraints
   * were given: λᵢ = ∂f*∕∂bᵢ, the rate at which the optimal value changes with the side bᵢ of component i that is
   * active (≥ 0 for an active lower side, ≤ 0 for an active upper side, 0 when inactive), so that
   * ∇f = Σ λᵢ∇cᵢ at a solution apart from active bounds. Empty when there are no constraints (a copy).
   */
  public double[] multipliers() {
    return multipliers.clone();
  }

  /** A readable explanation of the status. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return "OptimizationResult{status=" + status + ", value=" + value + ", gradientNorm=" + gradientNorm
        + ", iterations=" + iterations + ", evaluations=" + evaluations + ", constraintViolation=" + constraintViolation
        + ", x=" + Arrays.toString(x)
        + ", message='" + message + "'}";
  }
}
