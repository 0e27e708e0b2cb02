package dev.nabla.optim;

import java.util.function.Function;

/** Objectives with known minima (and Hessians) shared by the tests. */
final class TestFunctions {
  private TestFunctions() {}

  /** Rosenbrock's function 100(y − x²)² + (1 − x)², minimum 0 at (1, 1). */
  static final Objective ROSENBROCK = new Objective() {
    @Override
    public double value(double[] x) {
      double a = x[1] - x[0] * x[0];
      double b = 1 - x[0];
      return 100 * a * a + b * b;
    }

    @Override
    public double valueAndGradient(double[] x, double[] g) {
      double a = x[1] - x[0] * x[0];
      g[0] = -400 * a * x[0] - 2 * (1 - x[0]);
      g[1] = 200 * a;
      return value(x);
    }

    @Override
    public boolean hasHessian() {
      return true;
    }

    @Override
    public double[][] hessian(double[] x) {
      return new double[][] {
        {1200 * x[0] * x[0] - 400 * x[1] + 2, -400 * x[0]},
        {-400 * x[0], 200}
      };
    }
  };

  /** The extended Rosenbrock function in n (even) variables, minimum 0 at (1, …, 1), with Hessian–vector products. */
  static Objective extendedRosenbrock() {
    return new Objective() {
      @Override
      public double value(double[] x) {
        return valueAndGradient(x, new double[x.length]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i += 2) {
          double a = x[i + 1] - x[i] * x[i];
          double b = 1 - x[i];
          f += 100 * a * a + b * b;
          g[i] = -400 * a * x[i] - 2 * b;
          g[i + 1] = 200 * a;
        }
        return f;
      }

      @Override
      public boolean hasHessian() {
        return true;
      }

      @Override
      public double[][] hessian(double[] x) {
        throw new AssertionError("Newton-CG must use hessianVector");
      }

      @Override
      public double hessianVector(double[] x, double[] v, double[] hv) {
        for (int i = 0; i < x.length; i += 2) {
          double h11 = 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
          double h12 = -400 * x[i];
          hv[i] = h11 * v[i] + h12 * v[i + 1];
          hv[i + 1] = h12 * v[i] + 200 * v[i + 1];
        }
        return value(x);
      }
    };
  }

  /** f(x) = ½ Σ dᵢ (xᵢ − cᵢ)², minimum 0 at c, condition number max d / min d. */
  static Objective diagonalQuadratic(double[] d, double[] c) {
    return new Objective() {
      @Override
      public double value(double[] x) {
        return valueAndGradient(x, new double[x.length]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < x.length; i++) {
          double e = x[i] - c[i];
          f += 0.5 * d[i] * e * e;
          g[i] = d[i] * e;
        }
        return f;
      }

      @Override
      public boolean hasHessian() {
        return true;
      }

      @Override
      public double[][] hessian(double[] x) {
        double[][] h = new double[x.length][x.length];
        for (int i = 0; i < x.length; i++) {
          h[i][i] = d[i];
        }
        return h;
      }
    };
  }

  /** d with n entries spaced log-uniformly from 1 to kappa. */
  static double[] logSpaced(int n, double kappa) {
    double[] d = new double[n];
    for (int i = 0; i < n; i++) {
      d[i] = Math.pow(kappa, i / (double) (n - 1));
    }
    return d;
  }

  /**
   * A rotated (non-diagonal) quadratic ½(x − c)ᵀA(x − c) with A = QΛQᵀ, Q a Householder reflection, eigenvalues
   * log-spaced from 1 to kappa; minimum 0 at c.
   */
  static Objective rotatedQuadratic(int n, double kappa, double[] c) {
    double[] lambda = logSpaced(n, kappa);
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = 1.0 / Math.sqrt(n) * (i % 2 == 0 ? 1 : -1) * (1 + 0.1 * i);
    }
    double vv = Vectors.dot(v, v);
    double[][] q = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        q[i][j] = (i == j ? 1 : 0) - 2 * v[i] * v[j] / vv;
      }
    }
    double[][] a = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        for (int k = 0; k < n; k++) {
          a[i][j] += q[i][k] * lambda[k] * q[j][k];
        }
      }
    }
    return new Objective() {
      @Override
      public double value(double[] x) {
        return valueAndGradient(x, new double[n]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        double f = 0;
        for (int i = 0; i < n; i++) {
          g[i] = 0;
          for (int j = 0; j < n; j++) {
            g[i] += a[i][j] * (x[j] - c[j]);
          }
          f += 0.5 * (x[i] - c[i]) * g[i];
        }
        return f;
      }

      @Override
      public boolean hasHessian() {
        return true;
      }

      @Override
      public double[][] hessian(double[] x) {
        double[][] h = new double[n][];
        for (int i = 0; i < n; i++) {
          h[i] = a[i].clone();
        }
        return h;
      }
    };
  }

  /**
   * A badly scaled problem: f(x) = (x₀/1e-3 − 1)² + (x₁/1e3 − 2)² + (x₀/1e-3 − 1)²(x₁/1e3 − 2)², minimum 0 at
   * (1e-3, 2e3).
   */
  static final Objective BADLY_SCALED = new WithHessian() {
    @Override
    public double valueAndGradient(double[] x, double[] g) {
      double u = x[0] / 1e-3 - 1;
      double v = x[1] / 1e3 - 2;
      g[0] = (2 * u + 2 * u * v * v) / 1e-3;
      g[1] = (2 * v + 2 * u * u * v) / 1e3;
      return u * u + v * v + u * u * v * v;
    }

    @Override
    public double[][] hessian(double[] x) {
      double u = x[0] / 1e-3 - 1;
      double v = x[1] / 1e3 - 2;
      return new double[][] {
        {(2 + 2 * v * v) / 1e-6, 4 * u * v / (1e-3 * 1e3)},
        {4 * u * v / (1e-3 * 1e3), (2 + 2 * u * u) / 1e6}
      };
    }
  };

  /**
   * Wood's function (Moré, Garbow and Hillstrom 1981, problem 14) 100(x₁ − x₀²)² + (1 − x₀)² + 90(x₃ − x₂²)²
   * + (1 − x₂)² + 10(x₁ + x₃ − 2)² + 0.1(x₁ − x₃)², minimum 0 at (1, 1, 1, 1), with its Hessian.
   */
  static final Objective WOOD = new WithHessian() {
    @Override
    public double valueAndGradient(double[] x, double[] g) {
      double a = x[1] - x[0] * x[0];
      double b = x[3] - x[2] * x[2];
      double c = x[1] + x[3] - 2;
      double d = x[1] - x[3];
      g[0] = -400 * x[0] * a - 2 * (1 - x[0]);
      g[1] = 200 * a + 20 * c + 0.2 * d;
      g[2] = -360 * x[2] * b - 2 * (1 - x[2]);
      g[3] = 180 * b + 20 * c - 0.2 * d;
      return 100 * a * a + (1 - x[0]) * (1 - x[0]) + 90 * b * b + (1 - x[2]) * (1 - x[2]) + 10 * c * c
          + 0.1 * d * d;
    }

    @Override
    public double[][] hessian(double[] x) {
      return new double[][] {
        {1200 * x[0] * x[0] - 400 * x[1] + 2, -400 * x[0], 0, 0},
        {-400 * x[0], 220.2, 0, 19.8},
        {0, 0, 1080 * x[2] * x[2] - 360 * x[3] + 2, -360 * x[2]},
        {0, 19.8, -360 * x[2], 200.2}
      };
    }
  };

  /** An objective with a Hessian whose value comes from {@link #valueAndGradient}. */
  abstract static class WithHessian implements Objective {
    @Override
    public double value(double[] x) {
      return valueAndGradient(x, new double[x.length]);
    }

    @Override
    public boolean hasHessian() {
      return true;
    }
  }

  /** Wraps a value function whose gradient is computed by central differences (only for tests of plumbing). */
  static Objective of(Function<double[], Double> f) {
    return new Objective() {
      @Override
      public double value(double[] x) {
        return f.apply(x);
      }

      @Override
      public double valueAndGradient(double[] x, double[] g) {
        for (int i = 0; i < x.length; i++) {
          double h = 1e-6 * Math.max(1, Math.abs(x[i]));
          double[] xp = x.clone();
          double[] xm = x.clone();
          xp[i] += h;
          xm[i] -= h;
          g[i] = (f.apply(xp) - f.apply(xm)) / (2 * h);
        }
        return f.apply(x);
      }
    };
  }
}
