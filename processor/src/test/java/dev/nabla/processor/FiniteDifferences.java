package dev.nabla.processor;

import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Central finite differences, the independent oracle the generated derivatives are checked against. */
final class FiniteDifferences {
  private FiniteDifferences() {}

  static double step(double x) {
    return 1e-6 * Math.max(1.0, Math.abs(x));
  }

  /** ∇f(x) by central differences. */
  static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double h = step(x[i]);
      double[] p = x.clone();
      double[] m = x.clone();
      p[i] += h;
      m[i] -= h;
      g[i] = (f.applyAsDouble(p) - f.applyAsDouble(m)) / (2 * h);
    }
    return g;
  }

  /** The Jacobian J[i][j] = ∂fᵢ/∂xⱼ by central differences. */
  static double[][] jacobian(Function<double[], double[]> f, double[] x) {
    int m = f.apply(x).length;
    double[][] j = new double[m][x.length];
    for (int c = 0; c < x.length; c++) {
      double h = step(x[c]);
      double[] p = x.clone();
      double[] q = x.clone();
      p[c] += h;
      q[c] -= h;
      double[] fp = f.apply(p);
      double[] fq = f.apply(q);
      for (int r = 0; r < m; r++) {
        j[r][c] = (fp[r] - fq[r]) / (2 * h);
      }
    }
    return j;
  }

  /** The Hessian by central differences of a gradient. */
  static double[][] hessian(Function<double[], double[]> gradient, double[] x) {
    double[][] jt = jacobian(gradient, x);
    return jt;
  }
}
