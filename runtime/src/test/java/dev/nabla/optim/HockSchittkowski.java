package dev.nabla.optim;

/**
 * Problems of Hock and Schittkowski (Test Examples for Nonlinear Programming Codes, Lecture Notes in Economics and
 * Mathematical Systems 187, Springer 1981) with hand-written gradients, and their published optimal values.
 */
final class HockSchittkowski {
  private HockSchittkowski() {}

  /** Problem 71: f* = 17.0140173 at (1, 4.7429994, 3.8211503, 1.3794082). */
  static final double HS71_OPTIMUM = 17.0140173;

  static final Objective HS71 = objective((x, g) -> {
    double sum = x[0] + x[1] + x[2];
    g[0] = x[3] * (x[0] + sum);
    g[1] = x[0] * x[3];
    g[2] = x[0] * x[3] + 1;
    g[3] = x[0] * sum;
    return x[0] * x[3] * sum + x[2];
  });

  /** HS71's x₁x₂x₃x₄ (≥ 25) and Σxᵢ² (= 40). */
  static final VectorFunction HS71_PRODUCT = (x, jacobian) -> {
    if (jacobian != null) {
      jacobian[0][0] = x[1] * x[2] * x[3];
      jacobian[0][1] = x[0] * x[2] * x[3];
      jacobian[0][2] = x[0] * x[1] * x[3];
      jacobian[0][3] = x[0] * x[1] * x[2];
    }
    return new double[] {x[0] * x[1] * x[2] * x[3]};
  };

  static final VectorFunction SQUARED_NORM = (x, jacobian) -> {
    double s = 0;
    for (int i = 0; i < x.length; i++) {
      s += x[i] * x[i];
      if (jacobian != null) {
        jacobian[0][i] = 2 * x[i];
      }
    }
    return new double[] {s};
  };

  /** Problem 35 (Beale): f* = 1/9 at (4/3, 7/9, 4/9). */
  static final double HS35_OPTIMUM = 1.0 / 9;

  static final Objective HS35 = objective((x, g) -> {
    g[0] = -8 + 4 * x[0] + 2 * x[1] + 2 * x[2];
    g[1] = -6 + 4 * x[1] + 2 * x[0];
    g[2] = -4 + 2 * x[2] + 2 * x[0];
    return 9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] * x[0] + 2 * x[1] * x[1] + x[2] * x[2]
        + 2 * x[0] * x[1] + 2 * x[0] * x[2];
  });

  /** HS35's x₁ + x₂ + 2x₃ (≤ 3). */
  static final VectorFunction HS35_SUM = (x, jacobian) -> {
    if (jacobian != null) {
      jacobian[0][0] = 1;
      jacobian[0][1] = 1;
      jacobian[0][2] = 2;
    }
    return new double[] {x[0] + x[1] + 2 * x[2]};
  };

  /** Problem 21: f* = −99.96 at (2, 0). */
  static final double HS21_OPTIMUM = -99.96;

  static final Objective HS21 = objective((x, g) -> {
    g[0] = 0.02 * x[0];
    g[1] = 2 * x[1];
    return 0.01 * x[0] * x[0] + x[1] * x[1] - 100;
  });

  /** HS21's 10x₁ − x₂ (≥ 10). */
  static final VectorFunction HS21_LINEAR = (x, jacobian) -> {
    if (jacobian != null) {
      jacobian[0][0] = 10;
      jacobian[0][1] = -1;
    }
    return new double[] {10 * x[0] - x[1]};
  };

  /** Problem 6: f* = 0 at (1, 1). */
  static final Objective HS6 = objective((x, g) -> {
    g[0] = -2 * (1 - x[0]);
    g[1] = 0;
    return (1 - x[0]) * (1 - x[0]);
  });

  /** HS6's 10(x₂ − x₁²) (= 0). */
  static final VectorFunction HS6_PARABOLA = (x, jacobian) -> {
    if (jacobian != null) {
      jacobian[0][0] = -20 * x[0];
      jacobian[0][1] = 10;
    }
    return new double[] {10 * (x[1] - x[0] * x[0])};
  };

  /** A value with its gradient written into g. */
  interface ValueAndGradient {
    double at(double[] x, double[] g);
  }

  static Objective objective(ValueAndGradient function) {
    return new Objective() {
      @Override
      public double value(double[] x) {
        return function.at(x, new double[x.length]);
      }

      @Override
      public double valueAndGradient(double[] x, double[] gradient) {
        return function.at(x, gradient);
      }
    };
  }
}
