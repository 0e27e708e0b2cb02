package dev.nabla.optim;

import java.util.Arrays;

/**
 * Least squares with equality and inequality constraints, min ‖E·x − f‖ subject to C·x = d and G·x ≥ h: an
 * orthogonal basis of C's null space (C·Q = [L 0]) fixes the first components of Qᵀx and leaves an
 * inequality-constrained problem in the rest (Lawson and Hanson 1974, chapter 23.6; Kraft's LSEI).
 */
final class ConstrainedLeastSquares {
  private static final double EPS = 2.22e-16;

  private ConstrainedLeastSquares() {}

  /**
   * Solves for the first n entries of the rows of c (mc ≤ n rows), e (me rows) and g (mg rows); every argument
   * array but the outputs is overwritten. Writes x (length n) and the multipliers, mc of C·x = d then mg of
   * G·x ≥ h (≥ 0), which satisfy Eᵀ(E·x − f) = Cᵀλ_C + Gᵀλ_G.
   */
  static SubproblemStatus solve(double[][] c, double[] d, int mc, double[][] e, double[] f, int me, double[][] g,
      double[] h, int mg, int n, double[] x, double[] multipliers) {
    double[] up = new double[mc];
    for (int i = 0; i < mc; i++) {
      up[i] = Householder.construct(c[i], i, i + 1, n);
      for (int j = i + 1; j < mc; j++) {
        Householder.apply(c[i], i, i + 1, n, up[i], c[j]);
      }
      for (int j = 0; j < me; j++) {
        Householder.apply(c[i], i, i + 1, n, up[i], e[j]);
      }
      for (int j = 0; j < mg; j++) {
        Householder.apply(c[i], i, i + 1, n, up[i], g[j]);
      }
    }
    for (int i = 0; i < mc; i++) {
      if (Math.abs(c[i][i]) < EPS) {
        return SubproblemStatus.SINGULAR_C;
      }
      x[i] = (d[i] - dot(c[i], x, 0, i)) / c[i][i];
    }
    Arrays.fill(multipliers, mc, mc + mg, 0);
    if (mc < n) {
      SubproblemStatus status = solveNullSpace(c, mc, e, f, me, g, h, mg, n, x, multipliers);
      if (status != SubproblemStatus.SOLVED || mc == 0) {
        return status;
      }
    }
    equalityMultipliers(c, d, mc, e, f, me, g, mg, n, x, multipliers);
    for (int i = mc - 1; i >= 0; i--) {
      Householder.apply(c[i], i, i + 1, n, up[i], x);
    }
    return SubproblemStatus.SOLVED;
  }

  /** Solves for x[mc..n−1] once x[0..mc−1] is fixed, by HFTI without inequalities and LSI with them. */
  private static SubproblemStatus solveNullSpace(double[][] c, int mc, double[][] e, double[] f, int me,
      double[][] g, double[] h, int mg, int n, double[] x, double[] multipliers) {
    int free = n - mc;
    double[] rhs = new double[Math.max(me, free)];
    double[][] columns = new double[free][me];
    for (int i = 0; i < me; i++) {
      rhs[i] = f[i] - dot(e[i], x, 0, mc);
      for (int k = 0; k < free; k++) {
        columns[k][i] = e[i][mc + k];
      }
    }
    if (mg == 0) {
      boolean fullRank = PivotedLeastSquares.solve(columns, me, rhs, Math.sqrt(EPS));
      System.arraycopy(rhs, 0, x, mc, free);
      return fullRank ? SubproblemStatus.SOLVED : SubproblemStatus.RANK_DEFICIENT;
    }
    double[][] reduced = new double[mg][free];
    for (int i = 0; i < mg; i++) {
      h[i] -= dot(g[i], x, 0, mc);
      System.arraycopy(g[i], mc, reduced[i], 0, free);
    }
    double[] z = new double[free];
    double[] inequality = new double[mg];
    SubproblemStatus status =
        InequalityLeastSquares.solve(columns, rhs, me, reduced, h, mg, free, z, inequality);
    System.arraycopy(z, 0, x, mc, free);
    System.arraycopy(inequality, 0, multipliers, mc, mg);
    return status;
  }

  /** Solves Lᵀλ_C = (Eᵀ(E·x − f) − Gᵀλ_G)[0..mc−1] in the rotated coordinates. */
  private static void equalityMultipliers(double[][] c, double[] d, int mc, double[][] e, double[] f, int me,
      double[][] g, int mg, int n, double[] x, double[] multipliers) {
    for (int i = 0; i < me; i++) {
      f[i] = dot(e[i], x, 0, n) - f[i];
    }
    for (int i = 0; i < mc; i++) {
      double s = 0;
      for (int k = 0; k < me; k++) {
        s += e[k][i] * f[k];
      }
      for (int k = 0; k < mg; k++) {
        s -= g[k][i] * multipliers[mc + k];
      }
      d[i] = s;
    }
    for (int i = mc - 1; i >= 0; i--) {
      double s = d[i];
      for (int j = i + 1; j < mc; j++) {
        s -= c[j][i] * multipliers[j];
      }
      multipliers[i] = s / c[i][i];
    }
  }

  private static double dot(double[] u, double[] v, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += u[i] * v[i];
    }
    return s;
  }
}
