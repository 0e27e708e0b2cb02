package dev.nabla.processor;

import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.ir.Primitive;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One row per primitive of the supported subset (fixture {@code prims/Prims.java}): gradient vs central differences of
 * the original, Hessian vs central differences of the generated gradient, HVP vs H·v, and for univariate methods
 * {@code fDerivative}/{@code fSecondDerivative} vs the gradient/Hessian and vs the textbook derivative. Every
 * {@code Math} function of the primitive table has a row named after it.
 */
class PrimitiveRulesTest {
  private static Class<?> prims;
  private static Class<?> derivatives;

  private static final double[] ANY = {-1.7, -0.6, 0.35, 0.9, 2.3};
  private static final double[] POSITIVE = {0.3, 0.8, 1.7, 3.2};
  private static final double[] UNIT = {-0.8, -0.3, 0.2, 0.7};
  /** Away from integers and half-integers (floor/ceil/rint jumps). */
  private static final double[] OFF_GRID = {-1.7, -0.3, 0.35, 1.2, 2.8};
  private static final double[][] PAIRS = {{0.7, 1.3}, {-1.2, 0.4}, {2.1, -0.8}, {0.3, 2.6}};
  private static final double[][] POSITIVE_BASE = {{0.7, 1.3}, {1.9, -0.4}, {2.5, 2.2}, {0.4, 3.1}};
  private static final double[][] REM = {{3.7, 1.1}, {-2.3, 0.9}, {1.3, -0.4}, {5.2, 2.3}};

  /** A primitive: fixture method, points, and for univariate rows the textbook first derivative. */
  record Row(String method, double[][] points, DoubleUnaryOperator derivative) {
    @Override
    public String toString() {
      return method;
    }
  }

  static Row unary(String method, double[] xs, DoubleUnaryOperator derivative) {
    return new Row(method, Arrays.stream(xs).mapToObj(x -> new double[] {x}).toArray(double[][]::new), derivative);
  }

  static Row binary(String method, double[][] points) {
    return new Row(method, points, null);
  }

  static Stream<Row> rows() {
    double ln10 = Math.log(10);
    return Stream.of(
        binary("add", PAIRS),
        unary("addConst", ANY, x -> 1),
        binary("sub", PAIRS),
        unary("subFromConst", ANY, x -> -1),
        binary("mul", PAIRS),
        unary("mulConst", ANY, x -> 2.5),
        unary("mulIntLiteral", ANY, x -> 3),
        unary("square", ANY, x -> 2 * x),
        binary("div", PAIRS),
        unary("divByConst", ANY, x -> 1 / 2.5),
        unary("constDiv", ANY, x -> -2.5 / (x * x)),
        binary("rem", REM),
        unary("remConst", ANY, x -> 1),
        unary("constRem", new double[] {0.7, 1.3, 2.0, -1.6}, x -> -(double) (long) (5.3 / x)),
        unary("neg", ANY, x -> -1),
        binary("negProduct", PAIRS),
        unary("sin", ANY, Math::cos),
        unary("cos", ANY, x -> -Math.sin(x)),
        unary("tan", new double[] {-1.2, -0.4, 0.3, 1.1}, x -> 1 / (Math.cos(x) * Math.cos(x))),
        unary("asin", UNIT, x -> 1 / Math.sqrt(1 - x * x)),
        unary("acos", UNIT, x -> -1 / Math.sqrt(1 - x * x)),
        unary("atan", ANY, x -> 1 / (1 + x * x)),
        binary("atan2", PAIRS),
        unary("atan2ConstX", ANY, y -> 1.5 / (1.5 * 1.5 + y * y)),
        unary("atan2ConstY", ANY, x -> -1.5 / (1.5 * 1.5 + x * x)),
        unary("sinh", ANY, Math::cosh),
        unary("cosh", ANY, Math::sinh),
        unary("tanh", ANY, x -> 1 - Math.tanh(x) * Math.tanh(x)),
        unary("exp", ANY, Math::exp),
        unary("expm1", ANY, Math::exp),
        unary("log", POSITIVE, x -> 1 / x),
        unary("log10", POSITIVE, x -> 1 / (x * ln10)),
        unary("log1p", new double[] {-0.7, -0.2, 0.4, 2.2}, x -> 1 / (1 + x)),
        unary("sqrt", POSITIVE, x -> 0.5 / Math.sqrt(x)),
        unary("cbrt", new double[] {-2.1, -0.4, 0.3, 1.7}, x -> 1 / (3 * Math.cbrt(x) * Math.cbrt(x))),
        binary("pow", POSITIVE_BASE),
        unary("powConst3", ANY, x -> 3 * x * x),
        unary("powConst2", ANY, x -> 2 * x),
        unary("powIntConst", ANY, x -> 4 * x * x * x),
        unary("powConstHalf", POSITIVE, x -> 2.5 * Math.pow(x, 1.5)),
        unary("powConstNeg", POSITIVE, x -> -1.5 * Math.pow(x, -2.5)),
        unary("powConstBase", ANY, x -> Math.log(2) * Math.pow(2, x)),
        binary("hypot", PAIRS),
        unary("hypotConst", ANY, x -> x / Math.hypot(x, 2)),
        unary("abs", ANY, Math::signum),
        unary("absSquare", ANY, x -> 2 * Math.abs(x)),
        binary("max", PAIRS),
        unary("maxConst", ANY, x -> x > 0.3 ? 1 : 0),
        binary("min", PAIRS),
        unary("minConst", ANY, x -> x < 0.3 ? 1 : 0),
        unary("maxSame", ANY, x -> 1),
        unary("minSame", ANY, x -> 1),
        binary("maxSquares", PAIRS),
        unary("signum", ANY, x -> 0),
        unary("signumTimes", ANY, x -> 2 * Math.abs(x)),
        unary("floor", OFF_GRID, x -> 0),
        unary("floorTimes", OFF_GRID, Math::floor),
        unary("ceil", OFF_GRID, x -> 0),
        unary("ceilTimes", OFF_GRID, Math::ceil),
        unary("rint", OFF_GRID, x -> 0),
        unary("rintTimes", OFF_GRID, Math::rint),
        unary("toRadians", ANY, x -> Math.PI / 180),
        unary("toDegrees", ANY, x -> 180 / Math.PI),
        unary("sinToRadians", new double[] {-100, -20, 35, 170}, x -> Math.cos(Math.toRadians(x)) * Math.PI / 180),
        unary("pi", ANY, x -> 2 * Math.PI * x),
        unary("e", ANY, Math::exp),
        unary("strictSin", ANY, Math::cos),
        unary("strictExp", ANY, Math::exp),
        unary("strictLog", POSITIVE, x -> 1 / x),
        unary("strictSqrt", POSITIVE, x -> 0.5 / Math.sqrt(x)),
        binary("strictAtan2", PAIRS),
        binary("strictPow", POSITIVE_BASE),
        binary("strictHypot", PAIRS),
        unary("strictAbs", ANY, Math::signum),
        binary("strictMax", PAIRS),
        unary("strictTanh", ANY, x -> 1 - Math.tanh(x) * Math.tanh(x)),
        binary("sinOfProduct", PAIRS),
        binary("logOfHypot", PAIRS),
        binary("expOfQuotient", PAIRS));
  }

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("prims/Prims.java")));
    prims = loader.loadClass("prims.Prims");
    derivatives = loader.loadClass("prims.PrimsDerivatives");
  }

  private static Object[] box(double[] p) {
    return Arrays.stream(p).boxed().toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void derivativesMatchFiniteDifferencesAndTheTextbookRule(Row row) {
    for (double[] p : row.points()) {
      double[] g = checkScalar(prims, derivatives, row.method(), PrimitiveRulesTest::box, p, 1e-6, 1e-5);
      if (p.length == 1) {
        double x = p[0];
        String at = row.method() + " at " + x;
        double first = d(call(derivatives, row.method() + "Derivative", x));
        assertEquals(g[0], first, 1e-14 * Math.max(1, Math.abs(g[0])), at + ": fDerivative = gradient");
        assertClose(row.derivative().applyAsDouble(x), first, 1e-12, at + ": textbook derivative");
        double second = d(call(derivatives, row.method() + "SecondDerivative", x));
        double[][] h = (double[][]) call(derivatives, row.method() + "Hessian", x);
        assertClose(h[0][0], second, 1e-13, at + ": fSecondDerivative = Hessian");
        double fd = FiniteDifferences.gradient(q -> row.derivative().applyAsDouble(q[0]), p)[0];
        assertClose(fd, second, 1e-5, at + ": second derivative vs FD of the textbook derivative");
      }
    }
  }

  @Test
  void everyMathFunctionOfThePrimitiveTableHasARow() {
    List<String> methods = rows().map(Row::method).toList();
    for (Primitive p : Primitive.values()) {
      if (p.isMathFunction()) {
        assertTrue(methods.contains(p.symbol()), "no row for Math." + p.symbol());
      }
    }
  }

  @Test
  void absHasZeroDerivativeAtZero() {
    assertEquals(0.0, d(call(derivatives, "absDerivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "absSecondDerivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "strictAbsDerivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "absSquareDerivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "absDerivative", -0.0)), 0);
  }

  @Test
  void maxAndMinSplitTheDerivativeEvenlyOnTies() {
    for (double x : new double[] {-1.5, 0.0, 0.8}) {
      assertArrayEquals(new double[] {0.5, 0.5}, (double[]) call(derivatives, "maxGradient", x, x), 0);
      assertArrayEquals(new double[] {0.5, 0.5}, (double[]) call(derivatives, "minGradient", x, x), 0);
      assertArrayEquals(new double[] {0.5, 0.5}, (double[]) call(derivatives, "strictMaxGradient", x, x), 0);
      assertEquals(1.0, d(call(derivatives, "maxSameDerivative", x)), 0);
      assertEquals(1.0, d(call(derivatives, "minSameDerivative", x)), 0);
      // max(x², y²) at x = y: half of 2x and half of 2y
      assertArrayEquals(new double[] {x, x}, (double[]) call(derivatives, "maxSquaresGradient", x, x), 1e-15);
    }
    assertEquals(0.5, d(call(derivatives, "maxConstDerivative", 0.3)), 0);
    assertEquals(0.5, d(call(derivatives, "minConstDerivative", 0.3)), 0);
  }

  @Test
  void stepFunctionsHaveZeroDerivativeEvenAtTheirJumps() {
    for (String f : new String[] {"signum", "floor", "ceil", "rint"}) {
      for (double x : new double[] {0.0, 2.0, -1.0, 2.5, -0.5}) {
        assertEquals(0.0, d(call(derivatives, f + "Derivative", x)), 0, f + "' at " + x);
        assertEquals(0.0, d(call(derivatives, f + "SecondDerivative", x)), 0, f + "'' at " + x);
      }
    }
    assertEquals(2.0, d(call(derivatives, "floorTimesDerivative", 2.0)), 0);
    assertEquals(3.0, d(call(derivatives, "ceilTimesDerivative", 2.4)), 0);
  }

  @Test
  void powerRulesAreFiniteAtZeroAndNegativeBases() {
    assertEquals(0.0, d(call(derivatives, "powConst2Derivative", 0.0)), 0);
    assertEquals(2.0, d(call(derivatives, "powConst2SecondDerivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "powConst3Derivative", 0.0)), 0);
    assertEquals(0.0, d(call(derivatives, "powConst3SecondDerivative", 0.0)), 0);
    assertEquals(3 * 4.0, d(call(derivatives, "powConst3Derivative", -2.0)), 1e-12);
    assertEquals(6 * -2.0, d(call(derivatives, "powConst3SecondDerivative", -2.0)), 1e-12);
    assertEquals(4 * -8.0, d(call(derivatives, "powIntConstDerivative", -2.0)), 1e-12);
  }
}
