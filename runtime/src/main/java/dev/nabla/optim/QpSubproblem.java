package dev.nabla.optim;

/**
 * SLSQP's search-direction subproblem min ½dᵀBd + ∇fᵀd subject to A·d + g = 0 (equality rows), A·d + g ≥ 0 (the
 * others) and the bounds, posed as the least-squares problem min ‖D^½Lᵀd + D^−½L⁻¹∇f‖ for B = L·D·Lᵀ and solved by
 * {@link ConstrainedLeastSquares} (Kraft 1988, DFVLR-FB 88-28, subroutine LSQ).
 */
final class QpSubproblem {
  private QpSubproblem() {}

  /**
   * Solves for the direction d of length n and the rows' multipliers. With {@code relaxationWeight} > 0 the
   * problem is SLSQP's augmented one: d has a last entry ξ ∈ [lower, upper] (the relaxation of the constraints,
   * whose column the rows of a carry at index n − 1) weighted by that value in the least-squares objective, and B
   * covers the first n − 1 entries. Bounds are relative to the current point, infinite where absent; a solved d is
   * clipped into them.
   *
   * @param rows the rows' gradients, each of length ≥ n
   * @param values the rows' values gⱼ(x)
   */
  static SubproblemStatus solve(LdlFactor b, double relaxationWeight, double[] gradient, double[][] rows,
      double[] values, int equalities, double[] lower, double[] upper, int n, double[] d, double[] multipliers) {
    int m = values.length;
    double[][] e = new double[n][n];
    double[] f = new double[n];
    int base = b.dimension();
    for (int i = 0; i < base; i++) {
      double root = Math.sqrt(b.diagonal(i));
      e[i][i] = root;
      for (int j = i + 1; j < base; j++) {
        e[i][j] = root * b.lower(j, i);
      }
      double s = gradient[i];
      for (int k = 0; k < i; k++) {
        s -= e[k][i] * f[k];
      }
      f[i] = s / root;
    }
    if (base < n) {
      e[n - 1][n - 1] = relaxationWeight;
    }
    for (int i = 0; i < n; i++) {
      f[i] = -f[i];
    }
    double[][] c = new double[equalities][n];
    double[] dc = new double[equalities];
    for (int j = 0; j < equalities; j++) {
      System.arraycopy(rows[j], 0, c[j], 0, n);
      dc[j] = -values[j];
    }
    int bounded = 0;
    for (int i = 0; i < n; i++) {
      bounded += (Double.isFinite(lower[i]) ? 1 : 0) + (Double.isFinite(upper[i]) ? 1 : 0);
    }
    int mg = m - equalities + bounded;
    double[][] g = new double[mg][n];
    double[] h = new double[mg];
    int r = 0;
    for (int j = equalities; j < m; j++, r++) {
      System.arraycopy(rows[j], 0, g[r], 0, n);
      h[r] = -values[j];
    }
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(lower[i])) {
        g[r][i] = 1;
        h[r++] = lower[i];
      }
    }
    for (int i = 0; i < n; i++) {
      if (Double.isFinite(upper[i])) {
        g[r][i] = -1;
        h[r++] = -upper[i];
      }
    }
    double[] w = new double[equalities + mg];
    SubproblemStatus status =
        ConstrainedLeastSquares.solve(c, dc, equalities, e, f, n, g, h, mg, n, d, w);
    if (status == SubproblemStatus.SOLVED) {
      System.arraycopy(w, 0, multipliers, 0, m);
      for (int i = 0; i < n; i++) {
        if (d[i] < lower[i]) {
          d[i] = lower[i];
        } else if (d[i] > upper[i]) {
          d[i] = upper[i];
        }
      }
    }
    return status;
  }
}
