package golden;

import dev.nabla.Differentiable;

public final class Lecture {
  private Lecture() {}

  /** The notes' automatic-differentiation example (1.16). */
  @Differentiable
  public static double adExample(double x) {
    double a = x * x;
    double b = Math.exp(a);
    double c = a + b;
    double d = Math.sqrt(c);
    double e = Math.cos(c);
    return d + e;
  }

  /** The notes' vector-by-scalar example r(t). */
  @Differentiable
  public static double[] position(double t) {
    return new double[] {Math.sin(t), Math.cos(t), t * t};
  }

  /** A sum whose length is known only at run time: a loop with a tape in reverse mode. */
  @Differentiable
  public static double logSumSquares(double[] x) {
    double s = 0;
    for (double v : x) {
      s += Math.log1p(v * v);
    }
    return s;
  }
}
