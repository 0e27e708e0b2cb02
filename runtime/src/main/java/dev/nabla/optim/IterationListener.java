package dev.nabla.optim;

/**
 * Sees every iteration of a minimizer (for progress lines and plots); it ends the run only by calling
 * {@link Iteration#stop()}, so a lambda such as {@code it -> values.add(it.value())} never stops it by accident.
 */
@FunctionalInterface
public interface IterationListener {

  /** Called with iteration 0 (the starting point) and after every iteration. */
  void onIteration(Iteration iteration);
}
