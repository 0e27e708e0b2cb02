package dev.nabla.processor;

import static dev.nabla.processor.InProcessCompiler.fixture;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Methods written against Hipparchus's and Commons Math 3's {@code FastMath} (the latter a stub compiled alongside):
 * derivatives against finite differences, and every generated method's value bit for bit the user's method's value.
 */
class FastMathTest {
  private static final double[][] POINTS = {{0.3, 1.7}, {0.8, -0.4}, {1.9, 0.6}, {2.6, -2.2}};

  private static Path generated;
  private static ClassLoader loader;

  /** One fixture method. */
  record Method(String type, String name) {
    @Override
    public String toString() {
      return type + "." + name;
    }
  }

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    loader = InProcessCompiler.compile(dir, List.of(fixture("fastmath/Orbit.java"), fixture("fastmath/Legacy.java"),
        fixture("fastmath/org/apache/commons/math3/util/FastMath.java")));
    generated = dir.resolve("generated/fastmath");
  }

  static Stream<Method> methods() {
    return Stream.of(new Method("Orbit", "anomaly"), new Method("Orbit", "decay"), new Method("Orbit", "powers"),
        new Method("Legacy", "growth"));
  }

  @ParameterizedTest
  @MethodSource("methods")
  void derivativesAgreeWithFiniteDifferencesAndValuesAreTheUsersBitForBit(Method m) throws Exception {
    Class<?> f = loader.loadClass("fastmath." + m.type());
    Class<?> d = loader.loadClass("fastmath." + m.type() + "Derivatives");
    for (double[] p : POINTS) {
      checkScalar(f, d, m.name(), SCALARS, p, 1e-6, 1e-4);
      long expected = Double.doubleToRawLongBits(d(call(f, m.name(), p[0], p[1])));
      double[] g = new double[2];
      assertEquals(expected, Double.doubleToRawLongBits(d(call(d, m.name() + "Gradient", p[0], p[1], g))),
          m + " gradient's value");
      double[] v = {0.4, -1.1};
      assertEquals(expected, Double.doubleToRawLongBits(d(call(d, m.name() + "HessianVector", p[0], p[1], v, g))),
          m + " Hessian-vector product's value");
    }
  }

  @Test
  void theGeneratedCodeCallsTheClassTheUserCalled() throws Exception {
    String orbit = Files.readString(generated.resolve("OrbitDerivatives.java"));
    assertTrue(orbit.contains("org.hipparchus.util.FastMath.sin("), orbit);
    assertTrue(orbit.contains("org.hipparchus.util.FastMath.toRadians("), orbit);
    assertTrue(orbit.contains("org.hipparchus.util.FastMath.pow(1.5, 0.25)"), "no folding of FastMath:\n" + orbit);
    String legacy = Files.readString(generated.resolve("LegacyDerivatives.java"));
    assertTrue(legacy.contains("org.apache.commons.math3.util.FastMath.sin(0.5)"), legacy);
  }

  /** The stub differs from {@code Math}, so the bit-for-bit checks above could tell the two apart. */
  @Test
  void theStubIsNotMath() throws Exception {
    Class<?> stub = loader.loadClass("org.apache.commons.math3.util.FastMath");
    assertNotEquals(Math.sin(0.5), d(call(stub, "sin", 0.5)));
    assertNotEquals(Math.exp(0.5), d(call(stub, "exp", 0.5)));
  }
}
