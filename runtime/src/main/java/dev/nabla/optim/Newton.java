package dev.nabla.optim;

/**
 * Newton's method with a line search, using the objective's Hessian: for n ≤ {@code denseLimit} (default 200)
 * the step solves (H + τI)p = −g by a modified Cholesky factorization (τ ≥ 0 only as large as needed for
 * positive definiteness); above it, or with {@link Builder#conjugateGradient(boolean)}, it is Newton-CG like
 * scipy's: conjugate gradients on H·p = −g with Hessian–vector products, stopped when
 * {@code ‖r‖₁ ≤ min(0.5, √‖g‖₁)·‖g‖₁}, at negative curvature (the steepest-descent direction if that happens
 * at once) or after 20·n steps. The step length comes from the Moré–Thuente line search (ftol 1e-4, gtol 0.9)
 * starting at 1, with at most 30 trial steps.
 *
 * <p>Stopping rules, checked at every iterate x_k in this order:
 * <ul>
 *   <li>the listener called {@link Iteration#stop()} (STOPPED_BY_LISTENER);
 *   <li>{@code ‖g‖∞ ≤ gradientTolerance} (default 1e-8; GRADIENT_TOLERANCE);
 *   <li>{@code (f_{k−1} − f_k) ≤ valueTolerance·max(|f_{k−1}|, |f_k|, 1)} (default 0 = off; VALUE_TOLERANCE);
 *   <li>{@code Σ|x_k − x_{k−1}|/n ≤ stepTolerance}, the mean absolute step of scipy's Newton-CG xtol (default
 *       1e-5; STEP_TOLERANCE, which unlike scipy's success is not {@link Status#converged()}: Newton can crawl
 *       past a saddle point in short steps);
 *   <li>k = maxIterations (default 200·n as in scipy) or maxEvaluations calls spent, counting value/gradient,
 *       Hessian and Hessian–vector calls (default unlimited).
 * </ul>
 * A trial step where f or ∇f is not finite is rejected and the line search shrinks the step; a line search whose
 * 30 trials were all non-finite ends the run with NON_FINITE at the last finite point, any other failed line search
 * with LINE_SEARCH_FAILED. The objective must report {@link Objective#hasHessian()}.
 */
public final class Newton implements Minimizer {
  private final StoppingCriteria criteria;
  private final int denseLimit;
  private final boolean conjugateGradient;

  private Newton(Builder builder) {
    this.criteria = builder.criteria();
    this.denseLimit = builder.denseLimit;
    this.conjugateGradient = builder.conjugateGradient;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Minimizes f from x0. */
  @Override
  public OptimizationResult minimize(Objective f, double[] x0) {
    Checks.notNull("f", f);
    if (!f.hasHessian()) {
      throw new IllegalArgumentException("f provides no Hessian (hasHessian() is false); Newton needs one");
    }
    double[] x = Checks.startingPoint(x0);
    int n = x.length;
    StoppingCriteria limits = criteria.resolve(200 * n, Integer.MAX_VALUE);
    boolean useCg = conjugateGradient || n > denseLimit;
    Run run = new Run(f, limits, null, x);
    MoreThuente lineSearch = new MoreThuente(1e-4, 0.9, 1e-14, 30);
    double[] g = new double[n];
    double[] start = new double[n];
    try {
      double fx = run.valueAndGradient(x, g);
      double fOld = Double.NaN;
      double stepMean = Double.NaN;
      while (true) {
        run.check(x, fx, fOld, Vectors.maxNorm(g), stepMean, Run.ValueTest.RELATIVE);
        double[] p = useCg ? conjugateGradientStep(run, x, g) : denseStep(run, x, g);
        double slope = Vectors.dot(g, p);
        if (!(slope < 0)) {
          return run.result(Status.LINE_SEARCH_FAILED, "the Newton step is not a descent direction");
        }
        System.arraycopy(x, 0, start, 0, n);
        SearchLine phi = new SearchLine(run, start, p, null, x, g);
        MoreThuente.Outcome outcome = lineSearch.search(phi, fx, slope, 1, 1e10);
        if (outcome == MoreThuente.Outcome.NON_FINITE) {
          return run.result(Status.NON_FINITE, "no finite trial step along the Newton direction, the last with "
              + run.nonFiniteDetail());
        }
        if (outcome == MoreThuente.Outcome.FAILED) {
          return run.result(Status.LINE_SEARCH_FAILED, "no strong-Wolfe step along the Newton direction");
        }
        fOld = fx;
        fx = phi.lastValue();
        run.iterations++;
        stepMean = 0;
        for (int i = 0; i < n; i++) {
          stepMean += Math.abs(x[i] - start[i]) / n;
        }
      }
    } catch (Stop stop) {
      return run.result(stop);
    }
  }

  private static double[] denseStep(Run run, double[] x, double[] g) {
    double[][] h = run.hessian(x);
    double[] minusG = new double[g.length];
    for (int i = 0; i < g.length; i++) {
      minusG[i] = -g[i];
    }
    return ModifiedCholesky.solve(h, minusG);
  }

  /** Truncated conjugate gradients on H·p = −g, as in scipy's Newton-CG. */
  private static double[] conjugateGradientStep(Run run, double[] x, double[] g) {
    int n = g.length;
    double gradientSum = 0;
    for (double v : g) {
      gradientSum += Math.abs(v);
    }
    double termination = Math.min(0.5, Math.sqrt(gradientSum)) * gradientSum;
    double[] p = new double[n];
    double[] residual = g.clone();
    double[] direction = new double[n];
    for (int i = 0; i < n; i++) {
      direction[i] = -g[i];
    }
    double[] hd = new double[n];
    double rr = Vectors.dot(residual, residual);
    for (int k = 0; k < 20 * n; k++) {
      double residualSum = 0;
      for (double v : residual) {
        residualSum += Math.abs(v);
      }
      if (residualSum <= termination) {
        break;
      }
      run.hessianVector(x, direction, hd);
      double curvature = Vectors.dot(direction, hd);
      if (curvature >= 0 && curvature <= 3 * Math.ulp(1.0)) {
        break;
      }
      if (curvature < 0) {
        if (k == 0) {
          // Negative curvature at once: fall back to steepest descent, scaled like a CG step.
          for (int i = 0; i < n; i++) {
            p[i] = -(rr / -curvature) * g[i];
          }
        }
        break;
      }
      double alpha = rr / curvature;
      Vectors.axpy(alpha, direction, p);
      Vectors.axpy(alpha, hd, residual);
      double rrNext = Vectors.dot(residual, residual);
      double beta = rrNext / rr;
      for (int i = 0; i < n; i++) {
        direction[i] = -residual[i] + beta * direction[i];
      }
      rr = rrNext;
    }
    return p;
  }

  /** Builder of {@link Newton}. */
  public static final class Builder extends OptimizerBuilder<Builder> {
    private int denseLimit = 200;
    private boolean conjugateGradient;

    private Builder() {
      super(0, 0, 1e-8, 0, 1e-5);
    }

    /** The largest n for which the dense Hessian is factored, > 0; default 200. */
    public Builder denseLimit(int denseLimit) {
      this.denseLimit = Checks.positive("denseLimit", denseLimit);
      return this;
    }

    /** Whether to always use Newton-CG with Hessian–vector products; default false. */
    public Builder conjugateGradient(boolean conjugateGradient) {
      this.conjugateGradient = conjugateGradient;
      return this;
    }

    /** Creates the minimizer. */
    public Newton build() {
      return new Newton(this);
    }
  }
}
