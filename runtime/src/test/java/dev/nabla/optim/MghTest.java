package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** L-BFGS and Levenberg–Marquardt against scipy on the Moré–Garbow–Hillstrom problems. */
class MghTest {
  // Measured with scipy 1.10.1 / numpy 1.24.2 (Debian python3-scipy 1.10.1-2):
  //   cd runtime/src/test/python && /usr/bin/python3 mgh_scipy.py
  // Each run uses default options and exact (complex-step) derivatives; "solved" is MghProblems.Problem#solvedBy.
  // leastsq (MINPACK lmder) and least_squares(method='lm') both solved 34 of 36 (not Freudenstein-Roth and
  // Trigonometric, which end in their well-known local minima 48.98 and 2.795e-5); L-BFGS-B solved 26 of 36.
  private static final int SCIPY_LM_SOLVED = 34;
  private static final int SCIPY_LBFGSB_SOLVED = 26;
  // The same script's "L-BFGS-B total nfev" over all 36 problems.
  private static final int SCIPY_LBFGSB_TOTAL_NFEV = 1026;
  // On Jennrich-Sampson scipy's L-BFGS-B evaluates +inf at its 24th and last trial step (exp overflows) and reports
  // "CONVERGENCE: REL_REDUCTION_OF_F_<=_FACTR*EPSMCH" at f = 214.34, not the minimum 124.36; Lbfgs, which rejects
  // the non-finite trial and shrinks the step, solves it. The evaluation totals are compared without this problem.
  private static final String SCIPY_LBFGSB_STOPPED_AT_INFINITY = "Jennrich-Sampson";
  private static final int SCIPY_LBFGSB_NFEV_THERE = 24;

  // f(x0) of every problem as computed by mgh.py (/usr/bin/python3 mgh_start_values.py), in list order.
  private static final double[] PYTHON_START_VALUES = {
    24.199999999999996, 400.5, 1.1352617173483783, 999998000003.0, 14.203125, 4171.306161960493, 2500.0,
    41.68169586167801, 3.888106991166676e-06, 1693607809.4361455, 12.11070582556949, 1031.1538106093983,
    215.00000000000003, 19192.0, 0.00531317227210854, 7926693.336997433, 0.8790262935446403, 0.7790700756559704,
    2.0934195142120644, 30.0, 30.0, 120.99999999999999, 645.0000000000001, 148032.56535, 162.65277656596712,
    2198551.1625, 0.007075759466220886, 273.2480478286743, 0.0007885191012648201, 0.06341684157945267, 21.0, 360.0,
    25.0, 84985.0, 15886.0, 0.038617698285930285
  };

  @Test
  void javaProblemsMatchThePythonOnes() {
    List<MghProblems.Problem> problems = MghProblems.all();
    assertEquals(PYTHON_START_VALUES.length, problems.size());
    for (int k = 0; k < problems.size(); k++) {
      MghProblems.Problem p = problems.get(k);
      double f0 = p.objective().value(p.x0());
      assertEquals(PYTHON_START_VALUES[k], f0, 1e-12 * Math.abs(PYTHON_START_VALUES[k]), p.name());
    }
  }

  @Test
  void jacobiansMatchCentralDifferences() {
    for (MghProblems.Problem p : MghProblems.all()) {
      int n = p.n();
      // A point near x0 but off its symmetries (x0 = 0 for Watson, equal coordinates for others).
      double[] x = p.x0().clone();
      for (int k = 0; k < n; k++) {
        x[k] += 0.01 * (k + 1) * (1 + Math.abs(x[k])) / n;
      }
      double[][] jac = new double[p.m()][n];
      p.residuals(x, jac);
      for (int k = 0; k < n; k++) {
        double h = 1e-6 * Math.max(1, Math.abs(x[k]));
        double[] xp = x.clone();
        double[] xm = x.clone();
        xp[k] += h;
        xm[k] -= h;
        double[] rp = p.residuals(xp, null);
        double[] rm = p.residuals(xm, null);
        for (int i = 0; i < p.m(); i++) {
          double fd = (rp[i] - rm[i]) / (xp[k] - xm[k]);
          double scale = Math.max(1, Math.max(Math.abs(fd), Math.abs(rp[i]) / h * 1e-9));
          assertEquals(fd, jac[i][k], 1e-5 * scale, p.name() + " J[" + i + "][" + k + "]");
        }
      }
    }
  }

  @Test
  void levenbergMarquardtSolvesAtLeastAsManyAsMinpack() {
    int solved = 0;
    StringBuilder report = new StringBuilder();
    for (MghProblems.Problem p : MghProblems.all()) {
      OptimizationResult r = LevenbergMarquardt.builder().build().minimize(p, p.x0());
      boolean ok = p.solvedBy(r.value());
      solved += ok ? 1 : 0;
      report.append(String.format("  %-38s f=%-24.16g f*=%-20.12g evals=%-5d %s %s%n", p.name(), r.value(), p.fStar(),
          r.evaluations(), r.status(), ok ? "ok" : "--"));
    }
    System.out.print("MGH Levenberg-Marquardt: " + solved + " solved (scipy MINPACK " + SCIPY_LM_SOLVED + ")\n"
        + report);
    assertTrue(solved >= SCIPY_LM_SOLVED, "solved " + solved + "\n" + report);
  }

  // MINPACK lmder's residual and Jacobian evaluations and info per problem, in list order, measured with
  // scipy 1.10.1 (leastsq with Dfun, col_deriv=0, default ftol = xtol = 1.49012e-8, gtol = 0, exact complex-step
  // Jacobians): cd runtime/src/test/python && /usr/bin/python3 mgh_lm_counts.py
  private static final int[][] MINPACK_NFEV_NJEV_INFO = {
    {21, 16, 4}, {14, 8, 1}, {19, 17, 2}, {16, 15, 2}, {9, 7, 2}, {21, 12, 1}, {11, 8, 2}, {6, 5, 1}, {4, 3, 2},
    {126, 116, 3}, {23, 18, 2}, {7, 6, 2}, {58, 57, 8}, {70, 64, 2}, {18, 16, 1}, {254, 236, 1}, {18, 15, 1},
    {44, 31, 2}, {16, 12, 1}, {8, 7, 1}, {8, 7, 3}, {21, 16, 4}, {58, 57, 8}, {79, 63, 1}, {80, 62, 1}, {11, 10, 2},
    {28, 16, 1}, {14, 12, 2}, {5, 4, 2}, {5, 4, 2}, {6, 5, 2}, {7, 6, 2}, {3, 2, 3}, {3, 2, 1}, {3, 2, 1},
    {39, 20, 1}
  };
  // The counts agree because the arithmetic is MINPACK's, not within a tolerance: Powell's singular function ends by
  // info 8 when rounding happens to make f orthogonal to J (writing r₄ = √10·(c·c) instead of √10·c·c costs one
  // more evaluation, though mgh.py writes it so). Two problems take another path in their last bits: Biggs EXP6
  // (nfev/njev 40/29, MINPACK 44/31; Math.exp is not libm's exp) and Extended Powell n=12 (65/64, MINPACK 58/57,
  // also with the hand-written Jacobian given to leastsq; the cause is not found).
  private static final Set<String> ROUNDING_SENSITIVE = Set.of("Biggs EXP6", "Extended Powell n=12");

  @Test
  void levenbergMarquardtEvaluatesLikeMinpack() {
    List<MghProblems.Problem> problems = MghProblems.all();
    assertEquals(MINPACK_NFEV_NJEV_INFO.length, problems.size());
    StringBuilder report = new StringBuilder();
    for (int k = 0; k < problems.size(); k++) {
      MghProblems.Problem p = problems.get(k);
      int[] calls = new int[2];
      LeastSquaresProblem counted = (x, jac) -> {
        calls[jac == null ? 0 : 1]++;
        return p.residuals(x, jac);
      };
      OptimizationResult r = LevenbergMarquardt.builder().build().minimize(counted, p.x0());
      int[] minpack = MINPACK_NFEV_NJEV_INFO[k];
      report.append(String.format("  %-38s nfev %3d njev %3d %-22s | MINPACK nfev %3d njev %3d info %d%n", p.name(),
          calls[0], calls[1], r.status(), minpack[0], minpack[1], minpack[2]));
      assertEquals(calls[0] + calls[1], r.evaluations(), p.name());
      // lmder's info 1–4 are its successes, 5–8 its failures (scipy's leastsq warns on them).
      assertEquals(minpack[2] <= 4, r.converged(), p.name() + " " + r.status());
      if (minpack[2] == 4 || minpack[2] == 8) {
        assertEquals(minpack[2] == 4 ? Status.GRADIENT_TOLERANCE : Status.PRECISION_LIMIT, r.status(), p.name());
      }
      if (!ROUNDING_SENSITIVE.contains(p.name())) {
        assertEquals(minpack[0], calls[0], p.name() + " residual evaluations");
        assertEquals(minpack[1], calls[1], p.name() + " Jacobian evaluations");
      }
    }
    System.out.print("MGH Levenberg-Marquardt evaluations against MINPACK:\n" + report);
  }

  @Test
  void lbfgsSolvesAtLeastAsManyAsScipy() {
    int solved = 0;
    int evaluations = 0;
    StringBuilder report = new StringBuilder();
    for (MghProblems.Problem p : MghProblems.all()) {
      OptimizationResult r = Lbfgs.builder().build().minimize(p.objective(), p.x0());
      boolean ok = p.solvedBy(r.value());
      solved += ok ? 1 : 0;
      evaluations += p.name().equals(SCIPY_LBFGSB_STOPPED_AT_INFINITY) ? 0 : r.evaluations();
      report.append(String.format("  %-38s f=%-24.16g f*=%-20.12g evals=%-5d %s %s%n", p.name(), r.value(), p.fStar(),
          r.evaluations(), r.status(), ok ? "ok" : "--"));
    }
    System.out.print("MGH L-BFGS: " + solved + " solved (scipy L-BFGS-B " + SCIPY_LBFGSB_SOLVED + "), "
        + evaluations + " evaluations without " + SCIPY_LBFGSB_STOPPED_AT_INFINITY + " (scipy "
        + (SCIPY_LBFGSB_TOTAL_NFEV - SCIPY_LBFGSB_NFEV_THERE) + ")\n" + report);
    assertTrue(solved >= SCIPY_LBFGSB_SOLVED, "solved " + solved + "\n" + report);
    assertTrue(evaluations <= SCIPY_LBFGSB_TOTAL_NFEV - SCIPY_LBFGSB_NFEV_THERE, "evaluations " + evaluations);
  }
}
