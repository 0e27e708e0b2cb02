package dev.nabla.optim;

/**
 * The Moré–Thuente line search (MINPACK-2 {@code dcsrch}/{@code dcstep}, as used by scipy's L-BFGS-B) for a step
 * meeting the strong Wolfe conditions φ(t) ≤ φ(0) + ftol·t·φ'(0) and |φ'(t)| ≤ gtol·|φ'(0)|, with safeguarded
 * cubic and quadratic interpolation.
 */
final class MoreThuente {
  private static final double XTRAPL = 1.1;
  private static final double XTRAPU = 4.0;

  /**
   * How a search ended; the line function was last evaluated at the returned step in every case. NON_FINITE is a
   * failure at which no trial was finite.
   */
  enum Outcome { CONVERGED, WARNING, FAILED, NON_FINITE }

  private final double ftol;
  private final double gtol;
  private final double xtol;
  private final int maxEvaluations;
  private double step;

  MoreThuente(double ftol, double gtol, double xtol, int maxEvaluations) {
    this.ftol = ftol;
    this.gtol = gtol;
    this.xtol = xtol;
    this.maxEvaluations = maxEvaluations;
  }

  /** The step of the last evaluation of the last search. */
  double step() {
    return step;
  }

  /**
   * Searches from φ(0) = finit with φ'(0) = ginit < 0, first trying {@code stp} in (0, stpmax].
   * WARNING means the bracket became too small for more progress (dcsrch's warnings); like scipy, the caller
   * accepts that step. FAILED means {@code maxEvaluations} trials were spent, NON_FINITE that all of them were
   * non-finite. A trial whose value or slope is not finite (NaN or ±∞, as beyond a barrier or outside a domain) is
   * rejected as a step too long, as scipy's line searches do: no later trial goes beyond it, and the next one halves
   * the distance to it from the best finite step.
   */
  Outcome search(LineFunction phi, double finit, double ginit, double stp, double stpmax) {
    final double stpmin = 0;
    // The target of L-BFGS-B is feasible, so stpmax ≥ 1 up to rounding; never try beyond it.
    stp = Math.min(stp, stpmax);
    boolean brackt = false;
    int stage = 1;
    double gtest = ftol * ginit;
    double width = stpmax - stpmin;
    double width1 = width / 0.5;
    double[] s = {0, finit, ginit, 0, finit, ginit}; // stx, fx, gx, sty, fy, gy
    double stmin = 0;
    double stmax = stp + XTRAPU * stp;
    double nonFiniteStep = Double.POSITIVE_INFINITY;
    boolean finiteSeen = false;
    for (int evaluation = 0; ; evaluation++) {
      if (evaluation >= maxEvaluations) {
        return finiteSeen ? Outcome.FAILED : Outcome.NON_FINITE;
      }
      step = stp;
      double f = phi.value(stp);
      double g = phi.slope();
      if (!Double.isFinite(f) || !Double.isFinite(g)) {
        nonFiniteStep = stp;
        stp = s[0] + 0.5 * (stp - s[0]);
        continue;
      }
      finiteSeen = true;
      double ftest = finit + stp * gtest;
      if (stage == 1 && f <= ftest && g >= 0) {
        stage = 2;
      }
      if (brackt && (stp <= stmin || stp >= stmax)) {
        return Outcome.WARNING; // rounding errors prevent progress
      }
      if (brackt && stmax - stmin <= xtol * stmax) {
        return Outcome.WARNING; // xtol test satisfied
      }
      if (stp == stpmax && f <= ftest && g <= gtest) {
        return Outcome.WARNING; // stp = stpmax
      }
      if (stp == stpmin && (f > ftest || g >= gtest)) {
        return Outcome.WARNING; // stp = stpmin
      }
      if (f <= ftest && Math.abs(g) <= gtol * (-ginit)) {
        return Outcome.CONVERGED;
      }
      double[] next = new double[1];
      if (stage == 1 && f <= s[1] && f > ftest) {
        // Use the modified function ψ(t) = φ(t) − φ(0) − gtest·t until a step with ψ ≤ 0 and φ' ≥ 0 is found.
        double[] m = {s[0], s[1] - s[0] * gtest, s[2] - gtest, s[3], s[4] - s[3] * gtest, s[5] - gtest};
        brackt = cstep(m, stp, f - stp * gtest, g - gtest, brackt, stmin, stmax, next);
        s[0] = m[0];
        s[1] = m[1] + m[0] * gtest;
        s[2] = m[2] + gtest;
        s[3] = m[3];
        s[4] = m[4] + m[3] * gtest;
        s[5] = m[5] + gtest;
      } else {
        brackt = cstep(s, stp, f, g, brackt, stmin, stmax, next);
      }
      stp = next[0];
      if (brackt) {
        if (Math.abs(s[3] - s[0]) >= 0.66 * width1) {
          stp = s[0] + 0.5 * (s[3] - s[0]);
        }
        width1 = width;
        width = Math.abs(s[3] - s[0]);
        stmin = Math.min(s[0], s[3]);
        stmax = Math.max(s[0], s[3]);
      } else {
        stmin = stp + XTRAPL * (stp - s[0]);
        stmax = stp + XTRAPU * (stp - s[0]);
      }
      stp = Math.min(Math.max(stp, stpmin), stpmax);
      if (brackt && (stp <= stmin || stp >= stmax) || brackt && stmax - stmin <= xtol * stmax) {
        stp = s[0];
      }
      if (stp >= nonFiniteStep) {
        stp = s[0] + 0.5 * (nonFiniteStep - s[0]);
      }
    }
  }

  /**
   * One safeguarded step of dcstep: updates the interval {@code s = {stx, fx, dx, sty, fy, dy}} with the trial
   * (stp, fp, dp), writes the next trial into {@code next[0]} and returns whether a minimizer is bracketed.
   */
  private static boolean cstep(double[] s, double stp, double fp, double dp, boolean brackt, double stpmin,
      double stpmax, double[] next) {
    double stx = s[0];
    double fx = s[1];
    double dx = s[2];
    double sty = s[3];
    double fy = s[4];
    double dy = s[5];
    double sgnd = dp * Math.signum(dx);
    double stpf;
    if (fp > fx) {
      // Higher value: the minimum is bracketed; take the cubic step if closer to stx, else the average.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double sc = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
      double gamma = sc * Math.sqrt((theta / sc) * (theta / sc) - (dx / sc) * (dp / sc));
      if (stp < stx) {
        gamma = -gamma;
      }
      double p = (gamma - dx) + theta;
      double q = ((gamma - dx) + gamma) + dp;
      double stpc = stx + p / q * (stp - stx);
      double stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2) * (stp - stx);
      stpf = Math.abs(stpc - stx) < Math.abs(stpq - stx) ? stpc : stpc + (stpq - stpc) / 2;
      brackt = true;
    } else if (sgnd < 0) {
      // Derivatives of opposite sign: bracketed; take the step farther from stp.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double sc = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
      double gamma = sc * Math.sqrt((theta / sc) * (theta / sc) - (dx / sc) * (dp / sc));
      if (stp > stx) {
        gamma = -gamma;
      }
      double p = (gamma - dp) + theta;
      double q = ((gamma - dp) + gamma) + dx;
      double stpc = stp + p / q * (stx - stp);
      double stpq = stp + (dp / (dp - dx)) * (stx - stp);
      stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
      brackt = true;
    } else if (Math.abs(dp) < Math.abs(dx)) {
      // Same sign, decreasing magnitude: the cubic step is used only if it goes in the right direction.
      double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
      double sc = Math.max(Math.abs(theta), Math.max(Math.abs(dx), Math.abs(dp)));
      double gamma = sc * Math.sqrt(Math.max(0, (theta / sc) * (theta / sc) - (dx / sc) * (dp / sc)));
      if (stp > stx) {
        gamma = -gamma;
      }
      double p = (gamma - dp) + theta;
      double q = (gamma + (dx - dp)) + gamma;
      double r = p / q;
      double stpc;
      if (r < 0 && gamma != 0) {
        stpc = stp + r * (stx - stp);
      } else if (stp > stx) {
        stpc = stpmax;
      } else {
        stpc = stpmin;
      }
      double stpq = stp + (dp / (dp - dx)) * (stx - stp);
      if (brackt) {
        stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
        if (stp > stx) {
          stpf = Math.min(stp + 0.66 * (sty - stp), stpf);
        } else {
          stpf = Math.max(stp + 0.66 * (sty - stp), stpf);
        }
      } else {
        stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
        stpf = Math.max(stpmin, Math.min(stpmax, stpf));
      }
    } else {
      // Same sign, no decrease in magnitude: step to the far end or by the cubic through sty.
      if (brackt) {
        double theta = 3 * (fp - fy) / (sty - stp) + dy + dp;
        double sc = Math.max(Math.abs(theta), Math.max(Math.abs(dy), Math.abs(dp)));
        double gamma = sc * Math.sqrt((theta / sc) * (theta / sc) - (dy / sc) * (dp / sc));
        if (stp > sty) {
          gamma = -gamma;
        }
        double p = (gamma - dp) + theta;
        double q = ((gamma - dp) + gamma) + dy;
        stpf = stp + p / q * (sty - stp);
      } else {
        stpf = stp > stx ? stpmax : stpmin;
      }
    }
    if (fp > fx) {
      s[3] = stp;
      s[4] = fp;
      s[5] = dp;
    } else {
      if (sgnd < 0) {
        s[3] = stx;
        s[4] = fx;
        s[5] = dx;
      }
      s[0] = stp;
      s[1] = fp;
      s[2] = dp;
    }
    next[0] = stpf;
    return brackt;
  }
}
