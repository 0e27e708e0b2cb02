package dev.nabla.optim;

/**
 * Levenberg–Marquardt for {@link LeastSquaresProblem}s, a port of MINPACK's {@code lmder}: a trust region in the
 * norm ‖D·p‖ with D from the Jacobian's column norms (updated as their running maximum), Moré's 1978 update of
 * the damping parameter solved accurately through a pivoted QR factorization. The value is Σ rᵢ².
 *
 * <p>Stopping rules (MINPACK's, with its tests' arithmetic, so that evaluation counts match lmder's; f is the
 * residual vector, p the step, Δ the trust-region radius, ε machine epsilon):
 * <ul>
 *   <li>VALUE_TOLERANCE (lmder's info 1 or 3): the actual and the predicted relative reductions of ‖f‖² are both
 *       ≤ valueTolerance (MINPACK's ftol, default 1.49012e-8);
 *   <li>TRUST_REGION_TOLERANCE (info 2): Δ ≤ stepTolerance·‖D·x‖ (xtol, default 1.49012e-8);
 *   <li>GRADIENT_TOLERANCE (info 4): {@code max_j |J_jᵀf|/(‖J_j‖·‖f‖) ≤ gradientTolerance} (the cosine of the
 *       angle between f and the columns of J; gtol, default 0, which fires only at f = 0);
 *   <li>PRECISION_LIMIT (info 6, 7, 8, failures in scipy's leastsq): both reductions ≤ ε, Δ ≤ ε·‖D·x‖, or the
 *       cosine ≤ ε — the zero-residual problems with a singular Jacobian (Powell's singular function) end here;
 *   <li>MAX_EVALUATIONS (info 5): maxEvaluations residual evaluations without Jacobian (maxfev, default
 *       100·(n+1)); {@link OptimizationResult#evaluations()} also counts the Jacobian evaluations;
 *   <li>MAX_ITERATIONS: maxIterations accepted steps (default unlimited, as in MINPACK);
 *   <li>STOPPED_BY_LISTENER, called with every point at which the Jacobian is evaluated, with the value Σ rᵢ² and
 *       the max-norm of the gradient 2Jᵀr; NON_FINITE when residuals or Jacobian are not finite.
 * </ul>
 * Like lmder, the run evaluates no Jacobian at the final point: the result's {@code gradientNorm()} is the max-norm
 * of 2Jᵀr where the last Jacobian was evaluated at the result's point, and NaN when the run ended right after
 * accepting a step.
 */
public final class LevenbergMarquardt {
  private static final double EPS = Math.ulp(1.0);
  private final StoppingCriteria criteria;
  private final double initialStepBound;

  private LevenbergMarquardt(Builder builder) {
    this.criteria = builder.criteria();
    this.initialStepBound = builder.initialStepBound;
  }

  /** A builder with MINPACK's defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Minimizes Σ rᵢ(x)² from x0; requires at least as many residuals as variables. */
  public OptimizationResult minimize(LeastSquaresProblem problem, double[] x0) {
    Checks.notNull("problem", problem);
    double[] x = Checks.startingPoint(x0);
    int n = x.length;
    StoppingCriteria limits = criteria.resolve(Integer.MAX_VALUE, 100 * (n + 1));
    Run run = new Run(limits, x);
    double[] fvec = problem.residuals(x.clone(), null);
    run.countEvaluation();
    int m = Checks.notNull("residuals", fvec).length;
    if (m < n) {
      throw new IllegalArgumentException("the problem has " + m + " residuals but " + n + " variables; need m >= n");
    }
    if (nonFinite(fvec) >= 0) {
      return run.result(Status.NON_FINITE, "residual " + nonFinite(fvec) + " at x0 is " + fvec[nonFinite(fvec)]);
    }
    int nfev = 1;
    double fnorm = MinpackQr.norm(fvec, 0, m);
    run.offer(x, fnorm * fnorm, Double.NaN);
    double[][] fjac = new double[m][n];
    double[] diag = new double[n];
    double[] qtf = new double[n];
    double[] rdiag = new double[n];
    double[] acnorm = new double[n];
    int[] ipvt = new int[n];
    double[] step = new double[n];
    double[] trial = new double[n];
    double[] sdiag = new double[n];
    double par = 0;
    double delta = 0;
    double xnorm = 0;
    boolean first = true;
    Status status;
    String detail;
    try {
      outer:
      while (true) {
        evaluate(problem, x, fjac, m, run);
        double gradientNorm = gradientNorm(fjac, fvec);
        run.offer(x, fnorm * fnorm, gradientNorm);
        run.report(x, fnorm * fnorm, gradientNorm);
        run.checkIterationLimit();
        MinpackQr.qrfac(fjac, ipvt, rdiag, acnorm);
        if (first) {
          // Scale each variable by the norm of its Jacobian column, so badly scaled variables get fair steps.
          for (int j = 0; j < n; j++) {
            diag[j] = acnorm[j] == 0 ? 1 : acnorm[j];
          }
          xnorm = scaledNorm(diag, x);
          delta = initialStepBound * xnorm;
          if (delta == 0) {
            delta = initialStepBound;
          }
        }
        // qtf = first n components of Qᵀf.
        double[] wa4 = fvec.clone();
        for (int j = 0; j < n; j++) {
          if (fjac[j][j] != 0) {
            double sum = 0;
            for (int i = j; i < m; i++) {
              sum += fjac[i][j] * wa4[i];
            }
            double temp = -sum / fjac[j][j];
            for (int i = j; i < m; i++) {
              wa4[i] += fjac[i][j] * temp;
            }
          }
          fjac[j][j] = rdiag[j];
          qtf[j] = wa4[j];
        }
        double gnorm = 0;
        if (fnorm != 0) {
          for (int j = 0; j < n; j++) {
            int l = ipvt[j];
            if (acnorm[l] != 0) {
              double sum = 0;
              for (int i = 0; i <= j; i++) {
                sum += fjac[i][j] * (qtf[i] / fnorm);
              }
              gnorm = Math.max(gnorm, Math.abs(sum / acnorm[l]));
            }
          }
        }
        if (gnorm <= limits.gradientTolerance()) {
          status = Status.GRADIENT_TOLERANCE;
          detail = "cosine between f and the Jacobian columns = " + gnorm;
          break;
        }
        for (int j = 0; j < n; j++) {
          diag[j] = Math.max(diag[j], acnorm[j]);
        }
        while (true) {
          par = MinpackQr.lmpar(fjac, ipvt, diag, qtf, delta, par, step, sdiag);
          for (int j = 0; j < n; j++) {
            step[j] = -step[j];
            trial[j] = x[j] + step[j];
          }
          double pnorm = scaledNorm(diag, step);
          if (first) {
            delta = Math.min(delta, pnorm);
          }
          double[] trialResiduals = evaluate(problem, trial, null, m, run);
          nfev++;
          double fnorm1 = MinpackQr.norm(trialResiduals, 0, m);
          // Reductions relative to ‖f‖²: actual, and predicted by the linear model.
          double actred = 0.1 * fnorm1 < fnorm ? 1 - (fnorm1 / fnorm) * (fnorm1 / fnorm) : -1;
          double[] rp = new double[n];
          for (int j = 0; j < n; j++) {
            double temp = step[ipvt[j]];
            for (int i = 0; i <= j; i++) {
              rp[i] += fjac[i][j] * temp;
            }
          }
          double temp1 = MinpackQr.norm(rp, 0, n) / fnorm;
          double temp2 = Math.sqrt(par) * pnorm / fnorm;
          double prered = temp1 * temp1 + temp2 * temp2 / 0.5;
          double dirder = -(temp1 * temp1 + temp2 * temp2);
          double ratio = prered != 0 ? actred / prered : 0;
          if (ratio <= 0.25) {
            double temp = actred >= 0 ? 0.5 : 0.5 * dirder / (dirder + 0.5 * actred);
            if (0.1 * fnorm1 >= fnorm || temp < 0.1) {
              temp = 0.1;
            }
            delta = temp * Math.min(delta, pnorm / 0.1);
            par /= temp;
          } else if (par == 0 || ratio >= 0.75) {
            delta = pnorm / 0.5;
            par *= 0.5;
          }
          if (ratio >= 1e-4) {
            System.arraycopy(trial, 0, x, 0, n);
            fvec = trialResiduals;
            xnorm = scaledNorm(diag, x);
            fnorm = fnorm1;
            first = false;
            run.iterations++;
            run.offer(x, fnorm * fnorm, Double.NaN); // no Jacobian at this point yet
          }
          boolean valueTest = Math.abs(actred) <= limits.valueTolerance() && prered <= limits.valueTolerance()
              && 0.5 * ratio <= 1;
          boolean radiusTest = delta <= limits.stepTolerance() * xnorm;
          if (valueTest || radiusTest) {
            status = valueTest ? Status.VALUE_TOLERANCE : Status.TRUST_REGION_TOLERANCE;
            detail = valueTest && radiusTest ? "both value and trust-region tolerances met" : null;
            break outer;
          }
          // MINPACK assigns info 5, 6, 7, 8 in this order, so that the last test met is reported.
          if (gnorm <= EPS) {
            status = Status.PRECISION_LIMIT;
            detail = "f is orthogonal to the Jacobian columns to machine precision (gtol too small)";
            break outer;
          }
          if (delta <= EPS * xnorm) {
            status = Status.PRECISION_LIMIT;
            detail = "no further improvement of x possible at machine precision (xtol too small)";
            break outer;
          }
          if (Math.abs(actred) <= EPS && prered <= EPS && 0.5 * ratio <= 1) {
            status = Status.PRECISION_LIMIT;
            detail = "no further reduction of the sum of squares possible at machine precision (ftol too small)";
            break outer;
          }
          if (nfev >= limits.maxEvaluations()) {
            status = Status.MAX_EVALUATIONS;
            detail = "maxEvaluations = " + limits.maxEvaluations() + " residual evaluations";
            break outer;
          }
          if (ratio >= 1e-4) {
            continue outer;
          }
        }
      }
      return run.result(status, detail);
    } catch (Stop stop) {
      return run.result(stop);
    }
  }

  /** Calls the problem, counting the call and checking shape and finiteness; fills jacobian when not null. */
  private static double[] evaluate(LeastSquaresProblem problem, double[] x, double[][] jacobian, int m, Run run) {
    run.countEvaluation();
    if (jacobian != null) {
      for (double[] row : jacobian) {
        java.util.Arrays.fill(row, 0); // so that sparse Jacobians need only write their nonzeros
      }
    }
    double[] r = problem.residuals(x.clone(), jacobian);
    if (r == null || r.length != m) {
      throw new IllegalArgumentException("residuals must return " + m + " values, got "
          + (r == null ? "null" : r.length + ""));
    }
    int bad = nonFinite(r);
    if (bad >= 0) {
      throw new Stop(Status.NON_FINITE, "residual " + bad + " = " + r[bad]);
    }
    if (jacobian != null) {
      for (int i = 0; i < m; i++) {
        int badJ = nonFinite(jacobian[i]);
        if (badJ >= 0) {
          throw new Stop(Status.NON_FINITE, "jacobian[" + i + "][" + badJ + "] = " + jacobian[i][badJ]);
        }
      }
    }
    return r;
  }

  private static int nonFinite(double[] v) {
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        return i;
      }
    }
    return -1;
  }

  /** The max-norm of ∇Σrᵢ² = 2Jᵀr. */
  private static double gradientNorm(double[][] jacobian, double[] r) {
    double max = 0;
    for (int j = 0; j < jacobian[0].length; j++) {
      double s = 0;
      for (int i = 0; i < r.length; i++) {
        s += jacobian[i][j] * r[i];
      }
      max = Math.max(max, Math.abs(2 * s));
    }
    return max;
  }

  private static double scaledNorm(double[] diag, double[] v) {
    double[] w = new double[v.length];
    for (int j = 0; j < v.length; j++) {
      w[j] = diag[j] * v[j];
    }
    return MinpackQr.norm(w, 0, w.length);
  }

  /** Builder of {@link LevenbergMarquardt}. */
  public static final class Builder extends OptimizerBuilder<Builder> {
    private double initialStepBound = 100;

    private Builder() {
      super(0, 0, 0, 1.49012e-8, 1.49012e-8);
    }

    /** MINPACK's factor: the initial trust radius is factor·‖D·x0‖ (or factor if that is 0); > 0, default 100. */
    public Builder initialStepBound(double factor) {
      this.initialStepBound = Checks.positive("initialStepBound", factor);
      return this;
    }

    /** Creates the minimizer. */
    public LevenbergMarquardt build() {
      return new LevenbergMarquardt(this);
    }
  }
}
