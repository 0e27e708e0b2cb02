package dev.nabla.optim;

/** LU factorization with partial pivoting of a small square matrix, for the L-BFGS-B middle matrices. */
final class DenseLu {
  private final double[][] lu;
  private final int[] pivot;
  private final boolean singular;

  /** Factors a copy of a. */
  DenseLu(double[][] a) {
    int n = a.length;
    lu = new double[n][];
    for (int i = 0; i < n; i++) {
      lu[i] = a[i].clone();
    }
    pivot = new int[n];
    boolean zeroPivot = false;
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(lu[i][k]) > Math.abs(lu[p][k])) {
          p = i;
        }
      }
      pivot[k] = p;
      double[] t = lu[p];
      lu[p] = lu[k];
      lu[k] = t;
      if (lu[k][k] == 0) {
        zeroPivot = true;
        continue;
      }
      for (int i = k + 1; i < n; i++) {
        double factor = lu[i][k] /= lu[k][k];
        for (int j = k + 1; j < n; j++) {
          lu[i][j] -= factor * lu[k][j];
        }
      }
    }
    singular = zeroPivot;
  }

  boolean singular() {
    return singular;
  }

  /** Returns the solution of A·x = b. */
  double[] solve(double[] b) {
    int n = lu.length;
    double[] x = b.clone();
    for (int k = 0; k < n; k++) {
      double t = x[pivot[k]];
      x[pivot[k]] = x[k];
      x[k] = t;
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        x[i] -= lu[i][j] * x[j];
      }
    }
    for (int i = n - 1; i >= 0; i--) {
      for (int j = i + 1; j < n; j++) {
        x[i] -= lu[i][j] * x[j];
      }
      x[i] /= lu[i][i];
    }
    return x;
  }
}
