package dev.nabla.optim;

import java.util.Arrays;

/**
 * Bookkeeping of a constrained minimization: counts the objective's calls against the budget, evaluates the
 * constraints with it, keeps the best point (the feasible one of least value, or the least violating one while none
 * is feasible) with its multipliers, and builds the result.
 */
final class ConstrainedRun extends Run {
  private final Objective objective;
  private final ConstraintRows constraints;
  private final Bounds bounds;
  private final double tolerance;
  private final double[] lagrangian;
  private final double[] lastX;
  private double lastValue = Double.NaN;
  private double[] bestX;
  private double bestValue = Double.NaN;
  private double bestViolation = Double.POSITIVE_INFINITY;
  private double bestGradientNorm = Double.NaN;
  private double[] bestMultipliers;

  /**
   * @param bounds the bounds, or null
   * @param tolerance the largest violation of a feasible point
   */
  ConstrainedRun(Objective objective, ConstraintRows constraints, Bounds bounds, double tolerance,
      StoppingCriteria criteria, double[] x0) {
    super(criteria, x0);
    this.objective = Checks.notNull("f", objective);
    this.constraints = constraints;
    this.bounds = bounds;
    this.tolerance = tolerance;
    this.lagrangian = new double[x0.length];
    this.lastX = new double[x0.length];
    this.bestX = x0.clone();
    this.bestMultipliers = constraints.componentMultipliers(new double[constraints.rows()]);
  }

  /**
   * Evaluates f and ∇f (into g) and the constraints at x: one call of the objective, none when x is the point of
   * the last call (a zero step), whose values g and the constraints still hold, as scipy's cache does.
   *
   * @return f(x), or NaN when f, ∇f, a constraint value or a Jacobian entry is not finite
   * @throws Stop with MAX_EVALUATIONS when the budget is spent
   */
  double evaluate(double[] x, double[] g) {
    if (evaluations() > 0 && Arrays.equals(x, lastX)) {
      return lastValue;
    }
    spendEvaluation();
    double f = objective.valueAndGradient(x, g);
    boolean finite = constraints.evaluate(x) && Double.isFinite(f);
    for (double gi : g) {
      finite &= Double.isFinite(gi);
    }
    System.arraycopy(x, 0, lastX, 0, x.length);
    lastValue = finite ? f : Double.NaN;
    return lastValue;
  }

  /**
   * The Lagrangian's Hessian ∇²f − Σⱼ rⱼ∇²gⱼ at x, the last evaluated point, for the rows' multipliers r; the
   * objective's Hessian counts as one call of the objective.
   *
   * @return the Hessian, or null when an entry is not finite
   * @throws Stop with MAX_EVALUATIONS when the budget is spent
   */
  double[][] lagrangianHessian(double[] x, double[] r) {
    spendEvaluation();
    double[][] h = objective.hessian(x);
    constraints.subtractHessians(x, r, h);
    return Vectors.allFinite(h) ? h : null;
  }

  /**
   * The max-norm of the Lagrangian's gradient ∇f − Σ rⱼ∇gⱼ at the last evaluated point, projected on the bounds
   * as {@link Bounds#projectedGradientNorm} does.
   */
  double gradientNorm(double[] x, double[] g, double[] r) {
    constraints.lagrangianGradient(g, r, lagrangian);
    return bounds == null ? Vectors.maxNorm(lagrangian) : bounds.projectedGradientNorm(x, lagrangian);
  }

  /** Keeps the last evaluated point (x, f, ∇f = g) with the rows' multipliers r if it is better than the best. */
  void offer(double[] x, double f, double[] g, double[] r) {
    double violation = constraints.violation();
    boolean better = violation <= tolerance
        ? !(bestViolation <= tolerance) || f < bestValue
        : bestViolation > tolerance && violation < bestViolation;
    if (better) {
      keep(x, f, g, r, violation);
    }
  }

  /** Makes the last evaluated point the result's, where a convergence test held. */
  void settle(double[] x, double f, double[] g, double[] r) {
    keep(x, f, g, r, constraints.violation());
  }

  private void keep(double[] x, double f, double[] g, double[] r, double violation) {
    bestX = x.clone();
    bestValue = f;
    bestViolation = violation;
    bestGradientNorm = gradientNorm(x, g, r);
    bestMultipliers = constraints.componentMultipliers(r);
  }

  /**
   * The result at the best point; a run that ends without convergence, and neither stopped by the listener nor by
   * a non-finite value, with no point within the tolerance of the constraints is INFEASIBLE.
   */
  @Override
  OptimizationResult result(Status status, String detail) {
    Status end = status;
    String why = detail;
    if (!status.converged() && status != Status.STOPPED_BY_LISTENER && status != Status.NON_FINITE
        && !(bestViolation <= tolerance)) {
      end = Status.INFEASIBLE;
      why = "least violation " + bestViolation + " > constraintTolerance = " + tolerance + " when stopping with "
          + status + " (" + detail + ")";
    }
    return new OptimizationResult(bestX, bestValue, bestGradientNorm, iterations, evaluations(), end, why,
        Double.isNaN(bestValue) ? Double.NaN : bestViolation, bestMultipliers);
  }
}
