package dev.nabla.optim;

/**
 * Non-negative least squares, min ‖A·x − b‖₂ subject to x ≥ 0, by Lawson and Hanson's active-set method (Lawson
 * and Hanson 1974, Solving Least Squares Problems, chapter 23, algorithm NNLS, as revised by Kraft for SLSQP).
 */
final class Nnls {
  /** Lawson and Hanson's factor deciding whether a candidate column is numerically independent of the set P. */
  private static final double FACTOR = 1e-2;

  private Nnls() {}

  /**
   * The solution x ≥ 0, the residual norm ‖A·x − b‖₂ and whether the active-set loop finished within its 3·n
   * iterations (SLSQP's mode 3 when it did not).
   */
  record Solution(double[] x, double residualNorm, boolean solved) {}

  /**
   * Solves the problem for A given by its n columns {@code a[j]} of length m; a and b are overwritten by Q·A and
   * Q·b for the orthogonal Q built along the way.
   */
  static Solution solve(double[][] a, int m, double[] b) {
    int n = a.length;
    double[] x = new double[n];
    double[] dual = new double[n];
    double[] z = new double[m];
    // index[0..set−1] is the passive set P (x > 0), index[set..n−1] the active set Z (x = 0).
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      index[i] = i;
    }
    int set = 0;
    int iterations = 0;
    boolean solved = true;
    outer:
    while (set < n && set < m) {
      for (int k = set; k < n; k++) {
        dual[index[k]] = dot(a[index[k]], b, set, m);
      }
      int entering = -1;
      double up = 0;
      while (entering < 0) {
        int best = largestPositive(dual, index, set);
        if (best < 0) {
          break outer;
        }
        double[] column = a[index[best]];
        double saved = column[set];
        up = Householder.construct(column, set, set + 1, m);
        double unorm = norm(column, 0, set);
        if ((unorm + FACTOR * Math.abs(column[set])) - unorm > 0) {
          System.arraycopy(b, 0, z, 0, m);
          Householder.apply(column, set, set + 1, m, up, z);
          if (z[set] / column[set] > 0) {
            entering = best;
            continue;
          }
        }
        column[set] = saved;
        dual[index[best]] = 0;
      }
      int j = index[entering];
      System.arraycopy(z, 0, b, 0, m);
      index[entering] = index[set];
      index[set] = j;
      set++;
      for (int k = set; k < n; k++) {
        Householder.apply(a[j], set - 1, set, m, up, a[index[k]]);
      }
      for (int i = set; i < m; i++) {
        a[j][i] = 0;
      }
      dual[j] = 0;
      while (true) {
        solveTriangular(a, index, set, z);
        if (++iterations > 3 * n) {
          solved = false;
          break outer;
        }
        int leaving = stepTowards(z, x, index, set);
        if (leaving < 0) {
          continue outer;
        }
        // Kraft's revision stops (mode 3) when P empties here; like Lawson and Hanson's original we go on.
        set = removeNonPositive(a, b, x, index, set, leaving);
        System.arraycopy(b, 0, z, 0, m);
      }
    }
    return new Solution(x, set < m ? norm(b, set, m) : 0, solved);
  }

  /** The position in Z of the largest positive dual value, or −1 when none is positive. */
  private static int largestPositive(double[] dual, int[] index, int set) {
    double max = 0;
    int best = -1;
    for (int k = set; k < index.length; k++) {
      if (dual[index[k]] > max) {
        max = dual[index[k]];
        best = k;
      }
    }
    return best;
  }

  /** Solves the upper triangular system of the passive columns for z in place. */
  private static void solveTriangular(double[][] a, int[] index, int set, double[] z) {
    for (int p = set - 1; p >= 0; p--) {
      if (p != set - 1) {
        double next = z[p + 1];
        double[] column = a[index[p + 1]];
        for (int k = 0; k <= p; k++) {
          z[k] -= next * column[k];
        }
      }
      z[p] /= a[index[p]][p];
    }
  }

  /**
   * Moves x towards z as far as x stays ≥ 0 on P (x ← x + α(z − x), α ≤ 1); returns the position in P of the
   * variable that reached 0 first, or −1 when the full step was taken.
   */
  private static int stepTowards(double[] z, double[] x, int[] index, int set) {
    double alpha = 1;
    int leaving = -1;
    for (int p = 0; p < set; p++) {
      if (z[p] <= 0) {
        int l = index[p];
        double t = -x[l] / (z[p] - x[l]);
        if (!(alpha < t)) {
          alpha = t;
          leaving = p;
        }
      }
    }
    for (int p = 0; p < set; p++) {
      int l = index[p];
      x[l] = (1 - alpha) * x[l] + alpha * z[p];
    }
    return leaving;
  }

  /**
   * Moves the variable at position {@code leaving} of P, and then every other variable of P that is not positive,
   * to Z, restoring the triangular form by Givens rotations; returns the new size of P.
   */
  private static int removeNonPositive(double[][] a, double[] b, double[] x, int[] index, int set, int leaving) {
    int position = leaving;
    while (position >= 0) {
      int i = index[position];
      x[i] = 0;
      for (int q = position + 1; q < set; q++) {
        int column = index[q];
        index[q - 1] = column;
        rotate(a, b, q - 1, column);
      }
      set--;
      index[set] = i;
      position = -1;
      for (int p = 0; p < set && position < 0; p++) {
        if (x[index[p]] <= 0) {
          position = p;
        }
      }
    }
    return set;
  }

  /** Rotates rows r and r + 1 of A and b so that column {@code pivot} gets a 0 in row r + 1 (BLAS drotg/drot). */
  private static void rotate(double[][] a, double[] b, int r, int pivot) {
    double da = a[pivot][r];
    double db = a[pivot][r + 1];
    double scale = Math.abs(da) + Math.abs(db);
    double c = 1;
    double s = 0;
    double radius = 0;
    if (scale != 0) {
      double roe = Math.abs(da) > Math.abs(db) ? da : db;
      radius = Math.copySign(scale * Math.sqrt((da / scale) * (da / scale) + (db / scale) * (db / scale)), roe);
      c = da / radius;
      s = db / radius;
    }
    for (double[] column : a) {
      double top = column[r];
      column[r] = c * top + s * column[r + 1];
      column[r + 1] = c * column[r + 1] - s * top;
    }
    a[pivot][r] = radius;
    a[pivot][r + 1] = 0;
    double top = b[r];
    b[r] = c * top + s * b[r + 1];
    b[r + 1] = c * b[r + 1] - s * top;
  }

  private static double dot(double[] u, double[] v, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += u[i] * v[i];
    }
    return s;
  }

  private static double norm(double[] v, int from, int to) {
    return Math.sqrt(dot(v, v, from, to));
  }
}
