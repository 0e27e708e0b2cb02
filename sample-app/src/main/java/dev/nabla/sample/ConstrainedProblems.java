package dev.nabla.sample;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/** The optimization notes' constrained problems (equation 2.1): their objectives and constraint functions. */
public final class ConstrainedProblems {
  /** Goddard's rocket in normalized units: exhaust speed, drag coefficient and the drag's decay with altitude. */
  static final double EXHAUST_SPEED = 0.5;
  static final double DRAG = 310;
  static final double DRAG_DECAY = 500;

  private ConstrainedProblems() {}

  /** A portfolio's variance wᵀΣw: its risk, for holdings w and the covariance Σ of the assets' returns. */
  @Differentiable
  public static double variance(double[] w, @NoDerivative double[][] covariance) {
    double sum = 0;
    for (int i = 0; i < w.length; i++) {
      double row = 0;
      for (int j = 0; j < w.length; j++) {
        row += covariance[i][j] * w[j];
      }
      sum += w[i] * row;
    }
    return sum;
  }

  /** The capital a portfolio uses, Σwᵢ, and its expected return μᵀw: two constraints in one Jacobian. */
  @Differentiable
  public static double[] capitalAndReturn(double[] w, @NoDerivative double[] expectedReturns) {
    double capital = 0;
    double expected = 0;
    for (int i = 0; i < w.length; i++) {
      capital += w[i];
      expected += expectedReturns[i] * w[i];
    }
    return new double[] {capital, expected};
  }

  /**
   * Minus the altitude a rocket reaches when its engine gives {@code thrust[k]} during the k-th step of length dt:
   * Euler steps of Goddard's rocket (height h from the planet's center, gravity 1/h², drag D·v²·e^{−β(h−1)}, mass
   * burnt at thrust/c), from rest at h = 1 with mass 1.
   */
  @Differentiable
  public static double negativeAltitude(double[] thrust, @NoDerivative double dt) {
    double h = 1;
    double v = 0;
    double m = 1;
    for (int k = 0; k < thrust.length; k++) {
      double drag = DRAG * v * v * Math.exp(-DRAG_DECAY * (h - 1));
      double acceleration = (thrust[k] - drag) / m - 1 / (h * h);
      h += dt * v;
      v += dt * acceleration;
      m -= dt * thrust[k] / EXHAUST_SPEED;
    }
    return -h;
  }

  /** The propellant mass the rocket burns: Σ thrust[k]·dt/c. */
  @Differentiable
  public static double fuelBurnt(double[] thrust, @NoDerivative double dt) {
    double sum = 0;
    for (int k = 0; k < thrust.length; k++) {
      sum += thrust[k];
    }
    return sum * dt / EXHAUST_SPEED;
  }
}
