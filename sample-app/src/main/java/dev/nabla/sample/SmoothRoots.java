package dev.nabla.sample;

import dev.nabla.DerivativeOf;
import dev.nabla.Differentiable;

/**
 * Derivative rules the way a user writes them: for a formula whose naive derivative fails in floating point, and for
 * an iterative solver differentiated implicitly.
 */
public final class SmoothRoots {
  private SmoothRoots() {}

  /** log(eᵃ + eᵇ) as written; its derivative eᵃ / (eᵃ + eᵇ) is 0/0 once both exponentials underflow. */
  static double logSumExp(double a, double b) {
    return Math.log(Math.exp(a) + Math.exp(b));
  }

  @DerivativeOf(method = "logSumExp", wrt = 0)
  static double logSumExpA(double a, double b) {
    return 1 / (1 + Math.exp(b - a));
  }

  @DerivativeOf(method = "logSumExp", wrt = 1)
  static double logSumExpB(double a, double b) {
    return 1 / (1 + Math.exp(a - b));
  }

  /** The cube root of c > 0 by Newton's iterations on y³ = c. */
  static double cubeRoot(double c) {
    double y = Math.max(c, 1);
    for (int i = 0; i < 100; i++) {
      y -= (y * y * y - c) / (3 * y * y);
    }
    return y;
  }

  @DerivativeOf(method = "cubeRoot")
  static double cubeRootPartial(double c) {
    double y = cubeRoot(c);
    return 1 / (3 * y * y);   // from y³ = c
  }

  /** A smooth maximum of the cube roots of a > 0 and b > 0. */
  @Differentiable
  public static double softMaxOfRoots(double a, double b) {
    return logSumExp(cubeRoot(a), cubeRoot(b));
  }
}
