package dev.nabla.bench;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/**
 * A long time-stepping loop, a damped pendulum by explicit Euler steps with two doubles of state: its gradient past the
 * default tape limit is checkpointed ({@link #pendulum}), or taped whatever its length ({@link #pendulumTaped}).
 */
public final class LongLoop {
  private LongLoop() {}

  /** The angle after {@code steps} Euler steps of θ'' = −k·sin θ − c·θ' from θ = 1, θ' = 0. */
  @Differentiable
  public static double pendulum(double k, double c, @NoDerivative double h, @NoDerivative int steps) {
    double theta = 1;
    double omega = 0;
    for (int i = 0; i < steps; i++) {
      double alpha = -k * Math.sin(theta) - c * omega;
      theta += h * omega;
      omega += h * alpha;
    }
    return theta;
  }

  /** {@link #pendulum} with every step taped: nabla inlines the call, and the loop is under this method's limit. */
  @Differentiable(tapeLimit = Integer.MAX_VALUE)
  public static double pendulumTaped(double k, double c, @NoDerivative double h, @NoDerivative int steps) {
    return pendulum(k, c, h, steps);
  }
}
