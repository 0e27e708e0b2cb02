package dev.nabla.optim;

import java.util.ArrayList;
import java.util.List;

/**
 * Sequential quadratic programming for min f(x) subject to {@link Constraint}s and {@link Bounds}: Kraft's SLSQP
 * (D. Kraft, A software package for sequential quadratic programming, DFVLR-FB 88-28, 1988) as scipy 1.10's
 * {@code minimize(method="SLSQP")} runs it with exact gradients, for dense problems of up to a few hundred variables
 * and constraints.
 *
 * <p>Each iteration solves the QP subproblem min ½dᵀBd + ∇fᵀd subject to the constraints linearized at x and the
 * bounds, as a least-squares problem (Lawson and Hanson 1974: LSEI, LSI, LDP, NNLS, HFTI), where B = LDLᵀ is a
 * BFGS approximation of the Lagrangian's Hessian with Powell's damping (or, with {@link Builder#exactHessian}, the
 * exact one); when the linearization is inconsistent, an augmented subproblem relaxes the constraints. The step
 * along d is found by Armijo backtracking on the ℓ₁ merit function f + Σ μⱼ·violationⱼ, whose penalties μⱼ follow
 * the multipliers. Each point costs one call of {@link Objective#valueAndGradient} and one call of each constraint
 * function with its Jacobian, at x moved into the bounds; rejected trial points are counted too, and a zero step
 * reuses the last call (as scipy's cache does), so that {@code evaluations()} is scipy's {@code nfev}.
 *
 * <p>Each component of a constraint is a row of SLSQP's form gⱼ(x) = 0 (when lower = upper) or gⱼ(x) ≥ 0 (one for
 * each finite side, c(x) − lower and upper − c(x)); violationⱼ is |gⱼ| or max(−gⱼ, 0). Stopping rules, in this
 * order (tolerances default to scipy's ftol = 1e-6; "feasible" means Σ violationⱼ &lt; constraintTolerance at a
 * point where the subproblem was consistent):
 * <ul>
 *   <li>after the subproblem at x_k: {@code |∇f(x_k)ᵀd| + Σ|λⱼ·gⱼ(x_k)| < gradientTolerance} and feasible, where
 *       the λⱼ are the subproblem's multipliers (GRADIENT_TOLERANCE);
 *   <li>after the step to x_k, with the listener called first (STOPPED_BY_LISTENER): feasible and
 *       {@code |f_k − f_{k−1}| < valueTolerance} (VALUE_TOLERANCE) or {@code ‖x_k − x_{k−1}‖₂ < stepTolerance}
 *       (STEP_TOLERANCE, which scipy counts as success but {@link Status#STEP_TOLERANCE} does not);
 *   <li>when B would be reset to the identity for the fifth time (after a direction of non-negative merit slope or a
 *       singular BFGS update): the first test with ten times the tolerances and the largest violation within
 *       constraintTolerance, else LINE_SEARCH_FAILED (SLSQP's mode 8; SLSQP's relaxed test also accepts the last
 *       two tests, which hold trivially where no step was taken);
 *   <li>iteration maxIterations is reached (default 100, counted as scipy's maxiter: as scipy 1.10 does, the run
 *       stops as that iteration would start, so {@code iterations()} equals scipy's {@code nit}) or maxEvaluations
 *       calls are spent (default unlimited): MAX_ITERATIONS, MAX_EVALUATIONS.
 * </ul>
 * Unlike SLSQP, the first two tests hold only while B is trusted: after a line search shortened a step, until a full
 * step measures a curvature sᵀy ≥ 0.2·sᵀBs that confirms B's along it or a line search finds no step length that
 * decreases the merit function enough (the first test also holds, trusted or not, where d = 0: a KKT point whatever
 * B is). Linearized equalities of deficient rank are relaxed like an inconsistent linearization
 * (where SLSQP stops), and B is then reset rather than updated, and the penalties keep their values. A subproblem
 * that cannot be solved (an inconsistent linearization that stays so as the relaxation weight grows from 100 to 10⁷,
 * or NNLS's iteration limit) ends the run with LINE_SEARCH_FAILED and SLSQP's message.
 * A run that ends without convergence with no point found within constraintTolerance of the constraints (measured
 * as {@link OptimizationResult#constraintViolation()}) is INFEASIBLE instead; converged statuses always have
 * {@code constraintViolation() ≤ constraintTolerance}. An objective or constraint that is not finite at a trial
 * point shortens the step (by the factor 0.1); only at x0, or when the eleventh trial point of a line search (where
 * SLSQP takes whatever it finds) is not finite, does the run end with NON_FINITE.
 *
 * <p>The listener sees x0 and every point a line search accepts (an iteration that only resets B has none).
 *
 * <p>The result holds the point where a convergence test held, otherwise the best point seen: the feasible one of
 * least value, or the least violating while none is feasible. Its {@code gradientNorm()} is the max-norm of the
 * Lagrangian's gradient ∇f − Σ λⱼ∇gⱼ, projected on the bounds like L-BFGS-B's, and its {@code multipliers()} are
 * the subproblem's λ mapped back to the components: λᵢ = ∂f*∕∂bᵢ for the active side bᵢ (≥ 0 for a lower side, ≤ 0
 * for an upper side, free for an equality), so that ∇f = Σ λᵢ∇cᵢ at a solution apart from active bounds.
 */
public final class Sqp implements Minimizer {
  private final StoppingCriteria criteria;
  private final List<Constraint> constraints;
  private final Bounds bounds;
  private final double constraintTolerance;
  private final boolean exactHessian;

  private Sqp(Builder builder) {
    this.criteria = builder.criteria().resolve(100, Integer.MAX_VALUE);
    this.constraints = List.copyOf(builder.constraints);
    this.bounds = builder.bounds;
    this.constraintTolerance = builder.constraintTolerance;
    this.exactHessian = builder.exactHessian;
  }

  /** A builder with scipy's defaults and no constraints. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Minimizes f from x0, first moved into the bounds as scipy does.
   *
   * @throws IllegalArgumentException for a null f, a bad x0, bounds of another dimension, more equality
   *     components than variables, or a constraint function that returns null or a length other than its size
   */
  @Override
  public OptimizationResult minimize(Objective f, double[] x0) {
    Checks.notNull("f", f);
    double[] x = Checks.startingPoint(x0);
    if (bounds != null) {
      bounds.checkDimension(x.length);
      bounds.project(x);
    }
    ConstraintRows rows = new ConstraintRows(constraints, x.length);
    if (rows.equalities() > x.length) {
      throw new IllegalArgumentException("constraints have " + rows.equalities()
          + " equality components but x0 has length " + x.length + "; SLSQP needs at most one per variable");
    }
    if (exactHessian && !f.hasHessian()) {
      throw new IllegalArgumentException("f provides no Hessian (hasHessian() is false); exactHessian needs one");
    }
    if (exactHessian && !rows.haveHessians()) {
      throw new IllegalArgumentException("a constraint's function provides no Hessian (hasHessian() is false); "
          + "exactHessian needs them (@Differentiable(order = 2) on a vector function)");
    }
    ConstrainedRun run = new ConstrainedRun(f, rows, bounds, constraintTolerance, criteria, x);
    return new Slsqp(run, rows, bounds, criteria, constraintTolerance, exactHessian, x).minimize();
  }

  /** Builder of {@link Sqp}. */
  public static final class Builder extends OptimizerBuilder<Builder> {
    private final List<Constraint> constraints = new ArrayList<>();
    private Bounds bounds;
    private double constraintTolerance = 1e-6;
    private boolean exactHessian;

    private Builder() {
      super(100, 0, 1e-6, 1e-6, 1e-6);
    }

    /** Adds a constraint; constraints keep the order in which they are added, as do the result's multipliers. */
    public Builder constraint(Constraint constraint) {
      constraints.add(Checks.notNull("constraint", constraint));
      return this;
    }

    /** Box constraints on x; {@code null} removes them. */
    public Builder bounds(Bounds bounds) {
      this.bounds = bounds;
      return this;
    }

    /**
     * The violation allowed at a converged result, ≥ 0; default 1e-6, scipy's ftol, which SLSQP compares with the
     * sum of the rows' violations.
     */
    public Builder constraintTolerance(double constraintTolerance) {
      this.constraintTolerance = Checks.nonNegative("constraintTolerance", constraintTolerance);
      return this;
    }

    /**
     * Whether B is the Lagrangian's exact Hessian ∇²f − Σ λⱼ∇²gⱼ with the last multipliers, made positive definite
     * by the smallest shift τI of a modified Cholesky factorization, rather than SLSQP's BFGS approximation; default
     * false. Each Hessian counts as a call of the objective. The objective and every constraint's function must
     * supply Hessians ({@code hasHessian()}): generated {@code fObjective} adapters do, and {@code fVectorFunction}
     * adapters of methods annotated {@code @Differentiable(order = 2)}.
     */
    public Builder exactHessian(boolean exactHessian) {
      this.exactHessian = exactHessian;
      return this;
    }

    /** Creates the minimizer. */
    public Sqp build() {
      return new Sqp(this);
    }
  }
}
