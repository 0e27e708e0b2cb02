package dev.nabla.sample;

import dev.nabla.Differentiable;

/** Functions from the lecture notes, differentiated by nabla at compile time. */
public final class LectureExamples {
  private LectureExamples() {}

  /** The notes' automatic-differentiation example: f(x) = √(x² + eˣ²) + cos(x² + eˣ²). */
  @Differentiable
  public static double adExample(double x) {
    double a = x * x;
    double b = Math.exp(a);
    double c = a + b;
    double d = Math.sqrt(c);
    double e = Math.cos(c);
    return d + e;
  }

  /** Equation 2.17: Σᵢ 0.1(xᵢ − (i+1))² + sin(xᵢ)·cos(xᵢ₊₁) + exp(−xᵢ²), indices wrapping around. */
  @Differentiable
  public static double equation217(double[] x) {
    int n = x.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double shift = x[i] - (i + 1);
      sum += 0.1 * shift * shift + Math.sin(x[i]) * Math.cos(x[(i + 1) % n]) + Math.exp(-x[i] * x[i]);
    }
    return sum;
  }

  /** The position r(t) = (sin t, cos t, t²) of the notes' vector-by-scalar example. */
  @Differentiable
  public static double[] position(double t) {
    return new double[] {Math.sin(t), Math.cos(t), t * t};
  }
}
