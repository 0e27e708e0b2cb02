package dev.nabla.optim;

import java.util.List;

/**
 * A gradient-only minimizer defined by an {@link UpdateRule}; also usable for mini-batch training.
 *
 * <p>Iteration k evaluates f and g = ∇f at x_k and stops, checked in this order, when
 * <ul>
 *   <li>the listener called {@link Iteration#stop()} (STOPPED_BY_LISTENER);
 *   <li>{@code ‖g‖∞ ≤ gradientTolerance} (GRADIENT_TOLERANCE; default 1e-6);
 *   <li>{@code |f_k − f_{k−1}| < valueTolerance}, the lecture notes' {@code abs(cost_post − cost_pre) < tolerance}
 *       (VALUE_TOLERANCE; default 0 = off);
 *   <li>{@code ‖x_k − x_{k−1}‖∞ ≤ stepTolerance} (STEP_TOLERANCE, not convergence; default 0, which only stops on
 *       a zero step);
 *   <li>k = maxIterations (MAX_ITERATIONS; default 10000) or maxEvaluations calls were spent (MAX_EVALUATIONS;
 *       default unlimited).
 * </ul>
 * The result holds the point with the lowest value seen.
 */
public abstract class FirstOrderMethod implements Minimizer {
  private final StoppingCriteria criteria;
  private final double weightDecay;
  private final List<String> unusedInTraining;

  FirstOrderMethod(Builder<?> builder) {
    this.criteria = builder.criteria();
    this.weightDecay = builder.weightDecay;
    this.unusedInTraining = List.copyOf(builder.unusedInTraining());
  }

  /** The update rule without L2 weight decay; a fresh object with its own state on every call. */
  abstract UpdateRule rule();

  /**
   * A fresh update rule with its own state; when {@code weightDecay} is set, it adds the L2 term
   * {@code weightDecay·x} to the gradient first, as PyTorch's {@code weight_decay} does.
   */
  public final UpdateRule newUpdateRule() {
    UpdateRule rule = rule();
    return weightDecay == 0 ? rule : new L2WeightDecay(rule, weightDecay);
  }

  /** The settings this method was built with that {@link MiniBatchTrainer} cannot honour, by name. */
  List<String> unusedInTraining() {
    return unusedInTraining;
  }

  /** The largest number of loss calls, which bounds training as it bounds {@link #minimize}. */
  int maxEvaluations() {
    return criteria.maxEvaluations();
  }

  /** Minimizes f from x0 (see the class Javadoc for the stopping rules). */
  @Override
  public OptimizationResult minimize(Objective f, double[] x0) {
    double[] x = Checks.startingPoint(x0);
    int n = x.length;
    double[] g = new double[n];
    double[] previous = new double[n];
    Run run = new Run(f, criteria, null, x);
    UpdateRule rule = newUpdateRule();
    rule.init(n);
    try {
      double fx = run.valueAndGradient(x, g);
      double fPrevious = Double.NaN;
      double step = Double.NaN;
      while (true) {
        run.check(x, fx, fPrevious, Vectors.maxNorm(g), step, Run.ValueTest.ABSOLUTE);
        System.arraycopy(x, 0, previous, 0, n);
        fPrevious = fx;
        fx = advance(run, rule, x, fx, g);
        run.iterations++;
        step = 0;
        for (int i = 0; i < n; i++) {
          step = Math.max(step, Math.abs(x[i] - previous[i]));
        }
      }
    } catch (Stop stop) {
      return run.result(stop);
    }
  }

  /** Moves x by one step and returns f at the new x, whose gradient it writes into g. */
  double advance(Run run, UpdateRule rule, double[] x, double f, double[] g) {
    rule.step(x, g);
    return run.valueAndGradient(x, g);
  }

  /** Adds PyTorch's coupled L2 term to the gradient before delegating. */
  private static final class L2WeightDecay implements UpdateRule {
    private final UpdateRule rule;
    private final double weightDecay;
    private double[] decayed;

    L2WeightDecay(UpdateRule rule, double weightDecay) {
      this.rule = rule;
      this.weightDecay = weightDecay;
    }

    @Override
    public void init(int n) {
      rule.init(n);
      decayed = new double[n];
    }

    @Override
    public void step(double[] x, double[] gradient) {
      for (int i = 0; i < x.length; i++) {
        decayed[i] = gradient[i] + weightDecay * x[i];
      }
      rule.step(x, decayed);
    }
  }

  /**
   * Options shared by the first-order methods.
   *
   * @param <B> the concrete builder type
   */
  public abstract static class Builder<B extends Builder<B>> extends OptimizerBuilder<B> {
    double learningRate;
    double weightDecay;

    Builder(double learningRate) {
      super(10_000, Integer.MAX_VALUE, 1e-6, 0, 0);
      this.learningRate = learningRate;
    }

    /** The learning rate γ; must be > 0. */
    public B learningRate(double learningRate) {
      this.learningRate = Checks.positive("learningRate", learningRate);
      return self();
    }

    /** PyTorch's {@code weight_decay}: adds {@code weightDecay·x} to every gradient (L2 penalty); default 0. */
    public B weightDecay(double weightDecay) {
      this.weightDecay = Checks.nonNegative("weightDecay", weightDecay);
      return self();
    }

    /**
     * The settings {@link MiniBatchTrainer} cannot honour, since it runs its epochs at the update rule's fixed steps
     * and reports to an {@link EpochListener}: the limits and tolerances set here other than maxEvaluations, and a
     * listener.
     */
    List<String> unusedInTraining() {
      List<String> unused = chosenLimits();
      unused.remove("maxEvaluations");
      if (listener != null) {
        unused.add("listener");
      }
      return unused;
    }

    /** Creates the method. */
    public abstract FirstOrderMethod build();
  }
}
