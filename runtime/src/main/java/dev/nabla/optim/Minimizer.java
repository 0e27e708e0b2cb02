package dev.nabla.optim;

/**
 * A method that minimizes an {@link Objective} from a starting point, so code can take any of them: the first-order
 * methods, {@link Lbfgs} and {@link Newton}.
 */
public interface Minimizer {

  /** Minimizes f from x0 and returns the best point seen, with the status of the method's stopping rules. */
  OptimizationResult minimize(Objective f, double[] x0);
}
