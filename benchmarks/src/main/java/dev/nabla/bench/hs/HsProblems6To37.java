package dev.nabla.bench.hs;

import dev.nabla.Differentiable;

/**
 * Hock–Schittkowski problems 6 to 37 as {@link HsSet} lists them: the objective {@code fN} and the constraints
 * {@code cN}, inequalities cᵢ(x) ≥ 0 first and then equalities cᵢ(x) = 0, differentiated by nabla.
 */
final class HsProblems6To37 {
  private HsProblems6To37() {}

  @Differentiable
  static double f6(double[] x) {
    return Math.pow(1 - x[0], 2);
  }

  @Differentiable(order = 2)
  static double[] c6(double[] x) {
    return new double[] {10 * (x[1] - Math.pow(x[0], 2))};
  }

  @Differentiable
  static double f7(double[] x) {
    return Math.log(1 + Math.pow(x[0], 2)) - x[1];
  }

  @Differentiable(order = 2)
  static double[] c7(double[] x) {
    return new double[] {Math.pow(1 + Math.pow(x[0], 2), 2) + Math.pow(x[1], 2) - 4};
  }

  @Differentiable
  static double f9(double[] x) {
    return Math.sin(Math.PI * x[0] / 12) * Math.cos(Math.PI * x[1] / 16);
  }

  @Differentiable(order = 2)
  static double[] c9(double[] x) {
    return new double[] {4 * x[0] - 3 * x[1]};
  }

  @Differentiable
  static double f10(double[] x) {
    return x[0] - x[1];
  }

  @Differentiable(order = 2)
  static double[] c10(double[] x) {
    return new double[] {-3 * Math.pow(x[0], 2) + 2 * x[0] * x[1] - Math.pow(x[1], 2) + 1};
  }

  @Differentiable
  static double f11(double[] x) {
    return Math.pow(x[0] - 5, 2) + Math.pow(x[1], 2) - 25;
  }

  @Differentiable(order = 2)
  static double[] c11(double[] x) {
    return new double[] {-Math.pow(x[0], 2) + x[1]};
  }

  @Differentiable
  static double f12(double[] x) {
    return 0.5 * Math.pow(x[0], 2) + Math.pow(x[1], 2) - x[0] * x[1] - 7 * x[0] - 7 * x[1];
  }

  @Differentiable(order = 2)
  static double[] c12(double[] x) {
    return new double[] {25 - 4 * Math.pow(x[0], 2) - Math.pow(x[1], 2)};
  }

  @Differentiable
  static double f14(double[] x) {
    return Math.pow(x[0] - 2, 2) + Math.pow(x[1] - 1, 2);
  }

  @Differentiable(order = 2)
  static double[] c14(double[] x) {
    return new double[] {1 - Math.pow(x[0], 2) / 4 - Math.pow(x[1], 2), x[0] - 2 * x[1] + 1};
  }

  @Differentiable
  static double f15(double[] x) {
    return Math.pow(x[1] - Math.pow(x[0], 2), 2) + 0.01 * Math.pow(1 - x[0], 2);
  }

  @Differentiable(order = 2)
  static double[] c15(double[] x) {
    return new double[] {x[0] * x[1] - 1, Math.pow(x[1], 2) + x[0]};
  }

  @Differentiable
  static double f16(double[] x) {
    return 100 * Math.pow(x[1] - Math.pow(x[0], 2), 2) + Math.pow(1 - x[0], 2);
  }

  @Differentiable(order = 2)
  static double[] c16(double[] x) {
    return new double[] {Math.pow(x[1], 2) + x[0], Math.pow(x[0], 2) + x[1]};
  }

  @Differentiable(order = 2)
  static double[] c17(double[] x) {
    return new double[] {Math.pow(x[1], 2) - x[0], Math.pow(x[0], 2) - x[1]};
  }

  @Differentiable
  static double f18(double[] x) {
    return 0.01 * Math.pow(x[0], 2) + Math.pow(x[1], 2);
  }

  @Differentiable(order = 2)
  static double[] c18(double[] x) {
    return new double[] {x[0] * x[1] - 25, Math.pow(x[0], 2) + Math.pow(x[1], 2) - 25};
  }

  @Differentiable
  static double f19(double[] x) {
    return Math.pow(x[0] - 10, 3) + Math.pow(x[1] - 20, 3);
  }

  @Differentiable(order = 2)
  static double[] c19(double[] x) {
    return new double[] {
      Math.pow(x[0] - 5, 2) + Math.pow(x[1] - 5, 2) - 100,
      82.81 - Math.pow(x[0] - 6, 2) - Math.pow(x[1] - 5, 2)
    };
  }

  @Differentiable(order = 2)
  static double[] c20(double[] x) {
    return new double[] {Math.pow(x[1], 2) + x[0], Math.pow(x[0], 2) + x[1], Math.pow(x[0], 2) + Math.pow(x[1], 2) - 1};
  }

  @Differentiable
  static double f21(double[] x) {
    return 0.01 * Math.pow(x[0], 2) + Math.pow(x[1], 2) - 100;
  }

  @Differentiable(order = 2)
  static double[] c21(double[] x) {
    return new double[] {10 * x[0] - x[1] - 10};
  }

  @Differentiable(order = 2)
  static double[] c22(double[] x) {
    return new double[] {2 - x[0] - x[1], x[1] - Math.pow(x[0], 2)};
  }

  @Differentiable
  static double f23(double[] x) {
    return Math.pow(x[0], 2) + Math.pow(x[1], 2);
  }

  @Differentiable(order = 2)
  static double[] c23(double[] x) {
    return new double[] {
      x[0] + x[1] - 1,
      Math.pow(x[0], 2) + Math.pow(x[1], 2) - 1,
      9 * Math.pow(x[0], 2) + Math.pow(x[1], 2) - 9,
      Math.pow(x[0], 2) - x[1],
      Math.pow(x[1], 2) - x[0]
    };
  }

  @Differentiable
  static double f24(double[] x) {
    return (Math.pow(x[0] - 3, 2) - 9) * Math.pow(x[1], 3) / (27 * Math.sqrt(3));
  }

  @Differentiable(order = 2)
  static double[] c24(double[] x) {
    return new double[] {x[0] / Math.sqrt(3) - x[1], x[0] + x[1] * Math.sqrt(3), 6 - x[1] * Math.sqrt(3) - x[0]};
  }

  @Differentiable
  static double f26(double[] x) {
    return Math.pow(x[0] - x[1], 2) + Math.pow(x[1] - x[2], 4);
  }

  @Differentiable(order = 2)
  static double[] c26(double[] x) {
    return new double[] {x[0] * (1 + Math.pow(x[1], 2)) + Math.pow(x[2], 4) - 3};
  }

  @Differentiable
  static double f27(double[] x) {
    return Math.pow(x[0] - 1, 2) + 100 * Math.pow(x[1] - Math.pow(x[0], 2), 2);
  }

  @Differentiable(order = 2)
  static double[] c27(double[] x) {
    return new double[] {x[0] + Math.pow(x[2], 2) + 1};
  }

  @Differentiable
  static double f28(double[] x) {
    return Math.pow(x[0] + x[1], 2) + Math.pow(x[1] + x[2], 2);
  }

  @Differentiable(order = 2)
  static double[] c28(double[] x) {
    return new double[] {x[0] + 2 * x[1] + 3 * x[2] - 1};
  }

  @Differentiable
  static double f29(double[] x) {
    return -x[0] * x[1] * x[2];
  }

  @Differentiable(order = 2)
  static double[] c29(double[] x) {
    return new double[] {48 - Math.pow(x[0], 2) - 2 * Math.pow(x[1], 2) - 4 * Math.pow(x[2], 2)};
  }

  @Differentiable
  static double f30(double[] x) {
    return Math.pow(x[0], 2) + Math.pow(x[1], 2) + Math.pow(x[2], 2);
  }

  @Differentiable(order = 2)
  static double[] c30(double[] x) {
    return new double[] {Math.pow(x[0], 2) + Math.pow(x[1], 2) - 1};
  }

  @Differentiable
  static double f31(double[] x) {
    return 9 * Math.pow(x[0], 2) + Math.pow(x[1], 2) + 9 * Math.pow(x[2], 2);
  }

  @Differentiable(order = 2)
  static double[] c31(double[] x) {
    return new double[] {x[0] * x[1] - 1};
  }

  @Differentiable
  static double f32(double[] x) {
    return Math.pow(x[0] + 3 * x[1] + x[2], 2) + 4 * Math.pow(x[0] - x[1], 2);
  }

  @Differentiable(order = 2)
  static double[] c32(double[] x) {
    return new double[] {-Math.pow(x[0], 3) + 6 * x[1] + 4 * x[2] - 3, 1 - x[0] - x[1] - x[2]};
  }

  @Differentiable
  static double f33(double[] x) {
    return (x[0] - 1) * (x[0] - 2) * (x[0] - 3) + x[2];
  }

  @Differentiable(order = 2)
  static double[] c33(double[] x) {
    return new double[] {
      Math.pow(x[2], 2) - Math.pow(x[0], 2) - Math.pow(x[1], 2),
      Math.pow(x[0], 2) + Math.pow(x[1], 2) + Math.pow(x[2], 2) - 4
    };
  }

  @Differentiable
  static double f34(double[] x) {
    return -x[0];
  }

  @Differentiable(order = 2)
  static double[] c34(double[] x) {
    return new double[] {x[1] - Math.exp(x[0]), x[2] - Math.exp(x[1])};
  }

  @Differentiable
  static double f35(double[] x) {
    return 9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * Math.pow(x[0], 2) + 2 * Math.pow(x[1], 2) + Math.pow(x[2], 2)
        + 2 * x[0] * x[1] + 2 * x[0] * x[2];
  }

  @Differentiable(order = 2)
  static double[] c35(double[] x) {
    return new double[] {-x[0] - x[1] - 2 * x[2] + 3};
  }

  @Differentiable(order = 2)
  static double[] c36(double[] x) {
    return new double[] {72 - x[0] - 2 * x[1] - 2 * x[2]};
  }

  @Differentiable(order = 2)
  static double[] c37(double[] x) {
    return new double[] {72 - x[0] - 2 * x[1] - 2 * x[2], x[0] + 2 * x[1] + 2 * x[2]};
  }
}
