package dev.nabla.sample;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/** Functions from the vector-calculus lecture notes, differentiated by nabla at compile time. */
public final class LectureExamples {
  private LectureExamples() {}

  /** Example 1 of the notes: f(x) = 3x·sin x, whose derivative is 3 sin x + 3x cos x. */
  @Differentiable
  public static double threeXSinX(double x) {
    return 3 * x * Math.sin(x);
  }

  /** Example 2 of the notes: f(x) = ln x³, whose derivative is 3/x. */
  @Differentiable
  public static double logOfCube(double x) {
    return Math.log(x * x * x);
  }

  /** The partial-derivative example f(x, y) = sin x + 3y², whose gradient is [cos x, 6y]. */
  @Differentiable
  public static double sinXPlusThreeYSquared(double x, double y) {
    return Math.sin(x) + 3 * y * y;
  }

  /** The scalar product f(x) = bᵀx, whose gradient with respect to x is bᵀ. */
  @Differentiable
  public static double dot(double[] x, @NoDerivative double[] b) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      sum += b[i] * x[i];
    }
    return sum;
  }

  /** The position r(t) = (sin t, cos t, t²) of the notes' vector-by-scalar example. */
  @Differentiable
  public static double[] position(double t) {
    return new double[] {Math.sin(t), Math.cos(t), t * t};
  }

  /** The outer function of the chain-rule example, f(x₁, x₂) = e^{x₁} + 2x₂³. */
  @Differentiable
  public static double chainOuter(double x1, double x2) {
    return Math.exp(x1) + 2 * x2 * x2 * x2;
  }

  /** The chain-rule example f(x(t)) with x₁ = 2t, x₂ = t², whose derivative is 2e^{2t} + 12t⁵. */
  @Differentiable
  public static double chainRule(double t) {
    return chainOuter(2 * t, t * t);
  }

  /** The linear map f(x) = Ax, whose Jacobian is A. */
  @Differentiable
  public static double[] matrixTimesVector(double[] x, @NoDerivative double[][] a) {
    double[] y = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < x.length; j++) {
        y[i] += a[i][j] * x[j];
      }
    }
    return y;
  }

  /** The quadratic form xᵀAx, whose gradient is 2Ax for a symmetric A (equation 1.7). */
  @Differentiable
  public static double quadraticForm(double[] x, @NoDerivative double[][] a) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        sum += x[i] * a[i][j] * x[j];
      }
    }
    return sum;
  }

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
}
