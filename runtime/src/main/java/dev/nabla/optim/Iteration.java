package dev.nabla.optim;

/** One iterate of a minimizer as an {@link IterationListener} sees it, with a way to end the run there. */
public final class Iteration {
  private final int number;
  private final double[] x;
  private final double value;
  private final double gradientNorm;
  private boolean stopRequested;

  Iteration(int number, double[] x, double value, double gradientNorm) {
    this.number = number;
    this.x = x.clone();
    this.value = value;
    this.gradientNorm = gradientNorm;
  }

  /** The iteration number, 0 for the starting point: the same as {@link #iterations()}. */
  public int number() {
    return number;
  }

  /** The number of completed iterations, 0 at the start, counted as {@link OptimizationResult#iterations()} is. */
  public int iterations() {
    return number;
  }

  /** The current point (a copy, safe to keep). */
  public double[] x() {
    return x.clone();
  }

  /** The objective value f(x). */
  public double value() {
    return value;
  }

  /** The max-norm of the (projected) gradient at x. */
  public double gradientNorm() {
    return gradientNorm;
  }

  /** Ends the run after this iteration with {@link Status#STOPPED_BY_LISTENER} and the best point seen so far. */
  public void stop() {
    stopRequested = true;
  }

  boolean stopRequested() {
    return stopRequested;
  }

  @Override
  public String toString() {
    return "Iteration " + number + ": f = " + value + ", ‖g‖∞ = " + gradientNorm;
  }
}
