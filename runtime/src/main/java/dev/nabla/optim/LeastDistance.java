package dev.nabla.optim;

import java.util.Arrays;

/**
 * Least-distance programming, min ½‖x‖² subject to G·x ≥ h: the NNLS problem min ‖[Gᵀ; hᵀ]·u − eₙ₊₁‖ on u ≥ 0
 * gives x = −r₁..ₙ/rₙ₊₁ from its residual r (Lawson and Hanson 1974, chapter 23, algorithm LDP).
 */
final class LeastDistance {
  private LeastDistance() {}

  /**
   * Writes the solution into x (length n) and the constraints' Lagrange multipliers (≥ 0, one per row of G) into
   * multipliers; the rows of g may be longer than n, only their first n entries count.
   */
  static SubproblemStatus solve(double[][] g, double[] h, int rows, int n, double[] x, double[] multipliers) {
    Arrays.fill(x, 0, n, 0);
    if (rows == 0) {
      return SubproblemStatus.SOLVED;
    }
    double[][] dual = new double[rows][n + 1];
    for (int j = 0; j < rows; j++) {
      System.arraycopy(g[j], 0, dual[j], 0, n);
      dual[j][n] = h[j];
    }
    double[] target = new double[n + 1];
    target[n] = 1;
    Nnls.Solution u = Nnls.solve(dual, n + 1, target);
    if (!u.solved()) {
      return SubproblemStatus.ITERATION_LIMIT;
    }
    if (u.residualNorm() <= 0) {
      return SubproblemStatus.INCOMPATIBLE;
    }
    double fac = 1;
    for (int j = 0; j < rows; j++) {
      fac -= h[j] * u.x()[j];
    }
    if (!((1 + fac) - 1 > 0)) {
      return SubproblemStatus.INCOMPATIBLE;
    }
    fac = 1 / fac;
    for (int i = 0; i < n; i++) {
      double s = 0;
      for (int j = 0; j < rows; j++) {
        s += g[j][i] * u.x()[j];
      }
      x[i] = fac * s;
    }
    for (int j = 0; j < rows; j++) {
      multipliers[j] = fac * u.x()[j];
    }
    return SubproblemStatus.SOLVED;
  }
}
