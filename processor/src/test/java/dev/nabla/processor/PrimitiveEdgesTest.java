package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each primitive at its edges (±1 for asin and acos, −1 for log1p, large arguments of tanh, exp and expm1, tiny and
 * huge magnitudes of atan2, hypot and division, pow at a zero base or exponent, abs at 0, max and min at ties): the
 * generated gradient, Hessian, Hessian–vector product and, for one variable, first and second derivative against
 * references in 60-digit arithmetic, computed by {@code src/test/resources/edges/edges.py} and pasted in {@link #ROWS};
 * and every Hessian exactly symmetric (but two, to rounding). Where the true Hessian overflows, only its infinite
 * entries are compared (a finite one between them may come out NaN, ∞ − ∞ in the chain rule) and the Hessian–vector
 * product is not (0·∞ along e_j).
 */
class PrimitiveEdgesTest {
  /** Relative error allowed: a few roundings of the rule's arithmetic, far below the digits a weak rule loses. */
  private static final double RELATIVE = 1e-13;
  /** Absolute error allowed, for references below the normal range, where a double keeps few digits. */
  private static final double SUBNORMAL = Double.MIN_NORMAL;

  /** The fixture's expression of each row's name, in its parameters x and y. */
  private static final Map<String, String> EXPRESSIONS = Map.ofEntries(
      Map.entry("atan2", "Math.atan2(x, y)"), Map.entry("hypot", "Math.hypot(x, y)"), Map.entry("div", "x / y"),
      Map.entry("pow", "Math.pow(x, y)"), Map.entry("max", "Math.max(x, y)"), Map.entry("min", "Math.min(x, y)"),
      Map.entry("powCube", "Math.pow(x, 3.0)"), Map.entry("powInverseSquare", "Math.pow(x, -2.0)"),
      Map.entry("tanhSteep", "Math.tanh(5000.0 * x)"));

  /**
   * The rows whose two mixed partials the sweeps compute to rounding only: at a generic point forward-over-reverse
   * rounds ∂²/∂x∂y and ∂²/∂y∂x along different paths (atan2 through (y/r)/r and (x/r)/r, pow through e·x^(e−1) and
   * x·(x^(e−1)·ln x)). {@code fHessian} takes their mean, so there its entries equal the Hessian–vector products' to
   * rounding only.
   */
  private static final Set<String> SYMMETRIC_TO_ROUNDING = Set.of("atan2[3.0, -4.0]", "pow[3.0, 2.5]");

  /** The rows' functions of {@code dev.nabla.SpecialFunctions}. */
  private static final Set<String> SPECIAL = Set.of("erf", "erfc", "normalCdf", "normalPdf", "normalQuantile",
      "logistic", "softplus");

  private static Class<?> derivatives;

  /** A primitive's fixture method at a point, with the reference gradient and Hessian there. */
  record Row(String method, double[] point, double[] gradient, double[][] hessian) {
    @Override
    public String toString() {
      return method + Arrays.toString(point);
    }
  }

  private static Row row(String method, double[] point, double[] gradient, double[][] hessian) {
    return new Row(method, point, gradient, hessian);
  }

  private static double[] p(double... values) {
    return values;
  }

  private static double[][] m(double[]... rows) {
    return rows;
  }

  /** From {@code /usr/bin/python3 processor/src/test/resources/edges/edges.py} (mpmath 1.2.1, 60 digits). */
  private static final List<Row> ROWS = List.of(
      row("expm1", p(-30.0), p(9.357622968840175e-14), m(p(9.357622968840175e-14))),
      row("expm1", p(-40.0), p(4.248354255291589e-18), m(p(4.248354255291589e-18))),
      row("expm1", p(-1e-10), p(0.9999999999), m(p(0.9999999999))),
      row("expm1", p(1e-300), p(1.0), m(p(1.0))),
      row("expm1", p(700.0), p(1.0142320547350045e+304), m(p(1.0142320547350045e+304))),
      row("exp", p(-745.0), p(5e-324), m(p(5e-324))),
      row("exp", p(700.0), p(1.0142320547350045e+304), m(p(1.0142320547350045e+304))),
      row("tanh", p(0.0), p(1.0), m(p(0.0))),
      row("tanh", p(10.0), p(8.244614455767397e-09), m(p(-1.6489228843561127e-08))),
      row("tanh", p(20.0), p(1.6993417021166355e-17), m(p(-3.398683404233271e-17))),
      row("tanh", p(-40.0), p(7.219405551381661e-35), m(p(1.4438811102763322e-34))),
      row("tanh", p(300.0), p(1.0601586212017243e-260), m(p(-2.1203172424034486e-260))),
      row("tanh", p(1e-300), p(1.0), m(p(-2e-300))),
      row("tanh", p(360.0), p(8.12892320967e-313), m(p(-1.62578464194e-312))),
      row("tanh", p(-720.0), p(0.0), m(p(0.0))),
      row("tanh", p(800.0), p(0.0), m(p(-0.0))),
      row("tanhSteep", p(0.1418), p(0.0), m(p(-0.0))),
      row("tanhSteep", p(0.004), p(8.49670851058317e-14), m(p(-8.496708510583171e-10))),
      row("sinh", p(700.0), p(5.0711602736750225e+303), m(p(5.0711602736750225e+303))),
      row("sinh", p(-700.0), p(5.0711602736750225e+303), m(p(-5.0711602736750225e+303))),
      row("sinh", p(1e-300), p(1.0), m(p(1e-300))),
      row("cosh", p(700.0), p(5.0711602736750225e+303), m(p(5.0711602736750225e+303))),
      row("cosh", p(-1e-300), p(-1e-300), m(p(1.0))),
      row("asin", p(0.9999999990686774), p(23170.475011315586), m(p(12439554045005.59))),
      row("asin", p(-0.9999999999990905), p(741455.2001896339), m(p(-4.0761930704155674e+17))),
      row("asin", p(0.0), p(1.0), m(p(0.0))),
      row("asin", p(0.5), p(1.1547005383792515), m(p(0.769800358919501))),
      row("acos", p(0.9999999990686774), p(-23170.475011315586), m(p(-12439554045005.59))),
      row("acos", p(-0.9999999999990905), p(-741455.2001896339), m(p(4.0761930704155674e+17))),
      row("acos", p(1e-300), p(-1.0), m(p(-1e-300))),
      row("atan", p(0.0), p(1.0), m(p(0.0))),
      row("atan", p(1e+150), p(1e-300), m(p(-0.0))),
      row("atan", p(-1e-300), p(1.0), m(p(2e-300))),
      row("atan", p(1e+100), p(1e-200), m(p(-2e-300))),
      row("atan", p(-3e+77), p(1.1111111111111112e-155), m(p(7.407407407407409e-233))),
      row("log", p(1e-300), p(9.999999999999999e+299), m(p(Double.NEGATIVE_INFINITY))),
      row("log", p(1e+300), p(1e-300), m(p(-0.0))),
      row("log", p(5e-324), p(Double.POSITIVE_INFINITY), m(p(Double.NEGATIVE_INFINITY))),
      row("log1p", p(-0.9999999999990905), p(1099511627776.0), m(p(-1.2089258196146292e+24))),
      row("log1p", p(1e-300), p(1.0), m(p(-1.0))),
      row("log1p", p(1e+300), p(1e-300), m(p(-0.0))),
      row("sqrt", p(5e-324), p(2.2494568972715982e+161), m(p(Double.NEGATIVE_INFINITY))),
      row("sqrt", p(1e+300), p(5e-151), m(p(-0.0))),
      row("cbrt", p(1e-300), p(3.3333333333333334e+199), m(p(Double.NEGATIVE_INFINITY))),
      row("cbrt", p(-1e+300), p(3.3333333333333335e-201), m(p(0.0))),
      row("cbrt", p(-8.0), p(0.08333333333333333), m(p(0.006944444444444444))),
      row("sin", p(1e+22), p(0.523214785395139), m(p(0.8522008497671888))),
      row("sin", p(1e-300), p(1.0), m(p(-1e-300))),
      row("cos", p(1e+22), p(0.8522008497671888), m(p(-0.523214785395139))),
      row("tan", p(1.5707963267948966), p(2.667093788113571e+32), m(p(8.711389406220653e+48))),
      row("erf", p(5.0), p(1.5670866531017336e-11), m(p(-1.5670866531017336e-10))),
      row("erf", p(20.0), p(2.1610374743867984e-174), m(p(-8.644149897547193e-173))),
      row("erf", p(-1e-300), p(1.1283791670955126), m(p(2.2567583341910252e-300))),
      row("erfc", p(-5.0), p(-1.5670866531017336e-11), m(p(-1.5670866531017336e-10))),
      row("erfc", p(26.0), p(-2.9470349932662697e-294), m(p(1.53245819649846e-292))),
      row("normalCdf", p(-37.0), p(2.1200065515246056e-298), m(p(7.84402424064104e-297))),
      row("normalCdf", p(8.0), p(5.052271083536892e-15), m(p(-4.0418168668295136e-14))),
      row("normalPdf", p(38.0), p(-4.16943999763e-313), m(p(1.583289978047e-311))),
      row("normalPdf", p(-1e-300), p(3.9894228040143265e-301), m(p(-0.3989422804014327))),
      row("normalQuantile", p(1e-10), p(1535723698.1963859), m(p(-1.5002887130628458e+19))),
      row("normalQuantile", p(0.975), p(17.110083080332704), m(p(573.7891446072151))),
      row("normalQuantile", p(0.5), p(2.5066282746310007), m(p(0.0))),
      row("logistic", p(-700.0), p(9.85967654375977e-305), m(p(9.85967654375977e-305))),
      row("logistic", p(40.0), p(4.248354255291589e-18), m(p(-4.248354255291589e-18))),
      row("logistic", p(700.0), p(9.85967654375977e-305), m(p(-9.85967654375977e-305))),
      row("softplus", p(-700.0), p(9.85967654375977e-305), m(p(9.85967654375977e-305))),
      row("softplus", p(745.0), p(1.0), m(p(5e-324))),
      row("powCube", p(-2.0), p(12.0), m(p(-12.0))),
      row("powCube", p(-1e+100), p(3.0000000000000002e+200), m(p(-6.0000000000000005e+100))),
      row("powInverseSquare", p(-1e-100), p(1.9999999999999998e+300), m(p(Double.POSITIVE_INFINITY))),
      row("powInverseSquare", p(-3.0), p(0.07407407407407407), m(p(0.07407407407407407))),
      row("atan2", p(1e-200, 1e-200), p(5e+199, -5e+199), m(p(Double.NEGATIVE_INFINITY, 0.0),
          p(0.0, Double.POSITIVE_INFINITY))),
      row("atan2", p(1e+160, 1e+160), p(5e-161, -5e-161), m(p(-5e-321, 0.0), p(0.0, 5e-321))),
      row("atan2", p(1e-200, 1.0), p(1.0, -1e-200), m(p(-2e-200, -1.0), p(-1.0, 2e-200))),
      row("atan2", p(1.0, 1e-200), p(1e-200, -1.0), m(p(-2e-200, 1.0), p(1.0, 2e-200))),
      row("atan2", p(3.0, -4.0), p(-0.16, -0.12), m(p(0.0384, -0.0112), p(-0.0112, -0.0384))),
      row("atan2", p(-1e+300, 1e-300), p(0.0, 1e-300), m(p(0.0, 0.0), p(0.0, -0.0))),
      row("hypot", p(1e-200, 1e-200), p(0.7071067811865476, 0.7071067811865476),
          m(p(3.5355339059327376e+199, -3.5355339059327376e+199),
          p(-3.5355339059327376e+199, 3.5355339059327376e+199))),
      row("hypot", p(1e+300, 1e+300), p(0.7071067811865476, 0.7071067811865476),
          m(p(3.5355339059327376e-301, -3.5355339059327376e-301),
          p(-3.5355339059327376e-301, 3.5355339059327376e-301))),
      row("hypot", p(3.0, 4.0), p(0.6, 0.8), m(p(0.128, -0.096), p(-0.096, 0.072))),
      row("hypot", p(0.0, 5.0), p(0.0, 1.0), m(p(0.2, 0.0), p(0.0, 0.0))),
      row("div", p(1e-100, 1e-200), p(1e+200, -1e+300), m(p(0.0, Double.NEGATIVE_INFINITY),
          p(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY))),
      row("div", p(1e+200, 1e-100), p(1e+100, Double.NEGATIVE_INFINITY), m(p(0.0, -1e+200),
          p(-1e+200, Double.POSITIVE_INFINITY))),
      row("div", p(3.0, -7.0), p(-0.14285714285714285, -0.061224489795918366), m(p(0.0, -0.02040816326530612),
          p(-0.02040816326530612, -0.01749271137026239))),
      row("pow", p(2.0, 0.0), p(0.0, 0.6931471805599453), m(p(0.0, 0.5), p(0.5, 0.48045301391820144))),
      row("pow", p(3.0, 2.5), p(12.99038105676658, 17.125670716134227), m(p(6.49519052838329, 19.46754468615182),
          p(19.46754468615182, 18.814472300428648))),
      row("pow", p(0.001, 0.0), p(0.0, -6.907755278982137), m(p(0.0, 1000.0), p(1000.0, 47.717082994305585))),
      row("pow", p(1e+300, 0.5), p(5e-151, 6.9077552789821375e+152), m(p(-0.0, 3.463877639491069e-148),
          p(3.463877639491069e-148, 4.771708299430559e+155))),
      row("pow", p(0.5, -3.0), p(-48.0, -5.545177444479562), m(p(384.0, 49.27106466687737),
          p(49.27106466687737, 3.8436241113456115))),
      row("pow", p(-2.0, 3.0), p(12.0, Double.NaN), m(p(-12.0, Double.NaN), p(Double.NaN, Double.NaN))),
      row("pow", p(1e-200, 2.0), p(2e-200, -0.0), m(p(2.0, -9.200340371976183e-198), p(-9.200340371976183e-198, 0.0))),
      row("pow", p(0.0, 0.0), p(0.0, 0.0), m(p(0.0, 0.0), p(0.0, 0.0))),
      row("pow", p(0.0, 1.0), p(1.0, 0.0), m(p(0.0, 1.0), p(1.0, 0.0))),
      row("pow", p(0.0, 2.0), p(0.0, 0.0), m(p(2.0, 0.0), p(0.0, 0.0))),
      row("pow", p(0.0, 3.0), p(0.0, 0.0), m(p(0.0, 0.0), p(0.0, 0.0))),
      row("pow", p(0.0, 2.5), p(0.0, 0.0), m(p(0.0, 0.0), p(0.0, 0.0))),
      row("hypot", p(0.0, 0.0), p(Double.NaN, Double.NaN), m(p(Double.NaN, Double.NaN), p(Double.NaN, Double.NaN))),
      row("atan2", p(0.0, 0.0), p(Double.NaN, Double.NaN), m(p(Double.NaN, Double.NaN), p(Double.NaN, Double.NaN))),
      row("abs", p(0.0), p(0.0), m(p(0.0))),
      row("max", p(1.0, 1.0), p(0.5, 0.5), m(p(0.0, 0.0), p(0.0, 0.0))),
      row("min", p(-2.0, -2.0), p(0.5, 0.5), m(p(0.0, 0.0), p(0.0, 0.0))));

  static Stream<Row> rows() {
    return ROWS.stream();
  }

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/edges")).resolve("Edges.java");
    String methods = ROWS.stream().map(r -> method(r.method(), r.point().length)).distinct()
        .collect(Collectors.joining());
    Files.writeString(source, "package edges;\n\nimport dev.nabla.Differentiable;\n\npublic class Edges {\n" + methods
        + "}\n");
    derivatives = InProcessCompiler.compile(dir, List.of(source)).loadClass("edges.EdgesDerivatives");
  }

  /**
   * A fixture method: the row's expression in x (and y), or else {@code Math.name(x)}, or {@code SpecialFunctions}'
   * for the names of {@link #SPECIAL}.
   */
  private static String method(String name, int arity) {
    String owner = SPECIAL.contains(name) ? "dev.nabla.SpecialFunctions." : "Math.";
    String body = EXPRESSIONS.getOrDefault(name, owner + name + "(x)");
    String params = arity == 1 ? "double x" : "double x, double y";
    return "  @Differentiable public static double " + name + "(" + params + ") { return " + body + "; }\n";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void derivativesMatchTheReferenceAndHessiansAreSymmetric(Row row) {
    Object[] args = Arrays.stream(row.point()).boxed().toArray();
    int n = row.point().length;
    double[] g = (double[]) call(derivatives, row.method() + "Gradient", args);
    double[][] h = (double[][]) call(derivatives, row.method() + "Hessian", args);
    boolean overflows = Arrays.stream(row.hessian()).flatMapToDouble(Arrays::stream).anyMatch(Double::isInfinite);
    for (int i = 0; i < n; i++) {
      assertNear(row.gradient()[i], g[i], row + ": ∂/∂x" + i);
      for (int j = 0; j < n; j++) {
        if (!overflows || Double.isInfinite(row.hessian()[i][j])) {
          assertNear(row.hessian()[i][j], h[i][j], row + ": ∂²/∂x" + i + "∂x" + j);
        }
        assertEquals(h[i][j], h[j][i], 0, row + ": Hessian exactly symmetric at " + i + ", " + j);
        if (overflows) {
          continue;
        }
        double[] v = new double[n];
        v[j] = 1;
        double[] hv = new double[n];
        call(derivatives, row.method() + "HessianVector", Reflect.append(args, v, hv));
        assertProduct(row, h[i][j], hv[i], row + ": Hessian–vector product along e" + j);
      }
    }
    if (n == 1) {
      assertEquals(g[0], d(call(derivatives, row.method() + "Derivative", args)), 0, row + ": fDerivative");
      assertEquals(h[0][0], d(call(derivatives, row.method() + "SecondDerivative", args)), 0,
          row + ": fSecondDerivative");
    }
  }

  /** Exactly equal, but at the rows of {@link #SYMMETRIC_TO_ROUNDING}, where to {@link #RELATIVE}. */
  private static void assertProduct(Row row, double hij, double hvi, String what) {
    if (SYMMETRIC_TO_ROUNDING.contains(row.toString())) {
      assertNear(hij, hvi, what);
    } else {
      assertEquals(hij, hvi, 0, what + " exactly");
    }
  }

  /** Within {@link #RELATIVE} of the reference, or {@link #SUBNORMAL} of it; equal where it is infinite or NaN. */
  private static void assertNear(double expected, double actual, String what) {
    if (!Double.isFinite(expected)) {
      assertEquals(expected, actual, what);
    } else {
      assertTrue(Math.abs(actual - expected) <= RELATIVE * Math.abs(expected) + SUBNORMAL,
          what + ": expected " + expected + " but was " + actual);
    }
  }
}
