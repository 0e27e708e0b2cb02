package dev.nabla.optim;

/**
 * Least squares min ‖A·x − b‖ by Householder QR with column pivoting, reporting the pseudorank (the count of
 * diagonal entries of R above τ) and solving only at full column rank (Lawson and Hanson 1974, chapter 14, algorithm
 * HFTI, whose rank-deficient branch SLSQP treats as a failure).
 */
final class PivotedLeastSquares {
  /** HFTI's factor deciding when the downdated column norms must be recomputed. */
  private static final double FACTOR = 1e-3;

  private PivotedLeastSquares() {}

  /**
   * Solves for A given by its n columns {@code a[j]} of length m and b of length ≥ max(m, n); a and b are
   * overwritten, and at full rank b[0..n−1] holds x. Returns whether the rank is n.
   */
  static boolean solve(double[][] a, int m, double[] b, double tau) {
    int n = a.length;
    int diagonal = Math.min(m, n);
    double[] norms = new double[n];
    int[] pivots = new int[diagonal];
    double largest = 0;
    for (int j = 0; j < diagonal; j++) {
      int max = j;
      boolean recompute = j == 0;
      if (!recompute) {
        for (int l = j; l < n; l++) {
          norms[l] -= a[l][j - 1] * a[l][j - 1];
          if (norms[l] > norms[max]) {
            max = l;
          }
        }
        recompute = !((largest + FACTOR * norms[max]) - largest > 0);
      }
      if (recompute) {
        max = j;
        for (int l = j; l < n; l++) {
          double s = 0;
          for (int i = j; i < m; i++) {
            s += a[l][i] * a[l][i];
          }
          norms[l] = s;
          if (norms[l] > norms[max]) {
            max = l;
          }
        }
        largest = norms[max];
      }
      pivots[j] = max;
      if (max != j) {
        double[] t = a[j];
        a[j] = a[max];
        a[max] = t;
        norms[max] = norms[j];
      }
      double up = Householder.construct(a[j], j, j + 1, m);
      for (int l = j + 1; l < n; l++) {
        Householder.apply(a[j], j, j + 1, m, up, a[l]);
      }
      Householder.apply(a[j], j, j + 1, m, up, b);
    }
    for (int j = 0; j < diagonal; j++) {
      if (Math.abs(a[j][j]) <= tau) {
        return false;
      }
    }
    if (diagonal < n) {
      return false;
    }
    for (int i = n - 1; i >= 0; i--) {
      double s = b[i];
      for (int j = i + 1; j < n; j++) {
        s -= a[j][i] * b[j];
      }
      b[i] = s / a[i][i];
    }
    for (int j = diagonal - 1; j >= 0; j--) {
      double t = b[pivots[j]];
      b[pivots[j]] = b[j];
      b[j] = t;
    }
    return true;
  }
}
