package dev.nabla.bench.hs;

import dev.nabla.Differentiable;

/**
 * Hock–Schittkowski problems 39 to 66 as {@link HsSet} lists them: the objective {@code fN} and the constraints
 * {@code cN}, inequalities cᵢ(x) ≥ 0 first and then equalities cᵢ(x) = 0, differentiated by nabla.
 */
final class HsProblems39To66 {
  private HsProblems39To66() {}

  @Differentiable(order = 2)
  static double[] c39(double[] x) {
    return new double[] {x[1] - Math.pow(x[0], 3) - Math.pow(x[2], 2), Math.pow(x[0], 2) - x[1] - Math.pow(x[3], 2)};
  }

  @Differentiable
  static double f40(double[] x) {
    return -x[0] * x[1] * x[2] * x[3];
  }

  @Differentiable(order = 2)
  static double[] c40(double[] x) {
    return new double[] {
      Math.pow(x[0], 3) + Math.pow(x[1], 2) - 1,
      Math.pow(x[0], 2) * x[3] - x[2],
      Math.pow(x[3], 2) - x[1]
    };
  }

  @Differentiable
  static double f41(double[] x) {
    return 2 - x[0] * x[1] * x[2];
  }

  @Differentiable(order = 2)
  static double[] c41(double[] x) {
    return new double[] {x[0] + 2 * x[1] + 2 * x[2] - x[3]};
  }

  @Differentiable
  static double f42(double[] x) {
    return Math.pow(x[0] - 1, 2) + Math.pow(x[1] - 2, 2) + Math.pow(x[2] - 3, 2) + Math.pow(x[3] - 4, 2);
  }

  @Differentiable(order = 2)
  static double[] c42(double[] x) {
    return new double[] {x[0] - 2, Math.pow(x[2], 2) + Math.pow(x[3], 2) - 2};
  }

  @Differentiable
  static double f43(double[] x) {
    return Math.pow(x[0], 2) + Math.pow(x[1], 2) + 2 * Math.pow(x[2], 2) + Math.pow(x[3], 2) - 5 * x[0] - 5 * x[1]
        - 21 * x[2] + 7 * x[3];
  }

  @Differentiable(order = 2)
  static double[] c43(double[] x) {
    return new double[] {
      -Math.pow(x[0], 2) - Math.pow(x[1], 2) - Math.pow(x[2], 2) - Math.pow(x[3], 2) - x[0] + x[1] - x[2] + x[3] + 8,
      -Math.pow(x[0], 2) - 2 * Math.pow(x[1], 2) - Math.pow(x[2], 2) - 2 * Math.pow(x[3], 2) + x[0] + x[3] + 10,
      -2 * Math.pow(x[0], 2) - Math.pow(x[1], 2) - Math.pow(x[2], 2) - 2 * x[0] + x[1] + x[3] + 5
    };
  }

  @Differentiable
  static double f44(double[] x) {
    return x[0] - x[1] - x[2] - x[0] * x[2] + x[0] * x[3] + x[1] * x[2] - x[1] * x[3];
  }

  @Differentiable(order = 2)
  static double[] c44(double[] x) {
    return new double[] {
      8 - x[0] - 2 * x[1],
      12 - 4 * x[0] - x[1],
      12 - 3 * x[0] - 4 * x[1],
      8 - 2 * x[2] - x[3],
      8 - x[2] - 2 * x[3],
      5 - x[2] - x[3]
    };
  }

  @Differentiable
  static double f46(double[] x) {
    return Math.pow(x[0] - x[1], 2) + Math.pow(x[2] - 1, 2) + Math.pow(x[3] - 1, 4) + Math.pow(x[4] - 1, 6);
  }

  @Differentiable(order = 2)
  static double[] c46(double[] x) {
    return new double[] {
      Math.pow(x[0], 2) * x[3] + Math.sin(x[3] - x[4]) - 1,
      x[1] + Math.pow(x[2], 4) * Math.pow(x[3], 2) - 2
    };
  }

  @Differentiable
  static double f47(double[] x) {
    return Math.pow(x[0] - x[1], 2) + Math.pow(x[1] - x[2], 2) + Math.pow(x[2] - x[3], 4) + Math.pow(x[3] - x[4], 4);
  }

  @Differentiable(order = 2)
  static double[] c47(double[] x) {
    return new double[] {
      x[0] + Math.pow(x[1], 2) + Math.pow(x[2], 3) - 3,
      x[1] - Math.pow(x[2], 2) + x[3] - 1,
      x[0] * x[4] - 1
    };
  }

  @Differentiable
  static double f48(double[] x) {
    return Math.pow(x[0] - 1, 2) + Math.pow(x[1] - x[2], 2) + Math.pow(x[3] - x[4], 2);
  }

  @Differentiable(order = 2)
  static double[] c48(double[] x) {
    return new double[] {x[0] + x[1] + x[2] + x[3] + x[4] - 5, x[2] - 2 * (x[3] + x[4]) + 3};
  }

  @Differentiable(order = 2)
  static double[] c49(double[] x) {
    return new double[] {x[0] + x[1] + x[2] + 4 * x[3] - 7, x[2] + 5 * x[4] - 6};
  }

  @Differentiable(order = 2)
  static double[] c50(double[] x) {
    return new double[] {
      x[0] + 2 * x[1] + 3 * x[2] - 6,
      x[1] + 2 * x[2] + 3 * x[3] - 6,
      x[2] + 2 * x[3] + 3 * x[4] - 6
    };
  }

  @Differentiable
  static double f51(double[] x) {
    return Math.pow(x[0] - x[1], 2) + Math.pow(x[1] + x[2] - 2, 2) + Math.pow(x[3] - 1, 2) + Math.pow(x[4] - 1, 2);
  }

  @Differentiable(order = 2)
  static double[] c51(double[] x) {
    return new double[] {x[0] + 3 * x[1] - 4, x[2] + x[3] - 2 * x[4], x[1] - x[4]};
  }

  @Differentiable
  static double f52(double[] x) {
    return Math.pow(4 * x[0] - x[1], 2) + Math.pow(x[1] + x[2] - 2, 2) + Math.pow(x[3] - 1, 2) + Math.pow(x[4] - 1,
        2);
  }

  @Differentiable(order = 2)
  static double[] c52(double[] x) {
    return new double[] {x[0] + 3 * x[1], x[2] + x[3] - 2 * x[4], x[1] - x[4]};
  }

  @Differentiable
  static double f54(double[] x) {
    double v1 = x[0] - 10000;
    double v2 = x[1] - 1;
    double v3 = x[2] - 2e6;
    double v4 = x[3] - 10;
    double v5 = x[4] - 0.001;
    double v6 = x[5] - 1e8;
    double q = (1.5625e-8 * Math.pow(v1, 2) + 5e-5 * v1 * v2 + Math.pow(v2, 2)) / 0.96 + Math.pow(v3, 2) / 4.9e13
        + 0.0004 * Math.pow(v4, 2) + 400 * Math.pow(v5, 2) + 4e-18 * Math.pow(v6, 2);
    return -Math.exp(-0.5 * q);
  }

  @Differentiable(order = 2)
  static double[] c54(double[] x) {
    return new double[] {x[0] + 4000 * x[1] - 17600};
  }

  @Differentiable
  static double f55(double[] x) {
    return x[0] + 2 * x[1] + 4 * x[4] + Math.exp(x[0] * x[3]);
  }

  @Differentiable(order = 2)
  static double[] c55(double[] x) {
    return new double[] {
      x[0] + 2 * x[1] + 5 * x[4] - 6,
      x[0] + x[1] + x[2] - 3,
      x[3] + x[4] + x[5] - 2,
      x[0] + x[3] - 1,
      x[1] + x[4] - 2,
      x[2] + x[5] - 2
    };
  }

  @Differentiable(order = 2)
  static double[] c56(double[] x) {
    return new double[] {
      x[0] - 4.2 * Math.pow(Math.sin(x[3]), 2),
      x[1] - 4.2 * Math.pow(Math.sin(x[4]), 2),
      x[2] - 4.2 * Math.pow(Math.sin(x[5]), 2),
      x[0] + 2 * x[1] + 2 * x[2] - 7.2 * Math.pow(Math.sin(x[6]), 2)
    };
  }

  /** The 44 abscissae of hs57's least-squares objective. */
  private static final double[] HS57_A = {8, 8, 10, 10, 10, 10, 12, 12, 12, 12, 14, 14, 14, 16, 16, 16, 18, 18, 20, 20,
      20, 22, 22, 22, 24, 24, 24, 26, 26, 26, 28, 28, 30, 30, 30, 32, 32, 34, 36, 36, 38, 38, 40, 42};
  /** The 44 ordinates of hs57's least-squares objective. */
  private static final double[] HS57_B = {0.49, 0.49, 0.48, 0.47, 0.48, 0.47, 0.46, 0.46, 0.45, 0.43, 0.45, 0.43, 0.43,
      0.44, 0.43, 0.43, 0.46, 0.45, 0.42, 0.42, 0.43, 0.41, 0.41, 0.4, 0.42, 0.4, 0.4, 0.41, 0.4, 0.41, 0.41, 0.4, 0.4,
      0.4, 0.38, 0.41, 0.4, 0.4, 0.41, 0.38, 0.4, 0.4, 0.39, 0.39};

  @Differentiable
  static double f57(double[] x) {
    double sum = 0;
    for (int i = 0; i < 44; i++) {
      double r = HS57_B[i] - x[0] - (0.49 - x[0]) * Math.exp(-x[1] * (HS57_A[i] - 8));
      sum += r * r;
    }
    return sum;
  }

  @Differentiable(order = 2)
  static double[] c57(double[] x) {
    return new double[] {-x[0] * x[1] + 0.49 * x[1] - 0.09};
  }

  @Differentiable
  static double f59(double[] x) {
    double x11 = x[0];
    double x12 = x11 * x11;
    double x13 = x12 * x11;
    double x14 = x13 * x11;
    double x21 = x[1];
    double x22 = x21 * x21;
    double x23 = x22 * x21;
    double x24 = x23 * x21;
    return -75.196 + 3.8112 * x11 - 0.12694 * x12 + 0.0020567 * x13 - 1.0345e-5 * x14 + 6.8306 * x21
        - 0.030234 * x11 * x21 + 0.00128134 * x12 * x21 - 3.5256e-5 * x13 * x21 + 2.266e-7 * x14 * x21
        - 0.25645 * x22 + 0.0034604 * x23 - 1.3514e-5 * x24 + 28.106 / (x21 + 1) + 5.2375e-6 * x12 * x22
        + 6.3e-8 * x13 * x22 - 7e-10 * x13 * x23 - 0.00034054 * x11 * x22 + 1.6638e-6 * x11 * x23
        + 2.8673 * Math.exp(0.0005 * x11 * x21);
  }

  @Differentiable(order = 2)
  static double[] c59(double[] x) {
    return new double[] {x[0] * x[1] - 700, x[1] - 0.008 * Math.pow(x[0], 2), Math.pow(x[1] - 50, 2) - 5 * (x[0] - 55)};
  }

  @Differentiable
  static double f60(double[] x) {
    return Math.pow(x[0] - 1, 2) + Math.pow(x[0] - x[1], 2) + Math.pow(x[1] - x[2], 4);
  }

  @Differentiable(order = 2)
  static double[] c60(double[] x) {
    return new double[] {x[0] * (1 + Math.pow(x[1], 2)) + Math.pow(x[2], 4) - 4 - 3 * Math.sqrt(2)};
  }

  @Differentiable
  static double f61(double[] x) {
    return 4 * Math.pow(x[0], 2) + 2 * Math.pow(x[1], 2) + 2 * Math.pow(x[2], 2) - 33 * x[0] + 16 * x[1] - 24 * x[2];
  }

  @Differentiable(order = 2)
  static double[] c61(double[] x) {
    return new double[] {3 * x[0] - 2 * Math.pow(x[1], 2) - 7, 4 * x[0] - Math.pow(x[2], 2) - 11};
  }

  @Differentiable
  static double f62(double[] x) {
    double b3 = x[2] + 0.03;
    double c3 = 0.13 * x[2] + 0.03;
    double b2 = b3 + x[1];
    double c2 = b3 + 0.07 * x[1];
    double b1 = b2 + x[0];
    double c1 = b2 + 0.09 * x[0];
    return -32.174 * (255 * Math.log(b1 / c1) + 280 * Math.log(b2 / c2) + 290 * Math.log(b3 / c3));
  }

  @Differentiable(order = 2)
  static double[] c62(double[] x) {
    return new double[] {x[0] + x[1] + x[2] - 1};
  }

  @Differentiable
  static double f63(double[] x) {
    return 1000 - Math.pow(x[0], 2) - 2 * Math.pow(x[1], 2) - Math.pow(x[2], 2) - x[0] * x[1] - x[0] * x[2];
  }

  @Differentiable(order = 2)
  static double[] c63(double[] x) {
    return new double[] {
      8 * x[0] + 14 * x[1] + 7 * x[2] - 56,
      Math.pow(x[0], 2) + Math.pow(x[1], 2) + Math.pow(x[2], 2) - 25
    };
  }

  @Differentiable
  static double f64(double[] x) {
    return 5 * x[0] + 50000 / x[0] + 20 * x[1] + 72000 / x[1] + 10 * x[2] + 144000 / x[2];
  }

  @Differentiable(order = 2)
  static double[] c64(double[] x) {
    return new double[] {1 - 4 / x[0] - 32 / x[1] - 120 / x[2]};
  }

  @Differentiable
  static double f65(double[] x) {
    return Math.pow(x[0] - x[1], 2) + Math.pow((x[0] + x[1] - 10) / 3, 2) + Math.pow(x[2] - 5, 2);
  }

  @Differentiable(order = 2)
  static double[] c65(double[] x) {
    return new double[] {48 - Math.pow(x[0], 2) - Math.pow(x[1], 2) - Math.pow(x[2], 2)};
  }

  @Differentiable
  static double f66(double[] x) {
    return 0.2 * x[2] - 0.8 * x[0];
  }
}
