package golden;

import dev.nabla.Differentiable;

/** An instance method reading final, private and held fields: its generated gradient is golden/instance/Gradient.txt. */
public class Instance {
  final double kv;
  private final double kg;
  final Limits limits;

  public Instance(double kv, double kg, Limits limits) {
    this.kv = kv;
    this.kg = kg;
    this.limits = limits;
  }

  /** Limits held in a field. */
  public static final class Limits {
    final double[] scale = {1, 2};
  }

  @Differentiable public double voltage(double position, double velocity) {
    return kg * Math.cos(position) + this.kv * velocity * limits.scale[1] + friction(velocity);
  }

  private double friction(double velocity) {
    return 0.1 * Math.tanh(velocity);
  }
}
