package dev.nabla.optim;

/**
 * The loss of one sample and its gradient with respect to the parameters, e.g.
 * {@code (theta, i, g) -> ModelDerivatives.lossGradient(theta, xs[i], ys[i], g)}.
 */
@FunctionalInterface
public interface SampleLoss {

  /** Returns the loss of sample {@code sample} at theta and writes ∂loss/∂theta into gradient. */
  double valueAndGradient(double[] theta, int sample, double[] gradient);
}
