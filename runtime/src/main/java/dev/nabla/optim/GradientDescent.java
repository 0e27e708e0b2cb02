package dev.nabla.optim;

import java.util.List;

/**
 * Gradient descent θ_{k+1} = θ_k − γ∇f(θ_k) (the lecture notes' equation 2.7), optionally with Armijo
 * backtracking.
 *
 * <p>Defaults: γ = 1e-3 (PyTorch's SGD has no default learning rate; 1e-3 is the usual first choice), no
 * backtracking. With {@link Builder#armijo(boolean)} each iteration starts from the step γ and halves it until
 * {@code f(θ − t∇f) ≤ f(θ) − 1e-4·t·‖∇f‖²}, a trial with a non-finite f or ∇f failing it; after 60 halvings the
 * run ends with LINE_SEARCH_FAILED, or NON_FINITE when no trial was finite. Backtracking
 * needs function values, so {@link MiniBatchTrainer} rejects it and takes only fixed steps. Stopping rules: see
 * {@link FirstOrderMethod}.
 */
public final class GradientDescent extends FirstOrderMethod {
  private static final double ARMIJO_C = 1e-4;
  private static final int MAX_HALVINGS = 60;
  private final double learningRate;
  private final boolean armijo;

  private GradientDescent(Builder builder) {
    super(builder);
    this.learningRate = builder.learningRate;
    this.armijo = builder.armijo;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  UpdateRule rule() {
    return new UpdateRule() {
      @Override
      public void init(int n) {}

      @Override
      public void step(double[] x, double[] gradient) {
        Vectors.axpy(-learningRate, gradient, x);
      }
    };
  }

  @Override
  double advance(Run run, UpdateRule rule, double[] x, double f, double[] g) {
    if (!armijo) {
      return super.advance(run, rule, x, f, g);
    }
    double[] start = x.clone();
    double[] direction = g.clone();
    double slope = Vectors.dot(direction, direction);
    double t = learningRate;
    boolean finiteSeen = false;
    for (int halving = 0; halving <= MAX_HALVINGS; halving++, t *= 0.5) {
      for (int i = 0; i < x.length; i++) {
        x[i] = start[i] - t * direction[i];
      }
      double trial = run.trialValueAndGradient(x, g);
      finiteSeen |= !Double.isNaN(trial);
      if (trial <= f - ARMIJO_C * t * slope) {
        return trial;
      }
    }
    if (!finiteSeen) {
      throw new Stop(Status.NON_FINITE, "no finite trial step, the last with " + run.nonFiniteDetail());
    }
    throw new Stop(Status.LINE_SEARCH_FAILED, "no Armijo step after " + MAX_HALVINGS + " halvings");
  }

  /** Builder of {@link GradientDescent}. */
  public static final class Builder extends FirstOrderMethod.Builder<Builder> {
    private boolean armijo;

    private Builder() {
      super(1e-3);
    }

    /** Whether to backtrack from γ until the Armijo condition holds; default false. */
    public Builder armijo(boolean armijo) {
      this.armijo = armijo;
      return this;
    }

    @Override
    List<String> unusedInTraining() {
      List<String> unused = super.unusedInTraining();
      if (armijo) {
        unused.add("armijo");
      }
      return unused;
    }

    @Override
    public GradientDescent build() {
      return new GradientDescent(this);
    }
  }
}
