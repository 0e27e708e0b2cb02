package dev.nabla.bench.hs;

import dev.nabla.Differentiable;

/**
 * Hock–Schittkowski problems 71 to 84 as {@link HsSet} lists them: the objective {@code fN} and the constraints
 * {@code cN}, inequalities cᵢ(x) ≥ 0 first and then equalities cᵢ(x) = 0, differentiated by nabla.
 */
final class HsProblems71To84 {
  private HsProblems71To84() {}

  @Differentiable
  static double f71(double[] x) {
    return x[0] * x[3] * (x[0] + x[1] + x[2]) + x[2];
  }

  @Differentiable(order = 2)
  static double[] c71(double[] x) {
    return new double[] {
      (x[0] * x[1] * x[2] * x[3] - 25) / 25,
      (Math.pow(x[0], 2) + Math.pow(x[1], 2) + Math.pow(x[2], 2) + Math.pow(x[3], 2) - 40) / 40
    };
  }

  @Differentiable
  static double f72(double[] x) {
    return 1 + x[0] + x[1] + x[2] + x[3];
  }

  @Differentiable(order = 2)
  static double[] c72(double[] x) {
    return new double[] {
      -4 / x[0] - 2.25 / x[1] - 1 / x[2] - 0.25 / x[3] + 0.0401,
      -0.16 / x[0] - 0.36 / x[1] - 0.64 * (1 / x[2] + 1 / x[3]) + 0.010085
    };
  }

  @Differentiable
  static double f73(double[] x) {
    return 24.55 * x[0] + 26.75 * x[1] + 39 * x[2] + 40.5 * x[3];
  }

  @Differentiable(order = 2)
  static double[] c73(double[] x) {
    return new double[] {
      2.3 * x[0] + 5.6 * x[1] + 11.1 * x[2] + 1.3 * x[3] - 5,
      12 * x[0] + 11.9 * x[1] + 41.8 * x[2] + 52.1 * x[3]
          - 1.645 * Math.sqrt(0.28 * Math.pow(x[0], 2) + 0.19 * Math.pow(x[1], 2) + 20.5 * Math.pow(x[2], 2)
              + 0.62 * Math.pow(x[3], 2)) - 21,
      x[0] + x[1] + x[2] + x[3] - 1
    };
  }

  @Differentiable
  static double f74(double[] x) {
    return 3 * x[0] + 1e-6 * Math.pow(x[0], 3) + 2 * x[1] + 2e-6 / 3 * Math.pow(x[1], 3);
  }

  @Differentiable(order = 2)
  static double[] c74(double[] x) {
    return c74And75(x, 0.55);
  }

  @Differentiable(order = 2)
  static double[] c75(double[] x) {
    return c74And75(x, 0.48);
  }

  @Differentiable
  static double f76(double[] x) {
    return Math.pow(x[0], 2) + Math.pow(x[2], 2) + 0.5 * (Math.pow(x[1], 2) + Math.pow(x[3], 2)) - x[0] * x[2]
        + x[2] * x[3] - x[0] - 3 * x[1] + x[2] - x[3];
  }

  @Differentiable(order = 2)
  static double[] c76(double[] x) {
    return new double[] {
      -x[0] - 2 * x[1] - x[2] - x[3] + 5,
      -3 * x[0] - x[1] - 2 * x[2] + x[3] + 4,
      x[1] + 4 * x[2] - 1.5
    };
  }

  @Differentiable
  static double f77(double[] x) {
    return Math.pow(x[0] - 1, 2) + Math.pow(x[0] - x[1], 2) + Math.pow(x[2] - 1, 2) + Math.pow(x[3] - 1, 4)
        + Math.pow(x[4] - 1, 6);
  }

  @Differentiable(order = 2)
  static double[] c77(double[] x) {
    return new double[] {
      Math.pow(x[0], 2) * x[3] + Math.sin(x[3] - x[4]) - 2 * Math.sqrt(2),
      x[1] + Math.pow(x[2], 4) * Math.pow(x[3], 2) - 8 - Math.sqrt(2)
    };
  }

  @Differentiable
  static double f78(double[] x) {
    return x[0] * x[1] * x[2] * x[3] * x[4];
  }

  @Differentiable(order = 2)
  static double[] c78(double[] x) {
    return new double[] {
      Math.pow(x[0], 2) + Math.pow(x[1], 2) + Math.pow(x[2], 2) + Math.pow(x[3], 2) + Math.pow(x[4], 2) - 10,
      x[1] * x[2] - 5 * x[3] * x[4],
      Math.pow(x[0], 3) + Math.pow(x[1], 3) + 1
    };
  }

  @Differentiable
  static double f79(double[] x) {
    return Math.pow(x[0] - 1, 2) + Math.pow(x[0] - x[1], 2) + Math.pow(x[1] - x[2], 2) + Math.pow(x[2] - x[3], 4)
        + Math.pow(x[3] - x[4], 4);
  }

  @Differentiable(order = 2)
  static double[] c79(double[] x) {
    return new double[] {
      x[0] + Math.pow(x[1], 2) + Math.pow(x[2], 3) - 2 - 3 * Math.sqrt(2),
      x[1] - Math.pow(x[2], 2) + x[3] + 2 - 2 * Math.sqrt(2),
      x[0] * x[4] - 2
    };
  }

  @Differentiable
  static double f80(double[] x) {
    return Math.exp(x[0] * x[1] * x[2] * x[3] * x[4]);
  }

  @Differentiable
  static double f81(double[] x) {
    return Math.exp(x[0] * x[1] * x[2] * x[3] * x[4]) - 0.5 * Math.pow(Math.pow(x[0], 3) + Math.pow(x[1], 3) + 1, 2);
  }

  @Differentiable
  static double f83(double[] x) {
    return 5.3578547 * Math.pow(x[2], 2) + 0.8356891 * x[0] * x[4] + 37.293239 * x[0] - 40792.141;
  }

  @Differentiable(order = 2)
  static double[] c83(double[] x) {
    double v1 = 85.334407 + 0.0056858 * x[1] * x[4] + 0.0006262 * x[0] * x[3] - 0.0022053 * x[2] * x[4];
    double v2 = 80.51249 + 0.0071317 * x[1] * x[4] + 0.0029955 * x[0] * x[1] + 0.0021813 * Math.pow(x[2], 2) - 90;
    double v3 = 9.300961 + 0.0047026 * x[2] * x[4] + 0.0012547 * x[0] * x[2] + 0.0019085 * x[2] * x[3] - 20;
    return new double[] {v1, v2, v3, 92 - v1, 20 - v2, 5 - v3};
  }

  @Differentiable
  static double f84(double[] x) {
    return -(-24345
        + x[0] * (-8.720288849e6 + 150512.5253 * x[1] - 156.6950325 * x[2] + 476470.3222 * x[3] + 729482.8271 * x[4]));
  }

  @Differentiable(order = 2)
  static double[] c84(double[] x) {
    double v1 = x[0] * (-145421.402 + 2931.1506 * x[1] - 40.427932 * x[2] + 5106.192 * x[3] + 15711.36 * x[4]);
    double v2 = x[0] * (-155011.1084 + 4360.53352 * x[1] + 12.9492344 * x[2] + 10236.884 * x[3] + 13176.786 * x[4]);
    double v3 = x[0] * (-326669.5104 + 7390.68412 * x[1] - 27.8986976 * x[2] + 16643.076 * x[3] + 30988.146 * x[4]);
    return new double[] {v1, v2, v3, 294000 - v1, 294000 - v2, 277200 - v3};
  }

  /** The constraints of hs74 and hs75, which differ in the bound a on |x₃ − x₄|. */
  static double[] c74And75(double[] x, double a) {
    return new double[] {
      x[3] - x[2] + a,
      x[2] - x[3] + a,
      1000 * (Math.sin(-x[2] - 0.25) + Math.sin(-x[3] - 0.25)) + 894.8 - x[0],
      1000 * (Math.sin(x[2] - 0.25) + Math.sin(x[2] - x[3] - 0.25)) + 894.8 - x[1],
      1000 * (Math.sin(x[3] - 0.25) + Math.sin(x[3] - x[2] - 0.25)) + 1294.8
    };
  }
}
