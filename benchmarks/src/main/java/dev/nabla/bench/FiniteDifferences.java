package dev.nabla.bench;

import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Central finite differences, the derivative a Java user writes without an AD tool. */
public final class FiniteDifferences {
  private FiniteDifferences() {}

  /** Step ∛ε·max(1, |x|), optimal for central differences of first derivatives. */
  static double step(double x) {
    return 6.055454452393343e-6 * Math.max(1, Math.abs(x));
  }

  public static double derivative(DoubleUnaryOperator f, double x) {
    double h = step(x);
    return (f.applyAsDouble(x + h) - f.applyAsDouble(x - h)) / (2 * h);
  }

  /** The gradient by 2n evaluations of f, perturbing x in place (restored on return). */
  public static double[] gradient(ToDoubleFunction<double[]> f, double[] x) {
    double[] g = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double xi = x[i];
      double h = step(xi);
      x[i] = xi + h;
      double up = f.applyAsDouble(x);
      x[i] = xi - h;
      double down = f.applyAsDouble(x);
      x[i] = xi;
      g[i] = (up - down) / (2 * h);
    }
    return g;
  }

  /** The m×n Jacobian by 2n evaluations of f. */
  public static double[][] jacobian(Function<double[], double[]> f, double[] x, int m) {
    double[][] jac = new double[m][x.length];
    for (int j = 0; j < x.length; j++) {
      double xj = x[j];
      double h = step(xj);
      x[j] = xj + h;
      double[] up = f.apply(x);
      x[j] = xj - h;
      double[] down = f.apply(x);
      x[j] = xj;
      for (int i = 0; i < m; i++) {
        jac[i][j] = (up[i] - down[i]) / (2 * h);
      }
    }
    return jac;
  }

  /** The Hessian by the four-point central formula, 2n² + O(n) evaluations, step ε^¼. */
  public static double[][] hessian(ToDoubleFunction<double[]> f, double[] x) {
    int n = x.length;
    double[][] hess = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = i; j < n; j++) {
        double xi = x[i];
        double xj = x[j];
        double hi = 1.220703125e-4 * Math.max(1, Math.abs(xi));
        double hj = 1.220703125e-4 * Math.max(1, Math.abs(xj));
        double pp = shifted(f, x, i, hi, j, hj);
        double pm = shifted(f, x, i, hi, j, -hj);
        double mp = shifted(f, x, i, -hi, j, hj);
        double mm = shifted(f, x, i, -hi, j, -hj);
        hess[i][j] = (pp - pm - mp + mm) / (4 * hi * hj);
        hess[j][i] = hess[i][j];
      }
    }
    return hess;
  }

  private static double shifted(ToDoubleFunction<double[]> f, double[] x, int i, double hi, int j, double hj) {
    double xi = x[i];
    double xj = x[j];
    x[i] += hi;
    x[j] += hj;
    double v = f.applyAsDouble(x);
    x[i] = xi;
    x[j] = xj;
    return v;
  }

  /** What a user does for H·v with a gradient in hand: (∇f(x + hv) − ∇f(x − hv)) / 2h, two gradient calls. */
  public static double[] hessianVector(GradientFunction grad, double[] x, double[] v) {
    int n = x.length;
    double norm = 0;
    double xnorm = 0;
    for (int i = 0; i < n; i++) {
      norm += v[i] * v[i];
      xnorm += x[i] * x[i];
    }
    double h = 6.055454452393343e-6 * Math.max(1, Math.sqrt(xnorm)) / Math.max(Math.sqrt(norm), 1e-300);
    double[] p = new double[n];
    double[] gp = new double[n];
    double[] gm = new double[n];
    for (int i = 0; i < n; i++) {
      p[i] = x[i] + h * v[i];
    }
    grad.valueAndGradient(p, gp);
    for (int i = 0; i < n; i++) {
      p[i] = x[i] - h * v[i];
    }
    grad.valueAndGradient(p, gm);
    double[] hv = new double[n];
    for (int i = 0; i < n; i++) {
      hv[i] = (gp[i] - gm[i]) / (2 * h);
    }
    return hv;
  }

  /** A function that returns f(x) and writes ∇f(x). */
  @FunctionalInterface
  public interface GradientFunction {
    double valueAndGradient(double[] x, double[] g);
  }
}
