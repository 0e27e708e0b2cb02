package dev.nabla.optim;

/**
 * Heavy-ball momentum as in the lecture notes, z ← αz + ∇f(θ), θ ← θ − γz (PyTorch's SGD with momentum and no
 * dampening); with Nesterov, θ ← θ − γ(∇f(θ) + αz).
 *
 * <p>Defaults: γ = 1e-3 (PyTorch has no default), α = 0.9 (the notes' usual value), Nesterov off. Stopping rules:
 * see {@link FirstOrderMethod}.
 */
public final class Momentum extends FirstOrderMethod {
  private final double learningRate;
  private final double momentum;
  private final boolean nesterov;

  private Momentum(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.momentum = builder.momentum;
    this.nesterov = builder.nesterov;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  UpdateRule rule() {
    return new UpdateRule() {
      private double[] z;

      @Override
      public void init(int n) {
        z = new double[n];
      }

      @Override
      public void step(double[] x, double[] gradient) {
        for (int i = 0; i < x.length; i++) {
          z[i] = momentum * z[i] + gradient[i];
          x[i] -= learningRate * (nesterov ? gradient[i] + momentum * z[i] : z[i]);
        }
      }
    };
  }

  /** Builder of {@link Momentum}. */
  public static final class Builder extends FirstOrderMethod.Builder<Builder> {
    private double momentum = 0.9;
    private boolean nesterov;

    private Builder() {
      super(1e-3);
    }

    /** The momentum α, in [0, 1); default 0.9. */
    public Builder momentum(double momentum) {
      this.momentum = Checks.inRange("momentum", momentum, 0, 1);
      return this;
    }

    /** Whether to use Nesterov's look-ahead form; default false. */
    public Builder nesterov(boolean nesterov) {
      this.nesterov = nesterov;
      return this;
    }

    @Override
    public Momentum build() {
      return new Momentum(this);
    }
  }
}
