package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Runs code that nabla generated during this module's own compilation. */
class LectureExamplesTest {

  @Test
  void adExampleMatchesTheNotesClosedForm() {
    for (double x : new double[] {-1.5, -0.3, 0.0, 0.7, 1.4}) {
      double c = x * x + Math.exp(x * x);
      double closedForm = 2 * x * (1 / (2 * Math.sqrt(c)) - Math.sin(c)) * (1 + Math.exp(x * x));
      assertEquals(closedForm, LectureExamplesDerivatives.adExampleDerivative(x),
          1e-12 * Math.max(1, Math.abs(closedForm)));
    }
  }

  @Test
  void equation217GradientMatchesTheAnalyticGradient() {
    int n = 50;
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = Math.sin(3.0 * i) * 2;
    }
    double[] expected = new double[n];
    for (int i = 0; i < n; i++) {
      int next = (i + 1) % n;
      int previous = (i + n - 1) % n;
      expected[i] = 0.2 * (x[i] - (i + 1)) + Math.cos(x[i]) * Math.cos(x[next])
          - Math.sin(x[previous]) * Math.sin(x[i]) - 2 * x[i] * Math.exp(-x[i] * x[i]);
    }
    assertArrayEquals(expected, LectureExamplesDerivatives.equation217Gradient(x), 1e-12);
    double[] g = new double[n];
    assertEquals(LectureExamples.equation217(x), LectureExamplesDerivatives.equation217Gradient(x, g), 0.0);
    assertArrayEquals(expected, g, 1e-12);
  }

  @Test
  void velocityIsTheDerivativeOfPosition() {
    double t = 0.8;
    assertArrayEquals(new double[] {Math.cos(t), -Math.sin(t), 2 * t},
        LectureExamplesDerivatives.positionDerivative(t), 1e-15);
    assertEquals(3, Arrays.stream(LectureExamplesDerivatives.positionJacobian(t)).count());
  }
}
