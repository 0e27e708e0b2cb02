package dev.nabla.processor;

import static dev.nabla.processor.PrimitiveOracle.ANY;
import static dev.nabla.processor.PrimitiveOracle.COUNTERS;
import static dev.nabla.processor.PrimitiveOracle.OFF_GRID;
import static dev.nabla.processor.PrimitiveOracle.PAIRS;
import static dev.nabla.processor.PrimitiveOracle.POSITIVE;
import static dev.nabla.processor.PrimitiveOracle.POSITIVE_BASE;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every static method of the primitive table ({@code Math}'s, {@code Double}'s), from its row in
 * {@link PrimitiveOracle}, and the operators, constants, {@code StrictMath} spellings and compositions of
 * {@link #combinations()}: each a method of a generated fixture {@code prims.Prims}. Gradient vs central differences
 * of the original, Hessian vs central differences of the generated gradient, HVP vs H·v,
 * {@code fDerivative}/{@code fSecondDerivative} vs the gradient/Hessian, and gradient and Hessian vs the Hipparchus
 * rule (a row) or the textbook derivative (a univariate combination).
 */
class PrimitiveRulesTest {
  private static Class<?> prims;
  private static Class<?> derivatives;

  private static final double[][] REM = {{3.7, 1.1}, {-2.3, 0.9}, {1.3, -0.4}, {5.2, 2.3}};
  private static final String[] PARAMETERS = {"x", "y", "z", "w"};
  /** The weight by which a row's fixture multiplies an integer or boolean result, its last coordinate. */
  private static final double WEIGHT = 1.5;
  private static final String FAST_MATH = "org.hipparchus.util.FastMath";

  /** A fixture method that is not one {@code Math} function: its body, points and, if univariate, its derivative. */
  record Combination(String method, String expression, double[][] points, DoubleUnaryOperator derivative) {
    @Override
    public String toString() {
      return method;
    }
  }

  static Combination unary(String method, String expression, double[] xs, DoubleUnaryOperator derivative) {
    double[][] points = Arrays.stream(xs).mapToObj(x -> new double[] {x}).toArray(double[][]::new);
    return new Combination(method, expression, points, derivative);
  }

  static Combination binary(String method, String expression, double[][] points) {
    return new Combination(method, expression, points, null);
  }

  static Stream<PrimitiveOracle.Row> mathFunctions() {
    return PrimitiveOracle.rows().stream();
  }

  static Stream<Combination> combinations() {
    return Stream.of(
        binary("add", "x + y", PAIRS),
        unary("addConst", "x + 2.5", ANY, x -> 1),
        binary("sub", "x - y", PAIRS),
        unary("subFromConst", "2.5 - x", ANY, x -> -1),
        binary("mul", "x * y", PAIRS),
        unary("mulConst", "2.5 * x", ANY, x -> 2.5),
        unary("mulIntLiteral", "x * 3", ANY, x -> 3),
        unary("square", "x * x", ANY, x -> 2 * x),
        binary("div", "x / y", PAIRS),
        unary("divByConst", "x / 2.5", ANY, x -> 1 / 2.5),
        unary("constDiv", "2.5 / x", ANY, x -> -2.5 / (x * x)),
        binary("rem", "x % y", REM),
        unary("remConst", "x % 0.7", ANY, x -> 1),
        unary("constRem", "5.3 % x", new double[] {0.7, 1.3, 2.0, -1.6}, x -> -(double) (long) (5.3 / x)),
        unary("neg", "-x", ANY, x -> -1),
        binary("negProduct", "-(x * y)", PAIRS),
        unary("atan2ConstX", "Math.atan2(x, 1.5)", ANY, y -> 1.5 / (1.5 * 1.5 + y * y)),
        unary("atan2ConstY", "Math.atan2(1.5, x)", ANY, x -> -1.5 / (1.5 * 1.5 + x * x)),
        unary("powConst3", "Math.pow(x, 3.0)", ANY, x -> 3 * x * x),
        unary("powConst2", "Math.pow(x, 2.0)", ANY, x -> 2 * x),
        unary("powIntConst", "Math.pow(x, 4)", ANY, x -> 4 * x * x * x),
        unary("powConstHalf", "Math.pow(x, 2.5)", POSITIVE, x -> 2.5 * Math.pow(x, 1.5)),
        unary("powConstNeg", "Math.pow(x, -1.5)", POSITIVE, x -> -1.5 * Math.pow(x, -2.5)),
        unary("powConstBase", "Math.pow(2.0, x)", ANY, x -> Math.log(2) * Math.pow(2, x)),
        unary("hypotConst", "Math.hypot(x, 2.0)", ANY, x -> x / Math.hypot(x, 2)),
        unary("absSquare", "Math.abs(x) * x", ANY, x -> 2 * Math.abs(x)),
        unary("maxConst", "Math.max(x, 0.3)", ANY, x -> x > 0.3 ? 1 : 0),
        unary("minConst", "Math.min(x, 0.3)", ANY, x -> x < 0.3 ? 1 : 0),
        unary("maxSame", "Math.max(x, x)", ANY, x -> 1),
        unary("minSame", "Math.min(x, x)", ANY, x -> 1),
        binary("maxSquares", "Math.max(x * x, y * y)", PAIRS),
        unary("signumTimes", "Math.signum(x) * x * x", ANY, x -> 2 * Math.abs(x)),
        unary("floorTimes", "Math.floor(x) * x", OFF_GRID, Math::floor),
        unary("ceilTimes", "Math.ceil(x) * x", OFF_GRID, Math::ceil),
        unary("rintTimes", "Math.rint(x) * x", OFF_GRID, Math::rint),
        unary("sinToRadians", "Math.sin(Math.toRadians(x))", new double[] {-100, -20, 35, 170},
            x -> Math.cos(Math.toRadians(x)) * Math.PI / 180),
        unary("pi", "Math.PI * x * x", ANY, x -> 2 * Math.PI * x),
        unary("e", "Math.pow(Math.E, x)", ANY, Math::exp),
        unary("strictSin", "StrictMath.sin(x)", ANY, Math::cos),
        unary("strictExp", "StrictMath.exp(x)", ANY, Math::exp),
        unary("strictLog", "StrictMath.log(x)", POSITIVE, x -> 1 / x),
        unary("strictSqrt", "StrictMath.sqrt(x)", POSITIVE, x -> 0.5 / Math.sqrt(x)),
        binary("strictAtan2", "StrictMath.atan2(x, y)", PAIRS),
        binary("strictPow", "StrictMath.pow(x, y)", POSITIVE_BASE),
        binary("strictHypot", "StrictMath.hypot(x, y)", PAIRS),
        unary("strictAbs", "StrictMath.abs(x)", ANY, Math::signum),
        binary("strictMax", "StrictMath.max(x, y)", PAIRS),
        unary("strictTanh", "StrictMath.tanh(x)", ANY, x -> 1 - Math.tanh(x) * Math.tanh(x)),
        unary("clampUnit", FAST_MATH + ".clamp(x, -1.0, 1.0)", ANY, x -> Math.abs(x) <= 1 ? 1 : 0),
        binary("clampInts", FAST_MATH + ".clamp((int) x, -5, (int) y) * x", COUNTERS),
        binary("clampLongInts", FAST_MATH + ".clamp((long) x, -5, (int) y) * x", COUNTERS),
        binary("clampLongs", FAST_MATH + ".clamp((long) x, -5L, (long) y) * x", COUNTERS),
        binary("floorModLongs", "Math.floorMod((long) x, (long) y) * x", COUNTERS),
        binary("floorModLongInt", "Math.floorMod((long) x, (int) y) * x", COUNTERS),
        binary("floorDivLongs", "Math.floorDiv((long) x, (long) y) * x", COUNTERS),
        binary("floorDivLongInt", "Math.floorDiv((long) x, (int) y) * x", COUNTERS),
        binary("toIntExactOfLong", "Math.toIntExact((long) x * 3L) * y", COUNTERS),
        binary("sinOfProduct", "Math.sin(x * y)", PAIRS),
        binary("logOfHypot", "Math.log(Math.hypot(x, y))", PAIRS),
        binary("expOfQuotient", "Math.exp(x / y)", PAIRS));
  }

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/prims")).resolve("Prims.java");
    Files.writeString(source, fixture());
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(source));
    prims = loader.loadClass("prims.Prims");
    derivatives = loader.loadClass("prims.PrimsDerivatives");
  }

  /**
   * The fixture: a method {@code f(x, …)} returning {@code Math.f(x, …)} per row (an integer or boolean result times
   * a weight, true as 1), and one per combination.
   */
  private static String fixture() {
    Stream<String> functions = mathFunctions().map(r -> {
      int n = r.primitive().arity();
      String call = r.call(Arrays.asList(PARAMETERS).subList(0, n));
      String use = switch (r.resultType()) {
        case DOUBLE -> call;
        case BOOLEAN -> "(" + call + " ? 1 : 0) * " + PARAMETERS[n];
        default -> call + " * " + PARAMETERS[n];
      };
      return method(r.primitive().symbol(), Math.min(2, r.primitive().differentiableOrder()), points(r)[0].length,
          use);
    });
    Stream<String> combinations = combinations().map(c -> method(c.method(), 2, c.points()[0].length,
        c.expression()));
    return "package prims;\n\nimport dev.nabla.Differentiable;\n\npublic class Prims {\n"
        + Stream.concat(functions, combinations).collect(Collectors.joining()) + "}\n";
  }

  /** A fixture method; one of order 1 (trigamma's, whose derivatives end there) has no Hessian. */
  private static String method(String name, int order, int arity, String expression) {
    String params = Arrays.stream(PARAMETERS, 0, arity).map(p -> "double " + p).collect(Collectors.joining(", "));
    return "  @Differentiable" + (order < 2 ? "(order = " + order + ")" : "") + " public static double " + name + "("
        + params + ") { return " + expression + "; }\n";
  }

  /** Whether a row's fixture multiplies the result by a weight: an integer or a boolean result. */
  private static boolean weighted(PrimitiveOracle.Row row) {
    return row.resultType() != Type.DOUBLE;
  }

  /** The row's points, each with the weight appended where the fixture has one. */
  private static double[][] points(PrimitiveOracle.Row row) {
    return weighted(row) ? Arrays.stream(row.points()).map(p -> Reflect.concat(p, new double[] {WEIGHT}))
        .toArray(double[][]::new) : row.points();
  }

  private static Object[] box(double[] p) {
    return Arrays.stream(p).boxed().toArray();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mathFunctions")
  void mathFunctionsMatchFiniteDifferencesAndTheHipparchusRule(PrimitiveOracle.Row row) {
    String name = row.primitive().symbol();
    for (double[] p : points(row)) {
      String at = name + " at " + Arrays.toString(p);
      boolean hessian = row.primitive().differentiableOrder() >= 2;
      double[] g = checkScalar(prims, derivatives, name, PrimitiveRulesTest::box, p, 1e-6, hessian ? 1e-5 : 0);
      double[] margin = {Double.POSITIVE_INFINITY};
      DerivativeStructure y = hipparchus(row, p, m -> margin[0] = Math.min(margin[0], m));
      assertTrue(margin[0] > 0.05, at + ": the point is away from kinks, jumps and domain edges");
      assertClose(y.getValue(), d(call(prims, name, box(p))), 1e-14, at + ": value vs Hipparchus");
      for (int i = 0; i < p.length; i++) {
        assertClose(y.getPartialDerivative(orders(p.length, i)), g[i], 1e-12, at + ": gradient vs Hipparchus");
      }
      if (!hessian) {
        continue;
      }
      double[][] h = (double[][]) call(derivatives, name + "Hessian", box(p));
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < p.length; j++) {
          assertClose(y.getPartialDerivative(orders(p.length, i, j)), h[i][j], 1e-10, at + ": Hessian vs Hipparchus");
        }
      }
      if (p.length == 1) {
        assertClose(h[0][0], d(call(derivatives, name + "SecondDerivative", p[0])), 1e-13,
            at + ": fSecondDerivative = Hessian");
      }
    }
  }

  /** The row's fixture in order-2 Hipparchus arithmetic at p: its rule, times the weight if it has one. */
  private static DerivativeStructure hipparchus(PrimitiveOracle.Row row, double[] p, PrimitiveOracle.Margins margins) {
    DSFactory factory = new DSFactory(p.length, 2);
    List<DerivativeStructure> args = IntStream.range(0, p.length).mapToObj(i -> factory.variable(i, p[i])).toList();
    int n = row.primitive().arity();
    DerivativeStructure y = row.rule().apply(args.subList(0, n), margins);
    return weighted(row) ? y.multiply(args.get(n)) : y;
  }

  /** The derivation orders of ∂/∂x_{i₀}∂x_{i₁}… among n variables. */
  private static int[] orders(int n, int... variables) {
    int[] orders = new int[n];
    for (int v : variables) {
      orders[v]++;
    }
    return orders;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("combinations")
  void combinationsMatchFiniteDifferencesAndTheTextbookRule(Combination row) {
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
  void everyStaticMethodOfThePrimitiveTableHasARow() {
    List<Primitive> rows = mathFunctions().map(PrimitiveOracle.Row::primitive).toList();
    for (Primitive p : Primitive.values()) {
      // tetragamma, without a derivative, is no entry for user calls (SpecialFunctionsTest checks its values)
      if (p.isCall() && p.differentiableOrder() > 0) {
        assertTrue(rows.contains(p), "no row for " + p.symbol());
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
  void clampPassesTheDerivativeToTheValueAtItsBoundsAndToTheBoundOutside() {
    for (double x : new double[] {-1.0, 1.0, 0.0}) {
      assertArrayEquals(new double[] {1, 0, 0}, (double[]) call(derivatives, "clampGradient", x, -1.0, 1.0), 0);
      assertEquals(1.0, d(call(derivatives, "clampUnitDerivative", x)), 0, "clamp' at " + x);
    }
    assertArrayEquals(new double[] {1, 0, 0}, (double[]) call(derivatives, "clampGradient", 0.5, 0.5, 0.5), 0);
    assertArrayEquals(new double[] {0, 1, 0}, (double[]) call(derivatives, "clampGradient", -2.0, -1.0, 1.0), 0);
    assertArrayEquals(new double[] {0, 0, 1}, (double[]) call(derivatives, "clampGradient", 2.0, -1.0, 1.0), 0);
  }

  @Test
  void scalbHasTheExactPowerOfTwoAsItsDerivative() {
    for (double[] p : new double[][] {{0.7, 30.5}, {-1.3, -40.2}, {0.0, 3.5}}) {
      double[] g = (double[]) call(derivatives, "scalbGradient", p[0], p[1]);
      assertArrayEquals(new double[] {Math.scalb(1.0, (int) p[1]), 0}, g, 0, Arrays.toString(p));
    }
  }

  @Test
  void doubleTestsHaveNoDerivativeEvenAtNanAndTheInfinities() {
    for (String f : new String[] {"isNaN", "isInfinite", "isFinite"}) {
      for (double x : Reflect.concat(new double[] {Double.NaN}, PrimitiveOracle.SPECIAL)) {
        double[] g = (double[]) call(derivatives, f + "Gradient", x, WEIGHT);
        assertEquals(0.0, g[0], 0, f + "' at " + x);
        assertEquals(d(call(prims, f, x, 1.0)), g[1], 0, f + "'s value at " + x);
      }
    }
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
