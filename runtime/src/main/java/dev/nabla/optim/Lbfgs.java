package dev.nabla.optim;

/**
 * Limited-memory BFGS with the Moré–Thuente strong-Wolfe line search; with {@link Builder#bounds(Bounds)} it is
 * L-BFGS-B (Byrd, Lu, Nocedal and Zhu 1995, version 3.0 as in scipy): generalized Cauchy point, subspace
 * minimization and a line search kept inside the box.
 *
 * <p>Stopping rules, checked at every iterate x_k in this order (defaults are scipy's):
 * <ul>
 *   <li>the listener called {@link Iteration#stop()} (STOPPED_BY_LISTENER);
 *   <li>{@code max_i |P(x − g)_i − x_i| ≤ gradientTolerance} (the max-norm of the projected gradient, the plain
 *       max-norm of g without bounds; scipy's gtol, default 1e-5; GRADIENT_TOLERANCE);
 *   <li>{@code (f_{k−1} − f_k) ≤ valueTolerance·max(|f_{k−1}|, |f_k|, 1)} (scipy's ftol = factr·ε, default
 *       2.2204460492503131e-09; VALUE_TOLERANCE);
 *   <li>{@code ‖x_k − x_{k−1}‖∞ ≤ stepTolerance} (default 0, which only stops on a zero step; STEP_TOLERANCE, not
 *       convergence);
 *   <li>k = maxIterations (default 15000) or maxEvaluations calls spent (default 15000).
 * </ul>
 * The line search uses ftol = 1e-3, gtol = 0.9, xtol = 0.1 and at most 20 evaluations like scipy; when it fails,
 * the memory is dropped and the iteration restarts from steepest descent, and a failure with empty memory ends
 * the run with LINE_SEARCH_FAILED, or NON_FINITE when all its trials were non-finite. A trial step where f or ∇f
 * is not finite is rejected like one too long, and the line search shrinks the step (scipy's searches do the
 * same). Pairs with sᵀy ≤ ε·(−gᵀs) are skipped to keep the update positive definite.
 */
public final class Lbfgs implements Minimizer {
  private static final double EPS = Math.ulp(1.0);
  private static final double BIG_STEP = 1e10;
  private final StoppingCriteria criteria;
  private final int memory;
  private final Bounds bounds;

  private Lbfgs(Builder builder) {
    this.criteria = builder.criteria();
    this.memory = builder.memory;
    this.bounds = builder.bounds;
  }

  /** A builder with scipy's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Minimizes f from x0, first projected on the bounds if there are any. */
  @Override
  public OptimizationResult minimize(Objective f, double[] x0) {
    double[] x = Checks.startingPoint(x0);
    int n = x.length;
    boolean constrained = false;
    if (bounds != null) {
      bounds.checkDimension(n);
      bounds.project(x);
      constrained = bounds.constrains();
    }
    Run run = new Run(f, criteria, constrained ? bounds : null, x);
    LbfgsMemory pairs = new LbfgsMemory(memory, n);
    MoreThuente lineSearch = new MoreThuente(1e-3, 0.9, 0.1, 20);
    double[] g = new double[n];
    double[] d = new double[n];
    double[] xOld = new double[n];
    double[] gOld = new double[n];
    try {
      double fx = run.valueAndGradient(x, g);
      double fOld = Double.NaN;
      double stepNorm = Double.NaN;
      while (true) {
        run.check(x, fx, fOld, run.gradientNorm(x, g), stepNorm, Run.ValueTest.RELATIVE);
        System.arraycopy(x, 0, xOld, 0, n);
        System.arraycopy(g, 0, gOld, 0, n);
        fOld = fx;
        SearchLine line = null;
        boolean descent = true;
        MoreThuente.Outcome outcome = MoreThuente.Outcome.FAILED;
        while (line == null) {
          double[] z = null;
          if (constrained) {
            z = CauchySubspaceStep.target(bounds, pairs, x, g);
            for (int i = 0; i < n; i++) {
              d[i] = z[i] - x[i];
            }
          } else {
            pairs.twoLoopDirection(g, d);
          }
          double slope0 = Vectors.dot(g, d);
          descent = slope0 < 0;
          if (descent) {
            double maxStep = maxStep(constrained, run.iterations, x, d);
            double first = run.iterations == 0 && !(constrained && bounds.boxed())
                ? Math.min(1 / Vectors.norm(d), maxStep) : 1;
            SearchLine trial = new SearchLine(run, xOld, d, z, x, g, constrained ? bounds : null);
            outcome = lineSearch.search(trial, fx, slope0, first, maxStep);
            if (outcome == MoreThuente.Outcome.CONVERGED || outcome == MoreThuente.Outcome.WARNING) {
              line = trial;
              break;
            }
          }
          // Restore the last iterate; retry from steepest descent with an empty memory, as scipy does.
          System.arraycopy(xOld, 0, x, 0, n);
          System.arraycopy(gOld, 0, g, 0, n);
          if (pairs.size() == 0 && descent && outcome == MoreThuente.Outcome.NON_FINITE) {
            return run.result(Status.NON_FINITE, "no finite trial step, the last with " + run.nonFiniteDetail());
          }
          if (pairs.size() == 0) {
            return run.result(Status.LINE_SEARCH_FAILED, descent ? "20 trial steps" : "not a descent direction");
          }
          pairs.clear();
        }
        fx = line.lastValue();
        run.iterations++;
        double[] s = new double[n];
        double[] y = new double[n];
        stepNorm = 0;
        for (int i = 0; i < n; i++) {
          s[i] = x[i] - xOld[i];
          y[i] = g[i] - gOld[i];
          stepNorm = Math.max(stepNorm, Math.abs(s[i]));
        }
        if (Vectors.dot(s, y) > EPS * -Vectors.dot(gOld, s)) {
          pairs.add(s, y);
        }
      }
    } catch (Stop stop) {
      return run.result(stop);
    }
  }

  /**
   * The largest step along d that stays in the box (scipy's stpmx): 1 on the first iteration of a constrained
   * problem, 1e10 without bounds.
   */
  private double maxStep(boolean constrained, int iteration, double[] x, double[] d) {
    if (!constrained) {
      return BIG_STEP;
    }
    if (iteration == 0) {
      return 1;
    }
    double max = BIG_STEP;
    for (int i = 0; i < x.length; i++) {
      if (d[i] < 0 && bounds.lower(i) > Double.NEGATIVE_INFINITY) {
        double room = bounds.lower(i) - x[i];
        if (room >= 0) {
          max = 0;
        } else if (d[i] * max < room) {
          max = room / d[i];
        }
      } else if (d[i] > 0 && bounds.upper(i) < Double.POSITIVE_INFINITY) {
        double room = bounds.upper(i) - x[i];
        if (room <= 0) {
          max = 0;
        } else if (d[i] * max > room) {
          max = room / d[i];
        }
      }
    }
    return max;
  }

  /** Builder of {@link Lbfgs}. */
  public static final class Builder extends OptimizerBuilder<Builder> {
    private int memory = 10;
    private Bounds bounds;

    private Builder() {
      super(15_000, 15_000, 1e-5, 2.2204460492503131e-09, 0);
    }

    /** The number m of stored correction pairs (scipy's maxcor), > 0; default 10. */
    public Builder memory(int memory) {
      this.memory = Checks.positive("memory", memory);
      return this;
    }

    /** Box constraints, making this L-BFGS-B; {@code null} removes them. */
    public Builder bounds(Bounds bounds) {
      this.bounds = bounds;
      return this;
    }

    /** Creates the minimizer. */
    public Lbfgs build() {
      return new Lbfgs(this);
    }
  }
}
