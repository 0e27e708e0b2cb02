package dev.nabla.processor;

import static dev.nabla.processor.InProcessCompiler.fixture;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code Double}'s tests, {@code floorMod}, {@code floorDiv}, {@code toIntExact}, {@code scalb} and {@code clamp} in
 * the code people write (fixtures {@code librarymath.Periodic}, with the JDK alone, and {@code librarymath.Saturation},
 * with Hipparchus): every generated method against finite differences, also on the guarded paths.
 */
class LibraryMathTest {
  /** A table then a last double: the point of {@code f(double[] table, double t)}. */
  private static final Function<double[], Object[]> TABLE_AND_SCALAR =
      p -> new Object[] {Arrays.copyOf(p, p.length - 1), p[p.length - 1]};
  private static final Function<double[], Object[]> ARRAY = p -> new Object[] {p};

  private static Path generated;
  private static Class<?> periodic;
  private static Class<?> periodicDerivatives;
  private static Class<?> saturation;
  private static Class<?> saturationDerivatives;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir,
        List.of(fixture("librarymath/Periodic.java"), fixture("librarymath/Saturation.java")));
    generated = dir.resolve("generated/librarymath");
    periodic = loader.loadClass("librarymath.Periodic");
    periodicDerivatives = loader.loadClass("librarymath.PeriodicDerivatives");
    saturation = loader.loadClass("librarymath.Saturation");
    saturationDerivatives = loader.loadClass("librarymath.SaturationDerivatives");
  }

  @Test
  void guardsOnNanAndInfinitiesReturnEarlyWithAZeroGradient() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.4, 0.2}}) {
      checkScalar(periodic, periodicDerivatives, "guarded", SCALARS, p, 1e-6, 1e-5);
    }
    for (double[] p : new double[][] {{Double.NaN, 1.3}, {0.7, Double.POSITIVE_INFINITY}}) {
      assertArrayEquals(new double[] {0, 0}, (double[]) call(periodicDerivatives, "guardedGradient", p[0], p[1]), 0);
      assertEquals(0.0, d(call(periodicDerivatives, "guardedHessianVector", p[0], p[1], new double[] {1, 1},
          new double[2])), 0);
    }
  }

  @Test
  void periodicIndicesWrapWithFloorModAndFloorDiv() {
    double[] table = {0.4, -1.2, 2.5, 0.9};
    for (double t : new double[] {-5.3, -0.6, 1.25, 6.7}) {
      checkScalar(periodic, periodicDerivatives, "interpolated", TABLE_AND_SCALAR, Reflect.concat(table,
          new double[] {t}), 1e-6, 1e-5);
    }
    double[] cells = {0.3, -0.8, 1.1, 0.5, -1.6, 0.2, 0.9};
    checkScalar(periodic, periodicDerivatives, "grid", TABLE_AND_SCALAR, Reflect.concat(cells, new double[] {1.7}),
        1e-6, 1e-5);
  }

  @Test
  void aVectorFunctionWithCountersHasEveryGeneratedMethod() {
    double[][] j = checkVector(periodic, periodicDerivatives, "scaled", ARRAY, new double[] {0.6, -1.1, 0.8}, 1e-6);
    assertEquals(6, j.length);
    assertEquals(Math.scalb(2 * 0.6, 1), j[3][0], 0, "∂(2^(i-2) x₀²)/∂x₀ at i = 3, exactly");
  }

  @Test
  void clampAndScalbOfFastMathMatchFiniteDifferencesInsideAndOutsideTheBounds() {
    for (double[] p : new double[][] {{0.3, 1.2}, {0.9, 2.0}, {-0.8, 2.5}, {-0.2, 0.4}}) {
      checkScalar(saturation, saturationDerivatives, "saturated", SCALARS, p, 1e-6, 1e-5);
    }
    double[] w = {0.5, -1.5, 2.0};
    for (double t : new double[] {-1.5, 0.4, 1.6, 4.2}) {
      checkScalar(saturation, saturationDerivatives, "clampedIndex", TABLE_AND_SCALAR, Reflect.concat(w,
          new double[] {t}), 1e-6, 1e-5);
    }
  }

  @Test
  void theGeneratedCodeCallsDoubleAndTheUsersLibraryAsWritten() throws Exception {
    String jdkOnly = Files.readString(generated.resolve("PeriodicDerivatives.java"));
    assertTrue(jdkOnly.contains("Double.isNaN("), jdkOnly);
    assertTrue(jdkOnly.contains("Math.floorMod("), jdkOnly);
    assertFalse(jdkOnly.contains("FastMath"), jdkOnly);
    String hipparchus = Files.readString(generated.resolve("SaturationDerivatives.java"));
    assertTrue(hipparchus.contains("org.hipparchus.util.FastMath.clamp("), hipparchus);
  }
}
