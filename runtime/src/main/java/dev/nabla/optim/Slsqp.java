package dev.nabla.optim;

/**
 * One run of Kraft's sequential least-squares programming (Kraft 1988, DFVLR-FB 88-28, subroutine SLSQPB as scipy
 * 1.10 ships it): a QP subproblem gives the direction, an Armijo backtracking search on the ℓ₁ merit function
 * f + Σ μⱼ·violationⱼ the step, and Powell's damped BFGS update the Lagrangian's Hessian, which is reset to the
 * identity when the direction does not descend; or, as an option, the Lagrangian's exact Hessian with the last
 * multipliers, shifted to be positive definite, takes the update's place. Its convergence tests hold only while
 * the function has not contradicted B (see {@link Sqp}).
 */
final class Slsqp {
  /** How the line search ended: at the full step, at a shorter one, or exhausted, no trial decreasing the merit. */
  private enum StepTaken { FULL, SHORTENED, EXHAUSTED }

  /** The smallest backtracking factor (SLSQP's alfmin). */
  private static final double MIN_STEP_FACTOR = 0.1;
  /** Trial steps after which the line search takes the last finite one whatever its merit. */
  private static final int MAX_TRIALS = 10;
  /** Resets of the Hessian after which the relaxed convergence test decides. */
  private static final int MAX_RESETS = 5;
  /** Growths of the relaxation weight before an inconsistent linearization ends the run. */
  private static final int MAX_RELAXATIONS = 5;
  private static final double RELAXATION_WEIGHT = 100;

  private final ConstrainedRun run;
  private final ConstraintRows constraints;
  private final Bounds bounds;
  private final StoppingCriteria criteria;
  private final double constraintTolerance;
  private final int n;
  private final int equalities;
  private final LdlFactor hessian;
  /** The iterate, which rounding may put an ulp outside the bounds as in scipy. */
  private final double[] x;
  /** x moved into the bounds, where the functions are evaluated (scipy's clipped x). */
  private final double[] point;
  private final double[] start;
  private final double[] gradient;
  private final double[] values;
  private final double[][] rows;
  private final double[] direction;
  private final double[] lowerStep;
  private final double[] upperStep;
  private final double[] multipliers;
  private final double[] penalties;
  private final double[] startLagrangian;
  private final double[] change;
  private double f;
  private double fStart;
  private int resets;
  /** Whether this iteration's linearization was inconsistent (SLSQP's badlin), which forbids convergence. */
  private boolean inconsistent;
  /**
   * Whether this iteration relaxed linearized equalities of deficient rank (where SLSQP stops); unlike SLSQP's
   * relaxation of inconsistent ones, its multipliers then estimate nothing and B is reset rather than updated.
   */
  private boolean rankDeficient;
  /** 1 − ξ for the relaxation ξ of the augmented subproblem, 1 otherwise. */
  private double relaxation;
  /** Whether B is the Lagrangian's exact Hessian (made positive definite) rather than a BFGS approximation. */
  private final boolean exactHessian;
  /** Whether the next subproblem takes B = I, after an exact Hessian gave a direction the merit does not descend. */
  private boolean identityNext;
  /** This iteration's first-order measure |∇fᵀd| + Σ|λⱼgⱼ|, 0 when no subproblem was solved yet. */
  private double predicted;
  /**
   * Whether B predicted f well enough along the last step for this iteration's convergence tests to mean what they
   * say (where B's curvature is far too large, as on a plateau, d and ∇fᵀd are tiny far from a solution): lost
   * when the line search shortens a step, regained when a full step measures a curvature that confirms B's along
   * it, or when no step length decreases the merit function enough, so that f no longer tells B wrong.
   */
  private boolean modelTrusted = true;

  Slsqp(ConstrainedRun run, ConstraintRows constraints, Bounds bounds, StoppingCriteria criteria,
      double constraintTolerance, boolean exactHessian, double[] x0) {
    this.run = run;
    this.exactHessian = exactHessian;
    this.constraints = constraints;
    this.bounds = bounds;
    this.criteria = criteria;
    this.constraintTolerance = constraintTolerance;
    this.n = x0.length;
    int m = constraints.rows();
    this.equalities = constraints.equalities();
    this.hessian = new LdlFactor(n);
    this.x = x0.clone();
    this.point = x0.clone();
    this.start = new double[n];
    this.gradient = new double[n];
    this.values = new double[m];
    this.rows = new double[m][n + 1];
    this.direction = new double[n + 1];
    this.lowerStep = new double[n + 1];
    this.upperStep = new double[n + 1];
    this.multipliers = new double[m];
    this.penalties = new double[m];
    this.startLagrangian = new double[n];
    this.change = new double[n];
  }

  /** Runs the iteration from x0 (already inside the bounds) until a test ends it. */
  OptimizationResult minimize() {
    try {
      f = run.evaluate(point, gradient);
      if (Double.isNaN(f)) {
        return run.result(Status.NON_FINITE, "at x0");
      }
      constraints.rowValues(values);
      constraints.rowGradients(rows);
      run.offer(point, f, gradient, multipliers);
      run.report(point, f, run.gradientNorm(point, gradient, multipliers));
      resetHessian();
      while (true) {
        run.iterations++;
        if (run.iterations >= criteria.maxIterations()) {
          throw new Stop(Status.MAX_ITERATIONS, "maxIterations = " + criteria.maxIterations());
        }
        if (exactHessian && !identityNext) {
          useExactHessian();
        }
        identityNext = false;
        SubproblemStatus subproblem = searchDirection();
        if (subproblem != SubproblemStatus.SOLVED) {
          return run.result(Status.LINE_SEARCH_FAILED, subproblem.describe());
        }
        iterate();
      }
    } catch (Stop stop) {
      return run.result(stop);
    }
  }

  /** From the solved subproblem: the first-order test, then the line search and the BFGS update. */
  private void iterate() {
    double slope = 0;
    for (int i = 0; i < n; i++) {
      slope += gradient[i] * direction[i];
    }
    predicted = Math.abs(slope);
    for (int j = 0; j < values.length; j++) {
      double r = Math.abs(multipliers[j]);
      if (!rankDeficient) {
        penalties[j] = Math.max(r, (penalties[j] + r) / 2);
      }
      predicted += r * Math.abs(values[j]);
    }
    fStart = f;
    System.arraycopy(x, 0, start, 0, n);
    constraints.lagrangianGradient(gradient, multipliers, startLagrangian);
    // whatever B is, d = 0 (the only direction with predicted = 0) solves the subproblem only at a KKT point
    if (predicted < criteria.gradientTolerance() && violationSum(values) < constraintTolerance && !inconsistent
        && (modelTrusted || predicted == 0)) {
      throw converged(Status.GRADIENT_TOLERANCE, "|∇fᵀd| + Σ|λⱼgⱼ| = " + predicted);
    }
    double meritStart = f + penalty(values);
    double meritSlope = slope - penalty(values) * relaxation;
    if (meritSlope >= 0) {
      resetHessian();
      identityNext = true;
      return;
    }
    StepTaken step = lineSearch(meritStart, meritSlope);
    constraints.rowGradients(rows);
    run.report(point, f, run.gradientNorm(point, gradient, multipliers));
    double stepNorm = 0;
    for (int i = 0; i < n; i++) {
      stepNorm += direction[i] * direction[i];
    }
    stepNorm = Math.sqrt(stepNorm);
    if (violationSum(values) < constraintTolerance && !inconsistent && modelTrusted) {
      if (Math.abs(f - fStart) < criteria.valueTolerance()) {
        throw converged(Status.VALUE_TOLERANCE, "|f_k − f_k−1| = " + Math.abs(f - fStart));
      }
      if (stepNorm < criteria.stepTolerance()) {
        throw converged(Status.STEP_TOLERANCE, "‖x_k − x_k−1‖ = " + stepNorm);
      }
    }
    constraints.lagrangianGradient(gradient, multipliers, change);
    for (int i = 0; i < n; i++) {
      change[i] -= startLagrangian[i];
    }
    modelTrusted = switch (step) {
      case FULL -> modelTrusted || hessian.confirmedAlong(direction, change);
      case SHORTENED -> false;
      case EXHAUSTED -> true;
    };
    if (exactHessian) {
      return;
    }
    if (rankDeficient) {
      // the multipliers of equalities relaxed for their rank estimate nothing of the Lagrangian's: they would spoil B
      hessian.reset();
      return;
    }
    if (!hessian.dampedBfgsUpdate(direction, change)) {
      resetHessian();
    }
  }

  /**
   * B ← the Lagrangian's Hessian at x with the last subproblem's multipliers, shifted to be positive definite; B is
   * left as it is where that Hessian is not finite.
   */
  private void useExactHessian() {
    double[][] h = run.lagrangianHessian(point, multipliers);
    if (h != null) {
      hessian.set(h);
    }
  }

  /**
   * Solves the QP subproblem at x for the direction and the multipliers; when its linearization is inconsistent,
   * solves SLSQP's augmented subproblem instead, with a relaxation ξ ∈ [0, 1] of the constraints weighted 100,
   * 1000, … until it is consistent.
   */
  private SubproblemStatus searchDirection() {
    for (int i = 0; i < n; i++) {
      lowerStep[i] = bounds == null ? Double.NEGATIVE_INFINITY : bounds.lower(i) - x[i];
      upperStep[i] = bounds == null ? Double.POSITIVE_INFINITY : bounds.upper(i) - x[i];
    }
    relaxation = 1;
    inconsistent = false;
    rankDeficient = false;
    SubproblemStatus status = QpSubproblem.solve(hessian, 0, gradient, rows, values, equalities, lowerStep,
        upperStep, n, direction, multipliers);
    if (status == SubproblemStatus.SINGULAR_C) {
      // Rank-deficient linearized equalities (as at a point where two constraints have parallel gradients) are
      // relaxed like inconsistent ones: the relaxation's column usually restores the rank.
      rankDeficient = n != equalities;
      status = SubproblemStatus.INCOMPATIBLE;
    }
    if (status != SubproblemStatus.INCOMPATIBLE) {
      return status;
    }
    inconsistent = true;
    for (int j = 0; j < values.length; j++) {
      rows[j][n] = j < equalities ? -values[j] : Math.max(-values[j], 0);
    }
    lowerStep[n] = 0;
    upperStep[n] = 1;
    double weight = RELAXATION_WEIGHT;
    for (int attempt = 0; attempt <= MAX_RELAXATIONS && status == SubproblemStatus.INCOMPATIBLE; attempt++) {
      status = QpSubproblem.solve(hessian, weight, gradient, rows, values, equalities, lowerStep, upperStep, n + 1,
          direction, multipliers);
      relaxation = 1 - direction[n];
      weight *= 10;
    }
    return status;
  }

  /**
   * Backtracks from the full step until the merit function decreases by a tenth of its predicted decrease, taking
   * α ← max(α_min, the minimizer of the quadratic interpolation) (α ← α_min at a non-finite trial point); after
   * 10 reductions the last finite trial is taken. Leaves x, f, the gradient and the rows' values at that point
   * and direction scaled to the step taken; the functions are evaluated at x moved into the bounds.
   *
   * @throws Stop with NON_FINITE when no trial point is finite
   */
  private StepTaken lineSearch(double meritStart, double slope) {
    double alpha = 1;
    for (int trial = 1; ; trial++) {
      slope *= alpha;
      for (int i = 0; i < n; i++) {
        direction[i] *= alpha;
        x[i] = start[i] + direction[i];
      }
      System.arraycopy(x, 0, point, 0, n);
      if (bounds != null) {
        bounds.project(point);
      }
      f = run.evaluate(point, gradient);
      if (Double.isNaN(f)) {
        if (trial > MAX_TRIALS) {
          throw new Stop(Status.NON_FINITE, "no finite point along the search direction in " + trial + " trials");
        }
        alpha = MIN_STEP_FACTOR;
        continue;
      }
      constraints.rowValues(values);
      run.offer(point, f, gradient, multipliers);
      double merit = f;
      for (int j = 0; j < values.length; j++) {
        merit += penalties[j] * violation(values, j);
      }
      double decrease = merit - meritStart;
      if (decrease <= slope / 10) {
        return trial == 1 ? StepTaken.FULL : StepTaken.SHORTENED;
      }
      if (trial > MAX_TRIALS) {
        return StepTaken.EXHAUSTED;
      }
      alpha = Math.max(slope / (2 * (slope - decrease)), MIN_STEP_FACTOR);
    }
  }

  /**
   * Resets the Hessian to the identity; after more than five resets, ends the run instead: converged by the
   * first-order test with a tolerance ten times larger (and the largest violation within constraintTolerance), else
   * LINE_SEARCH_FAILED. (SLSQP's relaxed test also accepts |f_k − f_k−1| or ‖d‖ below ten times ftol, which holds at
   * any feasible point where the merit function does not descend, since no step was taken: a step test that claims
   * nothing about stationarity.)
   */
  private void resetHessian() {
    resets++;
    if (resets > MAX_RESETS) {
      if (predicted < 10 * criteria.gradientTolerance() && violationSum(values) < 10 * constraintTolerance
          && !inconsistent && constraints.violation() <= constraintTolerance) {
        throw converged(Status.GRADIENT_TOLERANCE, "|∇fᵀd| + Σ|λⱼgⱼ| = " + predicted + " after " + MAX_RESETS
            + " resets of the Hessian");
      }
      throw new Stop(Status.LINE_SEARCH_FAILED, "positive directional derivative for linesearch (SLSQP mode 8)");
    }
    hessian.reset();
  }

  /** Makes the current point the result's and returns the Stop that ends the run with a convergence status. */
  private Stop converged(Status status, String detail) {
    run.settle(point, f, gradient, multipliers);
    return new Stop(status, detail);
  }

  /** Σ μⱼ·violationⱼ. */
  private double penalty(double[] g) {
    double p = 0;
    for (int j = 0; j < g.length; j++) {
      p += penalties[j] * violation(g, j);
    }
    return p;
  }

  /** Σ violationⱼ, SLSQP's measure of infeasibility. */
  private double violationSum(double[] g) {
    double s = 0;
    for (int j = 0; j < g.length; j++) {
      s += violation(g, j);
    }
    return s;
  }

  /** |gⱼ| for an equality row, max(−gⱼ, 0) for an inequality row. */
  private double violation(double[] g, int j) {
    return Math.max(-g[j], j < equalities ? g[j] : 0);
  }
}
