package dev.nabla.optim;

/**
 * Inequality-constrained least squares, min ‖E·x − f‖ subject to G·x ≥ h: with E = Q·R, the change of variables
 * z = R·x − Qᵀf turns it into the least-distance problem min ‖z‖ subject to G·R⁻¹·z ≥ h − G·R⁻¹·Qᵀf (Lawson and
 * Hanson 1974, chapter 23, algorithm LSI).
 */
final class InequalityLeastSquares {
  private static final double EPS = 2.22e-16;

  private InequalityLeastSquares() {}

  /**
   * Solves the problem for E given by its n columns {@code e[j]} of length me (me ≥ n), f of length me, and the
   * first n entries of the {@code rows} rows of g; e, f, g and h are overwritten. Writes x (length n) and the
   * multipliers of G·x ≥ h.
   */
  static SubproblemStatus solve(double[][] e, double[] f, int me, double[][] g, double[] h, int rows, int n,
      double[] x, double[] multipliers) {
    for (int i = 0; i < n; i++) {
      double up = Householder.construct(e[i], i, i + 1, me);
      for (int j = i + 1; j < n; j++) {
        Householder.apply(e[i], i, i + 1, me, up, e[j]);
      }
      Householder.apply(e[i], i, i + 1, me, up, f);
    }
    for (int r = 0; r < rows; r++) {
      double[] row = g[r];
      for (int j = 0; j < n; j++) {
        if (!(Math.abs(e[j][j]) >= EPS)) {
          return SubproblemStatus.SINGULAR_E;
        }
        double s = row[j];
        for (int k = 0; k < j; k++) {
          s -= row[k] * e[j][k];
        }
        row[j] = s / e[j][j];
      }
      double s = h[r];
      for (int j = 0; j < n; j++) {
        s -= row[j] * f[j];
      }
      h[r] = s;
    }
    SubproblemStatus status = LeastDistance.solve(g, h, rows, n, x, multipliers);
    if (status != SubproblemStatus.SOLVED) {
      return status;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = x[i] + f[i];
      for (int j = i + 1; j < n; j++) {
        s -= e[j][i] * x[j];
      }
      x[i] = s / e[i][i];
    }
    return SubproblemStatus.SOLVED;
  }
}
