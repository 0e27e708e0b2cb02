package dev.nabla.optim;

/**
 * AdaGrad as in PyTorch: with t the step number, γ_t = γ/(1 + (t−1)·lrDecay), s ← s + g², θ ← θ − γ_t·g/(√s + ε).
 *
 * <p>Defaults (PyTorch's): γ = 0.01, lrDecay = 0, initial accumulator 0, ε = 1e-10. Stopping rules: see
 * {@link FirstOrderMethod}.
 */
public final class AdaGrad extends FirstOrderMethod {
  private final double learningRate;
  private final double learningRateDecay;
  private final double initialAccumulator;
  private final double epsilon;

  private AdaGrad(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.learningRateDecay = builder.learningRateDecay;
    this.initialAccumulator = builder.initialAccumulator;
    this.epsilon = builder.epsilon;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  UpdateRule rule() {
    return new UpdateRule() {
      private double[] sum;
      private long t;

      @Override
      public void init(int n) {
        sum = new double[n];
        java.util.Arrays.fill(sum, initialAccumulator);
        t = 0;
      }

      @Override
      public void step(double[] x, double[] gradient) {
        t++;
        double rate = learningRate / (1 + (t - 1) * learningRateDecay);
        for (int i = 0; i < x.length; i++) {
          sum[i] += gradient[i] * gradient[i];
          x[i] -= rate * gradient[i] / (Math.sqrt(sum[i]) + epsilon);
        }
      }
    };
  }

  /** Builder of {@link AdaGrad}. */
  public static final class Builder extends FirstOrderMethod.Builder<Builder> {
    private double learningRateDecay;
    private double initialAccumulator;
    private double epsilon = 1e-10;

    private Builder() {
      super(0.01);
    }

    /** PyTorch's {@code lr_decay}, ≥ 0; default 0. */
    public Builder learningRateDecay(double learningRateDecay) {
      this.learningRateDecay = Checks.nonNegative("learningRateDecay", learningRateDecay);
      return this;
    }

    /** PyTorch's {@code initial_accumulator_value}, ≥ 0; default 0. */
    public Builder initialAccumulator(double initialAccumulator) {
      this.initialAccumulator = Checks.nonNegative("initialAccumulator", initialAccumulator);
      return this;
    }

    /** ε added to the denominator, > 0; default 1e-10. */
    public Builder epsilon(double epsilon) {
      this.epsilon = Checks.positive("epsilon", epsilon);
      return this;
    }

    @Override
    public AdaGrad build() {
      return new AdaGrad(this);
    }
  }
}
