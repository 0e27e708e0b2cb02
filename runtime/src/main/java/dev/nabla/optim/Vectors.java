package dev.nabla.optim;

/** Small dense vector helpers. */
final class Vectors {
  private Vectors() {}

  static double dot(double[] a, double[] b) {
    double s = 0;
    for (int i = 0; i < a.length; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  /** Σ a[i]·b[i] over from ≤ i &lt; to, summed in order as BLAS ddot does. */
  static double dot(double[] a, double[] b, int from, int to) {
    double s = 0;
    for (int i = from; i < to; i++) {
      s += a[i] * b[i];
    }
    return s;
  }

  static double maxNorm(double[] a) {
    double m = 0;
    for (double v : a) {
      m = Math.max(m, Math.abs(v));
    }
    return m;
  }

  static double norm(double[] a) {
    return Math.sqrt(dot(a, a));
  }

  /** y ← y + a·x. */
  static void axpy(double a, double[] x, double[] y) {
    for (int i = 0; i < y.length; i++) {
      y[i] += a * x[i];
    }
  }

  /** Whether every entry of a is finite. */
  static boolean allFinite(double[] a) {
    for (double v : a) {
      if (!Double.isFinite(v)) {
        return false;
      }
    }
    return true;
  }

  /** Whether every entry of every row of a is finite. */
  static boolean allFinite(double[][] a) {
    for (double[] row : a) {
      if (!allFinite(row)) {
        return false;
      }
    }
    return true;
  }
}
