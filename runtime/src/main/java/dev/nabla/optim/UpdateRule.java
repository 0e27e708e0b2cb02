package dev.nabla.optim;

/**
 * The stateful update of a first-order method, shared by {@link FirstOrderMethod#minimize} and
 * {@link MiniBatchTrainer}, so the update formulas exist once.
 */
public interface UpdateRule {

  /** Resets the state (moments, accumulators, step counter) for n variables. */
  void init(int n);

  /** Moves x in place by one step, given the gradient (or mini-batch gradient) at x; does not modify gradient. */
  void step(double[] x, double[] gradient);
}
