package dev.nabla.optim;

/**
 * Solves (H + τI)·p = b with the smallest τ in the sequence 0, β, 2β, 4β, … for which the Cholesky factorization
 * succeeds (Nocedal and Wright, Algorithm 3.3), so that Newton steps are descent directions even where the
 * Hessian is indefinite.
 */
final class ModifiedCholesky {
  private ModifiedCholesky() {}

  /** Returns the solution p; H is not modified. */
  static double[] solve(double[][] h, double[] b) {
    return substitute(shiftedFactor(h, Double.MIN_NORMAL), b);
  }

  /**
   * The lower Cholesky factor of H + τI for the smallest τ of the sequence, with β = 10⁻³·max(maxᵢ|Hᵢᵢ|, scale);
   * H, finite, is not modified.
   */
  static double[][] shiftedFactor(double[][] h, double scale) {
    int n = h.length;
    double minDiagonal = Double.POSITIVE_INFINITY;
    double maxDiagonal = 0;
    for (int i = 0; i < n; i++) {
      minDiagonal = Math.min(minDiagonal, h[i][i]);
      maxDiagonal = Math.max(maxDiagonal, Math.abs(h[i][i]));
    }
    // β relative to the Hessian's scale, so that badly scaled problems get a proportionate shift.
    double beta = 1e-3 * Math.max(maxDiagonal, scale);
    double tau = minDiagonal > 0 ? 0 : beta - minDiagonal;
    while (true) {
      double[][] l = factor(h, tau);
      if (l != null) {
        return l;
      }
      tau = Math.max(2 * tau, beta);
    }
  }

  /** The lower Cholesky factor of H + τI, or null when it is not (numerically) positive definite. */
  private static double[][] factor(double[][] h, double tau) {
    int n = h.length;
    double[][] l = new double[n][n];
    for (int j = 0; j < n; j++) {
      double d = h[j][j] + tau;
      for (int k = 0; k < j; k++) {
        d -= l[j][k] * l[j][k];
      }
      if (!(d > 0)) {
        return null;
      }
      l[j][j] = Math.sqrt(d);
      for (int i = j + 1; i < n; i++) {
        double s = h[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        l[i][j] = s / l[j][j];
      }
    }
    return l;
  }

  private static double[] substitute(double[][] l, double[] b) {
    int n = b.length;
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = b[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] x = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * x[k];
      }
      x[i] = s / l[i][i];
    }
    return x;
  }
}
