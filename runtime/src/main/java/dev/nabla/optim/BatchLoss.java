package dev.nabla.optim;

/** The mean loss of a mini-batch of samples and its gradient with respect to the parameters. */
@FunctionalInterface
public interface BatchLoss {

  /**
   * Returns the mean loss over {@code samples} at the parameters x and writes the gradient of that mean into gradient.
   */
  double valueAndGradient(double[] x, int[] samples, double[] gradient);
}
