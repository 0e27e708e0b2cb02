package dev.nabla.optim;

import java.util.Arrays;

/**
 * Constraints {@code lower[i] ≤ cᵢ(x) ≤ upper[i]} on the components of a {@link VectorFunction}, or on one scalar
 * {@link Objective}: equalities (both sides equal), one-sided ({@code atMost}, {@code atLeast}, the other side
 * infinite) or two-sided ({@code between}).
 */
public final class Constraint {
  private final VectorFunction function;
  private final double[] lower;
  private final double[] upper;

  private Constraint(VectorFunction function, double[] lower, double[] upper) {
    this.function = function;
    this.lower = lower;
    this.upper = upper;
  }

  /** {@code c(x) = values}, componentwise; each value finite. */
  public static Constraint equal(VectorFunction c, double... values) {
    double[] v = finite("values", values);
    return of(c, v, v.clone());
  }

  /** {@code c(x) ≤ upper}, componentwise; +∞ leaves a component free. */
  public static Constraint atMost(VectorFunction c, double... upper) {
    double[] u = side("upper", upper, Double.NEGATIVE_INFINITY);
    double[] l = new double[u.length];
    Arrays.fill(l, Double.NEGATIVE_INFINITY);
    return of(c, l, u);
  }

  /** {@code c(x) ≥ lower}, componentwise; −∞ leaves a component free. */
  public static Constraint atLeast(VectorFunction c, double... lower) {
    double[] l = side("lower", lower, Double.POSITIVE_INFINITY);
    double[] u = new double[l.length];
    Arrays.fill(u, Double.POSITIVE_INFINITY);
    return of(c, l, u);
  }

  /** {@code lower ≤ c(x) ≤ upper}, componentwise; infinities allowed, {@code lower[i] ≤ upper[i]}. */
  public static Constraint between(VectorFunction c, double[] lower, double[] upper) {
    double[] l = side("lower", lower, Double.POSITIVE_INFINITY);
    double[] u = side("upper", upper, Double.NEGATIVE_INFINITY);
    if (l.length != u.length) {
      throw new IllegalArgumentException("lower has length " + l.length + " but upper has length " + u.length);
    }
    for (int i = 0; i < l.length; i++) {
      if (l[i] > u[i]) {
        throw new IllegalArgumentException("lower[" + i + "] = " + l[i] + " > upper[" + i + "] = " + u[i]);
      }
    }
    return of(c, l, u);
  }

  /** {@code g(x) = value}. */
  public static Constraint equal(Objective g, double value) {
    return equal(scalar(g), new double[] {value});
  }

  /** {@code g(x) ≤ upper}. */
  public static Constraint atMost(Objective g, double upper) {
    return atMost(scalar(g), new double[] {upper});
  }

  /** {@code g(x) ≥ lower}. */
  public static Constraint atLeast(Objective g, double lower) {
    return atLeast(scalar(g), new double[] {lower});
  }

  /** The number of constrained components, which c(x) must return. */
  public int size() {
    return lower.length;
  }

  /** The lower side of component i, −∞ when there is none. */
  public double lower(int i) {
    return lower[i];
  }

  /** The upper side of component i, +∞ when there is none. */
  public double upper(int i) {
    return upper[i];
  }

  /** The constrained function. */
  VectorFunction function() {
    return function;
  }

  /** The largest violation {@code max(lower − c, c − upper, 0)} over the components of a value c of the function. */
  double violation(double[] c) {
    double v = 0;
    for (int i = 0; i < c.length; i++) {
      v = Math.max(v, Math.max(lower[i] - c[i], c[i] - upper[i]));
    }
    return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
  }

  private static Constraint of(VectorFunction c, double[] lower, double[] upper) {
    Checks.notNull("c", c);
    if (lower.length == 0) {
      throw new IllegalArgumentException("a constraint needs at least one component");
    }
    return new Constraint(c, lower, upper);
  }

  /** g as a vector function of one component, with g's Hessian when g has one. */
  private static VectorFunction scalar(Objective g) {
    Checks.notNull("g", g);
    return new VectorFunction() {
      @Override
      public double[] value(double[] x, double[][] jacobian) {
        return new double[] {jacobian == null ? g.value(x) : g.valueAndGradient(x, jacobian[0])};
      }

      @Override
      public double[][] hessian(double[] x, double[] weights) {
        double[][] h = g.hessian(x);
        double[][] weighted = new double[h.length][];
        for (int i = 0; i < h.length; i++) {
          weighted[i] = h[i].clone();
          for (int k = 0; k < h.length; k++) {
            weighted[i][k] *= weights[0];
          }
        }
        return weighted;
      }

      @Override
      public boolean hasHessian() {
        return g.hasHessian();
      }
    };
  }

  private static double[] finite(String name, double[] values) {
    Checks.notNull(name, values);
    for (int i = 0; i < values.length; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(name + "[" + i + "] must be finite, got " + values[i]);
      }
    }
    return values.clone();
  }

  /** Copies one side, rejecting NaN and the infinity that would make the component unsatisfiable. */
  private static double[] side(String name, double[] values, double impossible) {
    Checks.notNull(name, values);
    for (int i = 0; i < values.length; i++) {
      if (Double.isNaN(values[i]) || values[i] == impossible) {
        throw new IllegalArgumentException(name + "[" + i + "] must not be " + values[i]);
      }
    }
    return values.clone();
  }
}
