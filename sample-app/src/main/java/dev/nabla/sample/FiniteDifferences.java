package dev.nabla.sample;

import java.util.function.ToDoubleFunction;

/** Central finite differences, the independent check of a generated gradient. */
final class FiniteDifferences {
  private FiniteDifferences() {}

  /** (f(x + h eᵢ) − f(x − h eᵢ)) / 2h for every i. */
  static double[] gradient(ToDoubleFunction<double[]> f, double[] x, double h) {
    double[] g = new double[x.length];
    double[] probe = x.clone();
    for (int i = 0; i < x.length; i++) {
      probe[i] = x[i] + h;
      double up = f.applyAsDouble(probe);
      probe[i] = x[i] - h;
      double down = f.applyAsDouble(probe);
      probe[i] = x[i];
      g[i] = (up - down) / (2 * h);
    }
    return g;
  }
}
