package dev.nabla.optim;

/**
 * Adam as in PyTorch: m ← β₁m + (1−β₁)g, v ← β₂v + (1−β₂)g², m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ),
 * θ ← θ − γ·m̂/(√v̂ + ε); with AMSGrad v̂ uses the running maximum of v; with decoupled weight decay λ (AdamW)
 * θ ← θ(1 − γλ) before the update.
 *
 * <p>Defaults (PyTorch's): γ = 1e-3, β₁ = 0.9, β₂ = 0.999, ε = 1e-8, L2 weight decay 0, no decoupled decay
 * ({@link Builder#adamW()} enables it with AdamW's default λ = 0.01), AMSGrad off. Stopping rules: see
 * {@link FirstOrderMethod}.
 */
public final class Adam extends FirstOrderMethod {
  private final double learningRate;
  private final double beta1;
  private final double beta2;
  private final double epsilon;
  private final double decoupledWeightDecay;
  private final boolean amsgrad;

  private Adam(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.beta1 = builder.beta1;
    this.beta2 = builder.beta2;
    this.epsilon = builder.epsilon;
    this.decoupledWeightDecay = builder.decoupledWeightDecay;
    this.amsgrad = builder.amsgrad;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  UpdateRule rule() {
    return new UpdateRule() {
      private double[] m;
      private double[] v;
      private double[] vMax;
      private int t;

      @Override
      public void init(int n) {
        m = new double[n];
        v = new double[n];
        vMax = new double[n];
        t = 0;
      }

      @Override
      public void step(double[] x, double[] gradient) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double sqrtCorrection2 = Math.sqrt(1 - Math.pow(beta2, t));
        for (int i = 0; i < x.length; i++) {
          double g = gradient[i];
          x[i] *= 1 - learningRate * decoupledWeightDecay;
          m[i] = beta1 * m[i] + (1 - beta1) * g;
          v[i] = beta2 * v[i] + (1 - beta2) * g * g;
          double second = v[i];
          if (amsgrad) {
            vMax[i] = Math.max(vMax[i], v[i]);
            second = vMax[i];
          }
          double denominator = Math.sqrt(second) / sqrtCorrection2 + epsilon;
          x[i] -= learningRate / correction1 * m[i] / denominator;
        }
      }
    };
  }

  /** Builder of {@link Adam}. */
  public static final class Builder extends FirstOrderMethod.Builder<Builder> {
    private double beta1 = 0.9;
    private double beta2 = 0.999;
    private double epsilon = 1e-8;
    private double decoupledWeightDecay;
    private boolean amsgrad;

    private Builder() {
      super(1e-3);
    }

    /** The first-moment decay β₁, in [0, 1); default 0.9. */
    public Builder beta1(double beta1) {
      this.beta1 = Checks.inRange("beta1", beta1, 0, 1);
      return this;
    }

    /** The second-moment decay β₂, in [0, 1); default 0.999. */
    public Builder beta2(double beta2) {
      this.beta2 = Checks.inRange("beta2", beta2, 0, 1);
      return this;
    }

    /** ε added to the denominator, > 0; default 1e-8. */
    public Builder epsilon(double epsilon) {
      this.epsilon = Checks.positive("epsilon", epsilon);
      return this;
    }

    /** AdamW's decoupled weight decay λ ≥ 0; default 0 (off). */
    public Builder decoupledWeightDecay(double lambda) {
      this.decoupledWeightDecay = Checks.nonNegative("decoupledWeightDecay", lambda);
      return this;
    }

    /** Turns this into AdamW with PyTorch's default decoupled weight decay λ = 0.01. */
    public Builder adamW() {
      return decoupledWeightDecay(0.01);
    }

    /** Whether to use the AMSGrad maximum of the second moments; default false. */
    public Builder amsgrad(boolean amsgrad) {
      this.amsgrad = amsgrad;
      return this;
    }

    @Override
    public Adam build() {
      return new Adam(this);
    }
  }
}
