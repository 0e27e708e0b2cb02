package dev.nabla.optim;

/** Argument validation with messages that name the offending argument. */
final class Checks {
  private Checks() {}

  static double positive(String name, double v) {
    if (!(v > 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
    return v;
  }

  static double nonNegative(String name, double v) {
    if (!(v >= 0) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(name + " must be >= 0, got " + v);
    }
    return v;
  }

  static int positive(String name, int v) {
    if (v <= 0) {
      throw new IllegalArgumentException(name + " must be > 0, got " + v);
    }
    return v;
  }

  /** Requires {@code lo <= v < hi}. */
  static double inRange(String name, double v, double lo, double hi) {
    if (!(v >= lo && v < hi)) {
      throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "), got " + v);
    }
    return v;
  }

  static <T> T notNull(String name, T v) {
    if (v == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return v;
  }

  /** Validates a starting point: not null, not empty, every coordinate finite; returns a copy. */
  static double[] startingPoint(double[] x0) {
    notNull("x0", x0);
    if (x0.length == 0) {
      throw new IllegalArgumentException("x0 must not be empty");
    }
    for (int i = 0; i < x0.length; i++) {
      if (Double.isNaN(x0[i])) {
        throw new IllegalArgumentException("x0[" + i + "] is NaN");
      }
      if (Double.isInfinite(x0[i])) {
        throw new IllegalArgumentException("x0[" + i + "] is infinite");
      }
    }
    return x0.clone();
  }
}
