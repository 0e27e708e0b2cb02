package dev.nabla.optim;

/** Sees every iteration of a minimizer (for progress lines and plots) and can stop the run. */
@FunctionalInterface
public interface IterationListener {

  /**
   * Called with iteration 0 (the starting point) and after every iteration.
   *
   * @param iteration the iteration number, 0 for the starting point
   * @param x a copy of the current point
   * @param value f(x)
   * @param gradientNorm the max-norm of the (projected) gradient at x
   * @return {@code true} to stop the run (like a scipy callback returning True), {@code false} to go on
   */
  boolean onIteration(int iteration, double[] x, double value, double gradientNorm);
}
