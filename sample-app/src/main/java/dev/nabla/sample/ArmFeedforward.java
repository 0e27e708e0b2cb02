package dev.nabla.sample;

import dev.nabla.Differentiable;

/**
 * An arm's feedforward controller in the style of robotics libraries: gains in private final fields, the voltage an
 * instance method, whose derivatives nabla generates with the controller as their first parameter.
 */
public final class ArmFeedforward {
  private final double ks;
  private final double kg;
  private final double kv;
  private final double ka;

  /** A controller with static friction, gravity, velocity and acceleration gains. */
  public ArmFeedforward(double ks, double kg, double kv, double ka) {
    this.ks = ks;
    this.kg = kg;
    this.kv = kv;
    this.ka = ka;
  }

  /** The voltage that holds the arm at {@code position} (radians) while it moves at these rates. */
  @Differentiable
  public double calculate(double position, double velocity, double acceleration) {
    return ks * Math.tanh(velocity / 0.05) + kg * Math.cos(position) + kv * velocity + ka * acceleration;
  }
}
