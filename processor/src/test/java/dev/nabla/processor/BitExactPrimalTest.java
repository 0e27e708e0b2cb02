package dev.nabla.processor;

import static dev.nabla.processor.Reflect.append;
import static dev.nabla.processor.Reflect.call;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The value every generated method returns is bit for bit the user's method's value (fixture {@code
 * bitexact/Identities.java}), at every pair of special inputs: signed zeros, infinities, NaN, subnormals, huge and
 * tiny numbers. NaN compares as NaN, whatever its payload. The derivatives of the same methods are checked against
 * central differences at ordinary points.
 */
class BitExactPrimalTest {
  private static final double[] SPECIAL = {0.0, -0.0, 1.0, -1.0, 0.1, Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY, Double.NaN, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL / 3,
      Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, 1e300, 1e-160, -1e160};
  private static final double[][] ORDINARY = {{0.7, -1.3}, {-2.1, 0.45}};
  private static Class<?> identities;
  private static Class<?> derivatives;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "bitexact.Identities");
    identities = fixture.type();
    derivatives = fixture.derivatives();
  }

  static Stream<String> scalarMethods() {
    return Stream.of("timesZeroPlus", "reciprocalOfZeroMinus", "reciprocalOfPlusZero", "reciprocalOfZeroPlus",
        "atan2OfZeroMinus", "minusItself", "zeroTimesAndOver", "integerZeros", "sumFromZero", "loopSum",
        "arrayFromZero", "exactIdentities", "negationsMoved", "powersAndAngles", "constantCalls", "overflowOrder");
  }

  static Stream<String> vectorMethods() {
    return Stream.of("components", "wideComponents");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalarMethods")
  void gradientAndHessianVectorReturnTheValueBitForBit(String name) {
    List<String> wrong = new ArrayList<>();
    for (double x : SPECIAL) {
      for (double y : SPECIAL) {
        double value = (double) call(identities, name, x, y);
        double gradient = (double) call(derivatives, name + "Gradient", x, y, new double[2]);
        double hessianVector = (double) call(derivatives, name + "HessianVector", x, y, new double[] {1, -1},
            new double[2]);
        expectSame(wrong, name + "Gradient", new double[] {x, y}, value, gradient);
        expectSame(wrong, name + "HessianVector", new double[] {x, y}, value, hessianVector);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scalarMethods")
  void derivativesAgreeWithDifferencesAtOrdinaryPoints(String name) {
    for (double[] p : ORDINARY) {
      Reflect.checkScalar(identities, derivatives, name, Reflect.SCALARS, p, 1e-6, 1e-5);
    }
  }

  @Test
  void jacobianByColumnsReturnsTheValuesBitForBit() {
    List<String> wrong = new ArrayList<>();
    for (double x : SPECIAL) {
      for (double y : SPECIAL) {
        expectSameValues(wrong, "components", x, y);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void jacobianByRowsReturnsTheValuesBitForBit() {
    List<String> wrong = new ArrayList<>();
    for (double x : SPECIAL) {
      for (double y : SPECIAL) {
        expectSameValues(wrong, "wideComponents", x, y, 1.0);
        expectSameValues(wrong, "wideComponents", x, 1.0, y);
      }
    }
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("vectorMethods")
  void vectorDerivativesAgreeWithDifferencesAtOrdinaryPoints(String name) {
    for (double[] p : ORDINARY) {
      double[] point = name.equals("wideComponents") ? new double[] {p[0], p[1], 0.3} : p;
      Reflect.checkVector(identities, derivatives, name, Reflect.SCALARS, point, 1e-6);
    }
  }

  @Test
  void theIssuesExamplesHaveJavasValue() {
    double inf = Double.POSITIVE_INFINITY;
    assertTrue(Double.isNaN(gradientValue("timesZeroPlus", inf, 1.0)), "∞·0 + 1 is NaN");
    assertEquals(inf, gradientValue("reciprocalOfZeroMinus", 0.0, 0.0), "1/(0 − 0) is +∞");
    assertEquals(inf, gradientValue("reciprocalOfPlusZero", -0.0, 0.0), "1/(−0 + 0) is +∞");
    assertEquals(Math.PI, gradientValue("atan2OfZeroMinus", 0.0, 1.0), "atan2(0 − 0·1, −1) is +π");
  }

  private static double gradientValue(String name, double x, double y) {
    return (double) call(derivatives, name + "Gradient", append(new Object[] {x, y}, (Object) new double[2]));
  }

  /** Records each value {@code fJacobian} returns at this point that is not the method's. */
  private static void expectSameValues(List<String> wrong, String name, double... point) {
    Object[] args = Reflect.SCALARS.apply(point);
    double[] values = (double[]) call(identities, name, args);
    double[] returned = (double[]) call(derivatives, name + "Jacobian",
        append(args, (Object) new double[values.length][point.length]));
    assertEquals(values.length, returned.length);
    for (int i = 0; i < values.length; i++) {
      expectSame(wrong, name + "Jacobian[" + i + "]", point, values[i], returned[i]);
    }
  }

  /** Records a mismatch unless both are NaN or both have the same bits. */
  private static void expectSame(List<String> wrong, String method, double[] point, double expected, double actual) {
    if (!Reflect.sameBits(expected, actual)) {
      wrong.add(method + " at " + Arrays.toString(point) + ": " + actual + ", the method gives " + expected);
    }
  }
}
