package dev.nabla.optim;

/**
 * The loss of one sample and its gradient with respect to the parameters, e.g.
 * {@code (theta, i, g) -> ModelDerivatives.lossGradient(theta, xs[i], ys[i], g)}.
 */
@FunctionalInterface
public interface SampleLoss {

  /** Returns the loss of sample {@code sample} at the parameters x and writes ∂loss/∂x into gradient. */
  double valueAndGradient(double[] x, int sample, double[] gradient);
}
