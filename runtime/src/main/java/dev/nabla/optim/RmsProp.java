package dev.nabla.optim;

/**
 * RMSprop as in PyTorch: v ← αv + (1−α)g²; centered: a ← αa + (1−α)g and d = √(v − a²) + ε, otherwise
 * d = √v + ε; without momentum θ ← θ − γg/d, with momentum μ: b ← μb + g/d, θ ← θ − γb.
 *
 * <p>Defaults (PyTorch's): γ = 0.01, α = 0.99, ε = 1e-8, μ = 0, not centered. Stopping rules: see
 * {@link FirstOrderMethod}.
 */
public final class RmsProp extends FirstOrderMethod {
  private final double learningRate;
  private final double alpha;
  private final double epsilon;
  private final double momentum;
  private final boolean centered;

  private RmsProp(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.alpha = builder.alpha;
    this.epsilon = builder.epsilon;
    this.momentum = builder.momentum;
    this.centered = builder.centered;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  UpdateRule rule() {
    return new UpdateRule() {
      private double[] squareAverage;
      private double[] gradientAverage;
      private double[] buffer;

      @Override
      public void init(int n) {
        squareAverage = new double[n];
        gradientAverage = new double[n];
        buffer = new double[n];
      }

      @Override
      public void step(double[] x, double[] gradient) {
        for (int i = 0; i < x.length; i++) {
          double g = gradient[i];
          squareAverage[i] = alpha * squareAverage[i] + (1 - alpha) * g * g;
          double variance = squareAverage[i];
          if (centered) {
            gradientAverage[i] = alpha * gradientAverage[i] + (1 - alpha) * g;
            variance -= gradientAverage[i] * gradientAverage[i];
          }
          // max(·, 0) guards against rounding making the centered variance slightly negative.
          double denominator = Math.sqrt(Math.max(variance, 0)) + epsilon;
          if (momentum > 0) {
            buffer[i] = momentum * buffer[i] + g / denominator;
            x[i] -= learningRate * buffer[i];
          } else {
            x[i] -= learningRate * g / denominator;
          }
        }
      }
    };
  }

  /** Builder of {@link RmsProp}. */
  public static final class Builder extends FirstOrderMethod.Builder<Builder> {
    private double alpha = 0.99;
    private double epsilon = 1e-8;
    private double momentum;
    private boolean centered;

    private Builder() {
      super(0.01);
    }

    /** The smoothing constant α, in [0, 1); default 0.99. */
    public Builder alpha(double alpha) {
      this.alpha = Checks.inRange("alpha", alpha, 0, 1);
      return this;
    }

    /** ε added to the denominator, > 0; default 1e-8. */
    public Builder epsilon(double epsilon) {
      this.epsilon = Checks.positive("epsilon", epsilon);
      return this;
    }

    /** The momentum μ, in [0, 1); default 0. */
    public Builder momentum(double momentum) {
      this.momentum = Checks.inRange("momentum", momentum, 0, 1);
      return this;
    }

    /** Whether to normalize by the estimated variance instead of the second moment; default false. */
    public Builder centered(boolean centered) {
      this.centered = centered;
      return this;
    }

    @Override
    public RmsProp build() {
      return new RmsProp(this);
    }
  }
}
