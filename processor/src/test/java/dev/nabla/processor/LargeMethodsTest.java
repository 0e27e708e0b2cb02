package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies too large for one JIT-compilable method are split into parts, and still differentiate exactly. */
class LargeMethodsTest {
  private static Class<?> big;
  private static Class<?> derivatives;
  private static String generated;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "big.Big");
    big = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @Test
  void longStraightLineBodyIsSplitAndItsDerivativesStayExact() {
    assertTrue(generated.contains("longBodyGradientPart2("), "expected the gradient to be split into parts");
    double[] p = {0.3, 0.9, 0.8};
    double[] g = (double[]) GeneratedDerivativesTest.call(derivatives, "longBodyGradient", p[0], p[1], p[2]);
    double[] fd = FiniteDifferences.gradient(q -> (double) GeneratedDerivativesTest.call(big, "longBody", q[0], q[1],
        q[2]), p);
    for (int i = 0; i < 3; i++) {
      assertEquals(fd[i], g[i], 1e-6 * Math.max(1, Math.abs(fd[i])), "gradient " + i);
    }
    double[][] h = (double[][]) GeneratedDerivativesTest.call(derivatives, "longBodyHessian", p[0], p[1], p[2]);
    double[][] fdh = FiniteDifferences.jacobian(q -> (double[]) GeneratedDerivativesTest.call(derivatives,
        "longBodyGradient", q[0], q[1], q[2]), p);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertEquals(fdh[i][j], h[i][j], 1e-4 * Math.max(1, Math.abs(fdh[i][j])), "hessian " + i + "," + j);
      }
    }
  }

  @Test
  void constantLoopOfFiftyIterationsDifferentiatesExactly() {
    double[] x = new double[50];
    Arrays.setAll(x, i -> Math.sin(i) * 0.5);
    double[] g = (double[]) GeneratedDerivativesTest.call(derivatives, "fiftyGradient", (Object) x);
    double[] fd = FiniteDifferences.gradient(q -> (double) GeneratedDerivativesTest.call(big, "fifty", (Object) q), x);
    for (int i = 0; i < x.length; i++) {
      assertEquals(fd[i], g[i], 1e-6 * Math.max(1, Math.abs(fd[i])), "gradient " + i);
    }
  }

  @Test
  void splitFixedSizeGradientAllocatesNothing() throws Throwable {
    java.lang.invoke.MethodHandle gradient = java.lang.invoke.MethodHandles.publicLookup().findStatic(derivatives,
        "longBodyGradient", java.lang.invoke.MethodType.methodType(double.class, double.class, double.class,
            double.class, double[].class));
    double[] g = new double[3];
    double[] sink = {0};
    double bytes = Reflect.bytesPerCall(() -> sink[0] += (double) gradient.invokeExact(0.3, 0.9, 0.8, g));
    assertTrue(generated.contains("longBodyGradientPart2("), "expected the gradient to be split into parts");
    assertEquals(0, bytes, 0.5, "bytes allocated per call (sink " + sink[0] + ")");
  }
}
