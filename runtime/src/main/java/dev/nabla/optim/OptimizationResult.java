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

  OptimizationResult(
      double[] x, double value, double gradientNorm, int iterations, int evaluations, Status status, String detail) {
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

  /** The max-norm of the (projected) gradient at {@link #x()}; NaN when the method never computes it there. */
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

  /** A readable explanation of the status. */
  public String message() {
    return message;
  }

  @Override
  public String toString() {
    return "OptimizationResult{status=" + status + ", value=" + value + ", gradientNorm=" + gradientNorm
        + ", iterations=" + iterations + ", evaluations=" + evaluations + ", x=" + Arrays.toString(x)
        + ", message='" + message + "'}";
  }
}
