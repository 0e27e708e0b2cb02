package dev.nabla.optim;

/** The mean loss of a mini-batch of samples and its gradient with respect to the parameters. */
@FunctionalInterface
public interface BatchLoss {

  /**
   * Returns the mean loss over {@code samples} at theta and writes the gradient of that mean into gradient.
   */
  double valueAndGradient(double[] theta, int[] samples, double[] gradient);
}
