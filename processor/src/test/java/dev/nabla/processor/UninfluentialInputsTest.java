package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An input overwritten before it is read has a zero derivative in every generated method, never NaN, even where the
 * loop next to it has partials beyond double's range: its tangent along its own direction is a structural zero, not a
 * zero computed at run time that an infinite adjoint turns into 0·∞ = NaN (the fuzzer's program 5059, whose Hessian
 * gave NaN for such an input). An input stored over by a loop that runs at least once is not even active: its value
 * never reaches a load. At ordinary points every method agrees with central differences.
 */
class UninfluentialInputsTest {
  /** Enough steps for x's derivatives to overflow: |∂x/∂x| grows by up to 3(i + 1) per step. */
  private static final int OVERFLOWING = 2000;
  private static final double[] POINT = {0.3, 0.7};

  private static Class<?> f;
  private static Class<?> d;

  @BeforeAll
  static void compile(@TempDir java.nio.file.Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "uninfluential.Overwritten");
    f = fixture.type();
    d = fixture.derivatives();
  }

  @Test
  void theLoopsPartialsOverflowAtThePointTested() {
    for (String name : new String[] {"inLoop", "beforeLoop", "overwrittenThenIterated"}) {
      double[] g = (double[]) call(d, name + "Gradient", POINT[0], POINT[1], OVERFLOWING);
      assertTrue(Double.isInfinite(g[0]) || Double.isNaN(g[0]), name + ": ∂/∂x is beyond double's range: " + g[0]);
    }
  }

  @Test
  void scalarFunctionsGiveZeroForTheOverwrittenInput() {
    for (String name : new String[] {"inLoop", "beforeLoop", "overwrittenThenIterated"}) {
      String at = name + " at " + Arrays.toString(POINT) + ", " + OVERFLOWING + " steps";
      double[] g = (double[]) call(d, name + "Gradient", POINT[0], POINT[1], OVERFLOWING);
      assertZero(g[1], at + ": ∂/∂y");
      double[][] h = (double[][]) call(d, name + "Hessian", POINT[0], POINT[1], OVERFLOWING);
      for (int k = 0; k < 2; k++) {
        assertZero(h[1][k], at + ": H[y][" + k + "]");
        assertZero(h[k][1], at + ": H[" + k + "][y]");
      }
      double[] hv = new double[2];
      call(d, name + "HessianVector", POINT[0], POINT[1], OVERFLOWING, new double[] {0.5, 0.25}, hv);
      assertZero(hv[1], at + ": (H·v)[y]");
    }
  }

  @Test
  void vectorFunctionGivesZeroForTheOverwrittenInput() {
    String at = "inLoopVector at " + Arrays.toString(POINT) + ", " + OVERFLOWING + " steps";
    double[][] j = (double[][]) call(d, "inLoopVectorJacobian", POINT[0], POINT[1], OVERFLOWING);
    for (int i = 0; i < j.length; i++) {
      assertZero(j[i][1], at + ": J[" + i + "][y]");
    }
    double[] jvp = (double[]) call(d, "inLoopVectorJvp", POINT[0], POINT[1], OVERFLOWING, new double[] {0, 1});
    for (int i = 0; i < jvp.length; i++) {
      assertZero(jvp[i], at + ": (J·e_y)[" + i + "]");
    }
    double[] vjp = (double[]) call(d, "inLoopVectorVjp", POINT[0], POINT[1], OVERFLOWING, new double[] {0.5, 0.25});
    assertZero(vjp[1], at + ": (cᵀJ)[y]");
  }

  @Test
  void everyMethodAgreesWithFiniteDifferencesAtOrdinaryPoints() {
    for (int steps : new int[] {0, 1, 3}) {
      for (String name : new String[] {"inLoop", "beforeLoop", "overwrittenThenIterated"}) {
        checkScalar(f, d, name, p -> new Object[] {p[0], p[1], steps}, POINT, 1e-6, 1e-5);
      }
      checkVector(f, d, "inLoopVector", p -> new Object[] {p[0], p[1], steps}, POINT, 1e-6);
    }
  }

  private static void assertZero(double actual, String what) {
    assertEquals(0.0, Math.abs(actual), 0.0, what + " is exactly 0, was " + actual);
  }
}
