package dev.nabla.sample;

/** The closed-form least-squares solution: solves AᵀAθ = Aᵀb by a Cholesky factorization. */
final class NormalEquations {
  private NormalEquations() {}

  /** The θ minimizing ‖Aθ − b‖² for an A of full column rank. */
  static double[] solve(double[][] a, double[] b) {
    int n = a[0].length;
    double[][] gram = new double[n][n];
    double[] rhs = new double[n];
    for (int row = 0; row < a.length; row++) {
      for (int i = 0; i < n; i++) {
        rhs[i] += a[row][i] * b[row];
        for (int j = 0; j < n; j++) {
          gram[i][j] += a[row][i] * a[row][j];
        }
      }
    }
    double[][] l = cholesky(gram);
    double[] y = new double[n];
    for (int i = 0; i < n; i++) {
      double s = rhs[i];
      for (int k = 0; k < i; k++) {
        s -= l[i][k] * y[k];
      }
      y[i] = s / l[i][i];
    }
    double[] theta = new double[n];
    for (int i = n - 1; i >= 0; i--) {
      double s = y[i];
      for (int k = i + 1; k < n; k++) {
        s -= l[k][i] * theta[k];
      }
      theta[i] = s / l[i][i];
    }
    return theta;
  }

  /** The lower-triangular L with LLᵀ = m for a symmetric positive definite m. */
  private static double[][] cholesky(double[][] m) {
    int n = m.length;
    double[][] l = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) {
        double s = m[i][j];
        for (int k = 0; k < j; k++) {
          s -= l[i][k] * l[j][k];
        }
        if (i == j) {
          if (!(s > 0)) {
            throw new IllegalArgumentException("AᵀA is not positive definite: A lacks full column rank");
          }
          l[i][i] = Math.sqrt(s);
        } else {
          l[i][j] = s / l[j][j];
        }
      }
    }
    return l;
  }
}
