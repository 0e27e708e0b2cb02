package dev.nabla.optim;

/**
 * Householder reflections Q = I + u·uᵀ/(up·u_p) that zero the entries {@code first..end−1} of a vector against its
 * pivot entry p (Lawson and Hanson 1974, algorithm H12), as the least-squares subproblems of {@link Sqp} use them.
 */
final class Householder {
  private Householder() {}

  /**
   * Turns v into the reflection that maps it to (…, ∓‖v‖ at p, 0 in first..end−1, …), storing u in v's entries
   * p and first..end−1; returns the scalar up that {@link #apply} needs (0, the identity, when there is nothing to
   * reflect).
   */
  static double construct(double[] v, int pivot, int first, int end) {
    if (first >= end) {
      return 0;
    }
    double scale = Math.abs(v[pivot]);
    for (int i = first; i < end; i++) {
      scale = Math.max(scale, Math.abs(v[i]));
    }
    if (scale <= 0) {
      return 0;
    }
    double inverse = 1 / scale;
    double sum = (v[pivot] * inverse) * (v[pivot] * inverse);
    for (int i = first; i < end; i++) {
      sum += (v[i] * inverse) * (v[i] * inverse);
    }
    double norm = scale * Math.sqrt(sum);
    if (v[pivot] > 0) {
      norm = -norm;
    }
    double up = v[pivot] - norm;
    v[pivot] = norm;
    return up;
  }

  /** Applies the reflection stored in u (and up) by {@link #construct} to c, in place. */
  static void apply(double[] u, int pivot, int first, int end, double up, double[] c) {
    if (first >= end) {
      return;
    }
    double b = up * u[pivot];
    if (b >= 0) {
      return;
    }
    double inverse = 1 / b;
    double sum = c[pivot] * up;
    for (int i = first; i < end; i++) {
      sum += c[i] * u[i];
    }
    if (sum == 0) {
      return;
    }
    sum *= inverse;
    c[pivot] += sum * up;
    for (int i = first; i < end; i++) {
      c[i] += sum * u[i];
    }
  }
}
