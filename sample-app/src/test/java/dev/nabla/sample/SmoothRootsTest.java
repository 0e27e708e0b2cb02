package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The README's derivative rules at work: the gradient of a smooth maximum of cube roots against its closed form. */
class SmoothRootsTest {

  @Test
  void gradientIsTheSoftmaxWeightTimesTheCubeRootsDerivative() {
    for (double[] p : new double[][] {{2.0, 5.0}, {0.3, 0.7}, {8.0, 8.0}, {1e6, 3.0}}) {
      double[] g = new double[2];
      double value = SmoothRootsDerivatives.softMaxOfRootsGradient(p[0], p[1], g);
      double ra = Math.cbrt(p[0]);
      double rb = Math.cbrt(p[1]);
      double wa = 1 / (1 + Math.exp(rb - ra));
      assertEquals(Math.log(Math.exp(ra) + Math.exp(rb)), value, 1e-12);
      assertEquals(wa / (3 * ra * ra), g[0], 1e-12 * Math.abs(g[0]) + 1e-15);
      assertEquals((1 - wa) / (3 * rb * rb), g[1], 1e-12 * Math.abs(g[1]) + 1e-15);
    }
  }

  @Test
  void hessianDifferentiatesTheRulesAgain() {
    double a = 2.0;
    double b = 5.0;
    double[][] h = SmoothRootsDerivatives.softMaxOfRootsHessian(a, b);
    double step = 1e-5;
    double[] plus = SmoothRootsDerivatives.softMaxOfRootsGradient(a + step, b);
    double[] minus = SmoothRootsDerivatives.softMaxOfRootsGradient(a - step, b);
    for (int j = 0; j < 2; j++) {
      assertEquals((plus[j] - minus[j]) / (2 * step), h[0][j], 1e-7);
      assertEquals(h[0][j], h[j][0], 1e-15);
    }
  }
}
