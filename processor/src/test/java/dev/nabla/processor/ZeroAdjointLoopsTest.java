package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reverse loops skipped when their incoming adjoints are all zero (fixture {@code zeroadjoint/Skips.java}): checked
 * against central differences at points where the skip happens, for the gradient and for the Hessian, which must not
 * skip (the adjoint's own derivative need not be zero there).
 */
class ZeroAdjointLoopsTest {
  private static Class<?> skips;
  private static Class<?> derivatives;
  private static String generated;
  private static final Random RANDOM = new Random(17);

  @BeforeAll
  static void compile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "zeroadjoint.Skips");
    skips = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @Test
  void reluUnitsThatAreOffSkipTheirInnerReverseLoop() {
    assertEquals(1, guards("layerGradient"), "the inner loop's reverse sweep is guarded");
    assertEquals(0, guards("layerHessianVector"), "nothing is skipped in a sweep that is differentiated again");
    int units = 5;
    int inputs = 3;
    double[] input = {0.7, -1.1, 0.4};
    for (int trial = 0; trial < 6; trial++) {
      double[] p = RANDOM.doubles(units * inputs + units, -1, 1).toArray();
      double[] g = checkScalar(skips, derivatives, "layer",
          q -> new Object[] {Reflect.reshape(q, 0, units, inputs), Arrays.copyOfRange(q, units * inputs, q.length),
              input}, p, 1e-6, 1e-5);
      for (int j = 0; j < units; j++) {
        double z = 0;
        for (int k = 0; k < inputs; k++) {
          z += p[j * inputs + k] * input[k];
        }
        for (int k = 0; z < 0 && k < inputs; k++) {
          assertEquals(0.0, g[j * inputs + k], 0, "a unit that is off has no weight gradient");
        }
      }
    }
  }

  @Test
  void theHessianDoesNotSkipWhereOnlyTheAdjointIsZero() {
    assertEquals(1, guards("weightedSquareGradient"));
    assertEquals(0, guards("weightedSquareHessianVector"));
    for (int n : new int[] {2, 4, 7}) {
      double[] p = RANDOM.doubles(n, -1.5, 1.5).toArray();
      p[0] = 1.0;
      double[] g = checkScalar(skips, derivatives, "weightedSquare", q -> new Object[] {q}, p, 1e-6, 1e-5);
      for (int i = 1; i < n; i++) {
        assertEquals(0.0, g[i], 0, "∂f/∂x" + i + " is zero at x0 = 1");
      }
      double[][] h = (double[][]) Reflect.call(derivatives, "weightedSquareHessian", (Object) p);
      double s = 0;
      for (int i = 1; i < n; i++) {
        s += p[i] * p[i];
      }
      for (int i = 1; i < n; i++) {
        Reflect.assertClose(4 * s * p[i], h[0][i], 1e-12, "∂²f/∂x0∂x" + i + " = 4 s x" + i);
      }
    }
  }

  @Test
  void aLoopThatRestoresFromTheTapeIsNeverSkipped() {
    assertEquals(0, guards("tapedLoopsGradient"), "both loops pop the tape");
    for (int n : new int[] {2, 5}) {
      double[] p = RANDOM.doubles(n, -1.5, 1.5).toArray();
      p[0] = 1.0;
      checkScalar(skips, derivatives, "tapedLoops", q -> new Object[] {q}, p, 1e-6, 1e-5);
    }
  }

  /** How many reverse loops of a generated method are guarded by a test of their incoming adjoints. */
  private static int guards(String method) {
    int start = generated.indexOf(" " + method + "(");
    String body = generated.substring(start, generated.indexOf("\n  }\n", start));
    return body.split("!= 0\\.0;", -1).length - 1;
  }
}
