package dev.nabla.optim;

/**
 * Bookkeeping of one minimization: counts evaluations, keeps the best finite point, consults the listener and
 * builds the result, so that no minimizer repeats it.
 */
class Run {
  private final Objective objective;
  final StoppingCriteria criteria;
  private final Bounds bounds;
  private int evaluations;
  int iterations;
  private double[] bestX;
  private double bestValue = Double.NaN;
  private double bestGradientNorm = Double.NaN;
  private String nonFinite;

  Run(Objective objective, StoppingCriteria criteria, Bounds bounds, double[] x0) {
    this.objective = Checks.notNull("f", objective);
    this.criteria = criteria;
    this.bounds = bounds;
    this.bestX = x0.clone();
  }

  /** For methods that evaluate something other than an {@link Objective} and report points via {@link #offer}. */
  Run(StoppingCriteria criteria, double[] x0) {
    this.objective = null;
    this.criteria = criteria;
    this.bounds = null;
    this.bestX = x0.clone();
  }

  int evaluations() {
    return evaluations;
  }

  /** Counts one call of the user's function made outside this class. */
  void countEvaluation() {
    evaluations++;
  }

  /**
   * Counts one call of the user's functions against the budget.
   *
   * @throws Stop with MAX_EVALUATIONS when the budget is already spent
   */
  void spendEvaluation() {
    if (evaluations >= criteria.maxEvaluations()) {
      throw new Stop(Status.MAX_EVALUATIONS, "maxEvaluations = " + criteria.maxEvaluations());
    }
    evaluations++;
  }

  /** Keeps (x, f) as the best point if the finite f is lower than the best so far. */
  void offer(double[] x, double f, double gradientNorm) {
    if (!(f >= bestValue) || f == bestValue && Double.isNaN(bestGradientNorm)) {
      bestValue = f;
      bestX = x.clone();
      bestGradientNorm = gradientNorm;
    }
  }

  /** The max-norm of the gradient, projected on the bounds when there are bounds. */
  double gradientNorm(double[] x, double[] g) {
    return bounds == null ? Vectors.maxNorm(g) : bounds.projectedGradientNorm(x, g);
  }

  /**
   * Evaluates f and ∇f at x.
   *
   * @throws Stop with MAX_EVALUATIONS when the budget is spent, NON_FINITE when the value or gradient is not finite
   */
  double valueAndGradient(double[] x, double[] g) {
    double f = trialValueAndGradient(x, g);
    if (Double.isNaN(f)) {
      throw new Stop(Status.NON_FINITE, nonFinite);
    }
    return f;
  }

  /**
   * Evaluates f and ∇f at a trial point of a line search, where a non-finite value or gradient only rejects the
   * trial: it returns NaN then (and keeps the point out of the best-point record) instead of stopping the run.
   *
   * @throws Stop with MAX_EVALUATIONS when the budget is spent
   */
  double trialValueAndGradient(double[] x, double[] g) {
    spendEvaluation();
    double f = objective.valueAndGradient(x, g);
    if (!Double.isFinite(f)) {
      nonFinite = "f = " + f + " at evaluation " + evaluations;
      return Double.NaN;
    }
    for (int i = 0; i < g.length; i++) {
      if (!Double.isFinite(g[i])) {
        nonFinite = "gradient[" + i + "] = " + g[i] + " at evaluation " + evaluations;
        return Double.NaN;
      }
    }
    offer(x, f, gradientNorm(x, g));
    return f;
  }

  /** What was not finite at the last rejected trial, for a NON_FINITE result. */
  String nonFiniteDetail() {
    return nonFinite;
  }

  /** Counts a Hessian evaluation against the budget and checks it is finite. */
  double[][] hessian(double[] x) {
    spendEvaluation();
    double[][] h = objective.hessian(x);
    if (!Vectors.allFinite(h)) {
      throw new Stop(Status.NON_FINITE, "the Hessian has a non-finite entry");
    }
    return h;
  }

  /** Counts a Hessian–vector product against the budget and checks it is finite. */
  void hessianVector(double[] x, double[] v, double[] hv) {
    spendEvaluation();
    objective.hessianVector(x, v, hv);
    for (int i = 0; i < hv.length; i++) {
      if (!Double.isFinite(hv[i])) {
        throw new Stop(Status.NON_FINITE, "Hessian-vector product has a non-finite entry " + i);
      }
    }
  }

  /** How successive objective values are compared by the value test. */
  enum ValueTest {
    /** {@code |f_k − f_{k−1}| < valueTolerance}, the lecture notes' {@code abs(cost_post − cost_pre) < tolerance}. */
    ABSOLUTE,
    /** {@code (f_{k−1} − f_k) ≤ valueTolerance·max(|f_{k−1}|, |f_k|, 1)}, scipy's L-BFGS-B ftol. */
    RELATIVE
  }

  /**
   * Applies the shared stopping rules to the iterate x_k (k = {@link #iterations}), in this order: the listener,
   * {@code gradientNorm ≤ gradientTolerance}, the value test, {@code step ≤ stepTolerance}, k = maxIterations.
   * The value and step tests start at k = 1.
   *
   * @param step the method's measure of the last step
   * @throws Stop when a rule fires
   */
  void check(double[] x, double f, double fPrevious, double gradientNorm, double step, ValueTest valueTest) {
    report(x, f, gradientNorm);
    if (gradientNorm <= criteria.gradientTolerance()) {
      throw new Stop(Status.GRADIENT_TOLERANCE, "‖g‖∞ = " + gradientNorm);
    }
    if (iterations > 0) {
      double tolerance = criteria.valueTolerance();
      if (valueTest == ValueTest.ABSOLUTE && Math.abs(f - fPrevious) < tolerance) {
        throw new Stop(Status.VALUE_TOLERANCE, "|f_k − f_k−1| = " + Math.abs(f - fPrevious));
      }
      if (valueTest == ValueTest.RELATIVE
          && fPrevious - f <= tolerance * Math.max(Math.max(Math.abs(fPrevious), Math.abs(f)), 1.0)) {
        throw new Stop(Status.VALUE_TOLERANCE, "(f_k−1 − f_k)/max(|f_k−1|, |f_k|, 1) ≤ " + tolerance);
      }
      if (step <= criteria.stepTolerance()) {
        throw new Stop(Status.STEP_TOLERANCE, "step = " + step);
      }
    }
    checkIterationLimit();
  }

  /**
   * Reports the iterate x_k to the listener (on its own for methods whose own tests replace {@link #check}).
   *
   * @throws Stop with STOPPED_BY_LISTENER when the listener called {@link Iteration#stop()}
   */
  void report(double[] x, double f, double gradientNorm) {
    IterationListener listener = criteria.listener();
    if (listener == null) {
      return;
    }
    Iteration iteration = new Iteration(iterations, x, f, gradientNorm);
    listener.onIteration(iteration);
    if (iteration.stopRequested()) {
      throw new Stop(Status.STOPPED_BY_LISTENER, "at iteration " + iterations);
    }
  }

  /** Throws MAX_ITERATIONS when no further iteration is allowed. */
  void checkIterationLimit() {
    if (iterations >= criteria.maxIterations()) {
      throw new Stop(Status.MAX_ITERATIONS, "maxIterations = " + criteria.maxIterations());
    }
  }

  /** The result at the best point seen. */
  OptimizationResult result(Status status, String detail) {
    return new OptimizationResult(bestX, bestValue, bestGradientNorm, iterations, evaluations, status, detail);
  }

  OptimizationResult result(Stop stop) {
    return result(stop.status, stop.getMessage());
  }
}
