package dev.nabla.optim;

/** Box constraints {@code lower[i] <= x[i] <= upper[i]}; infinite bounds mean "unbounded on that side". */
public final class Bounds {
  private final double[] lower;
  private final double[] upper;

  private Bounds(double[] lower, double[] upper) {
    this.lower = lower;
    this.upper = upper;
  }

  /**
   * Creates bounds from copies of the arrays.
   *
   * @throws IllegalArgumentException on null or different lengths, NaN entries, {@code lower[i] > upper[i]},
   *     {@code lower[i] = +∞} or {@code upper[i] = −∞}
   */
  public static Bounds of(double[] lower, double[] upper) {
    Checks.notNull("lower", lower);
    Checks.notNull("upper", upper);
    if (lower.length != upper.length) {
      throw new IllegalArgumentException(
          "lower has length " + lower.length + " but upper has length " + upper.length);
    }
    for (int i = 0; i < lower.length; i++) {
      if (Double.isNaN(lower[i])) {
        throw new IllegalArgumentException("lower[" + i + "] is NaN");
      }
      if (Double.isNaN(upper[i])) {
        throw new IllegalArgumentException("upper[" + i + "] is NaN");
      }
      if (lower[i] > upper[i]) {
        throw new IllegalArgumentException(
            "lower[" + i + "] = " + lower[i] + " > upper[" + i + "] = " + upper[i]);
      }
      if (lower[i] == Double.POSITIVE_INFINITY) {
        throw new IllegalArgumentException("lower[" + i + "] is +Infinity");
      }
      if (upper[i] == Double.NEGATIVE_INFINITY) {
        throw new IllegalArgumentException("upper[" + i + "] is -Infinity");
      }
    }
    return new Bounds(lower.clone(), upper.clone());
  }

  /** The number of variables. */
  public int dimension() {
    return lower.length;
  }

  /** The lower bound of variable i. */
  public double lower(int i) {
    return lower[i];
  }

  /** The upper bound of variable i. */
  public double upper(int i) {
    return upper[i];
  }

  /** Whether any bound is finite. */
  boolean constrains() {
    for (int i = 0; i < lower.length; i++) {
      if (lower[i] > Double.NEGATIVE_INFINITY || upper[i] < Double.POSITIVE_INFINITY) {
        return true;
      }
    }
    return false;
  }

  /** Whether every variable has two finite bounds. */
  boolean boxed() {
    for (int i = 0; i < lower.length; i++) {
      if (lower[i] == Double.NEGATIVE_INFINITY || upper[i] == Double.POSITIVE_INFINITY) {
        return false;
      }
    }
    return true;
  }

  /** Moves x into the box in place. */
  void project(double[] x) {
    for (int i = 0; i < x.length; i++) {
      x[i] = Math.min(Math.max(x[i], lower[i]), upper[i]);
    }
  }

  /**
   * The max-norm of the projected gradient, {@code max_i |P(x − g)_i − x_i|} with P the projection on the box
   * (the quantity scipy's L-BFGS-B compares with gtol).
   */
  double projectedGradientNorm(double[] x, double[] g) {
    double norm = 0;
    for (int i = 0; i < x.length; i++) {
      double pg = g[i];
      if (pg < 0) {
        pg = Math.max(x[i] - upper[i], pg);
      } else {
        pg = Math.min(x[i] - lower[i], pg);
      }
      norm = Math.max(norm, Math.abs(pg));
    }
    return norm;
  }

  void checkDimension(int n) {
    if (n != lower.length) {
      throw new IllegalArgumentException("x0 has length " + n + " but bounds have dimension " + lower.length);
    }
  }
}
