package dev.nabla.optim;

/**
 * φ(t) = f(start + t·d) evaluated through a {@link Run} into the caller's x and g, so that after a line search x
 * and g hold the accepted point; with a target z (L-BFGS-B), t = 1 lands exactly on z so bounds hold exactly. A
 * trial where f or ∇f is not finite has the value NaN, which the line search rejects.
 */
final class SearchLine implements LineFunction {
  private final Run run;
  private final double[] start;
  private final double[] d;
  private final double[] z;
  private final double[] x;
  private final double[] g;
  private final Bounds bounds;
  private double lastValue;

  SearchLine(Run run, double[] start, double[] d, double[] z, double[] x, double[] g) {
    this(run, start, d, z, x, g, null);
  }

  /**
   * With bounds, every trial point is also projected on the box: start + t·d for a t below the largest feasible
   * step can still round to one ulp outside a bound.
   */
  SearchLine(Run run, double[] start, double[] d, double[] z, double[] x, double[] g, Bounds bounds) {
    this.bounds = bounds;
    this.run = run;
    this.start = start;
    this.d = d;
    this.z = z;
    this.x = x;
    this.g = g;
  }

  @Override
  public double value(double t) {
    for (int i = 0; i < x.length; i++) {
      x[i] = t == 1 && z != null ? z[i] : start[i] + t * d[i];
    }
    if (bounds != null) {
      bounds.project(x);
    }
    lastValue = run.trialValueAndGradient(x, g);
    return lastValue;
  }

  @Override
  public double slope() {
    return Vectors.dot(g, d);
  }

  /** f at the last evaluated step. */
  double lastValue() {
    return lastValue;
  }
}
