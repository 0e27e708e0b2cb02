package dev.nabla.processor;

import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.d;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Minimal reproductions of compiler bugs found by the numerical suite (they failed when written, and pass since the
 * compiler was fixed). Each compiles its own fixture so one bug cannot hide another; the Javadoc of each test records
 * what the compiler used to do.
 */
class RegressionsTest {
  @TempDir
  Path dir;

  private Class<?>[] compile(String fixture, String className) throws IOException, ReflectiveOperationException {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture(fixture)));
    return new Class<?>[] {loader.loadClass(className), loader.loadClass(className + "Derivatives")};
  }

  /**
   * Generated methods declare their own locals and parameters (n, m, i, j, gradient, v, hv, tangent, cotangent,
   * jacobian) without renaming the user's, so a @Differentiable method whose parameter or local has one of these names
   * produces a Derivatives class that does not compile ("variable n is already defined in method fJvp").
   */
  @ParameterizedTest(name = "user identifier {0}")
  @ValueSource(strings = {"n", "m", "i", "j", "first", "gradient", "v", "hv", "tangent", "cotangent", "jacobian"})
  void userIdentifiersDoNotClashWithGeneratedNames(String name) throws Exception {
    String source = """
        package clash;
        import dev.nabla.Differentiable;
        public class Clash {
          @Differentiable public static double local(double[] x) {
            double NAME = 0;
            for (int k = 0; k < x.length; k++) NAME += x[k] * x[k];
            return NAME;
          }
          @Differentiable public static double[] localVector(double[] x) {
            int NAME = x.length;
            double[] y = new double[NAME];
            for (int k = 0; k < NAME; k++) y[k] = x[k] * x[0];
            return y;
          }
          @Differentiable public static double param(double[] NAME) {
            double s = 0;
            for (int k = 0; k < NAME.length; k++) s += NAME[k] * NAME[k];
            return s;
          }
          @Differentiable public static double[] paramVector(double[] NAME) {
            double[] y = new double[NAME.length];
            for (int k = 0; k < NAME.length; k++) y[k] = NAME[k] * NAME[0];
            return y;
          }
        }
        """.replace("NAME", name);
    Path file = Files.createDirectories(dir.resolve("src/clash")).resolve("Clash.java");
    Files.writeString(file, source);
    ClassLoader loader = InProcessCompiler.compile(dir.resolve("out"), List.of(file));
    Class<?> c = loader.loadClass("clash.Clash");
    Class<?> d = loader.loadClass("clash.ClashDerivatives");
    double[] x = {0.4, -1.1, 0.7};
    for (String f : new String[] {"local", "param"}) {
      checkScalar(c, d, f, p -> new Object[] {p}, x, 1e-6, 1e-5);
    }
    for (String f : new String[] {"localVector", "paramVector"}) {
      checkVector(c, d, f, p -> new Object[] {p}, x, 1e-6);
    }
  }

  /**
   * {@code W.length} of a {@code static final double[]}: "[nabla:unsupported-expression] the member access
   * W.length".
   */
  @Test
  void lengthOfAStaticFinalArrayConstant() throws Exception {
    Class<?>[] c = compile("regressions/constlength/ConstLength.java", "constlength.ConstLength");
    for (double x : new double[] {-0.7, 1.3}) {
      assertClose(2 * (0.5 + 1.5 - 1.0) * x, d(call(c[1], "weightedDerivative", x)), 1e-14, "d/dx Σ W_i x²");
    }
  }

  /**
   * {@code a[k++] += v} reads a[k] and writes a[k+1] (k++ evaluated twice): the gradient comes out 0 instead of 2x₀
   * and fGradient returns 0 instead of f.
   */
  @Test
  void compoundAssignmentWithPostIncrementIndexEvaluatesTheIndexOnce() throws Exception {
    Class<?>[] c = compile("regressions/postinc/PostInc.java", "postinc.PostInc");
    double[] x = {0.7, -0.4, 1.3};
    double[] g = checkScalar(c[0], c[1], "postIncCompound", p -> new Object[] {p}, x, 1e-6, 1e-5);
    assertClose(new double[] {1.4, 0, 0}, g, 1e-14, "∇ x₀²");
  }

  /**
   * In a loop, {@code a[k++] += v} makes fGradient throw ArrayIndexOutOfBoundsException; with a constant-size local
   * array the processor itself fails ("[nabla:internal-error] ... NullPointerException ... Slot.type() ... Copier").
   */
  @Test
  void compoundAssignmentWithIncrementIndexInLoopsAndOnConstantSizeArrays() throws Exception {
    Class<?>[] c = compile("regressions/postincloop/PostIncLoop.java", "postincloop.PostIncLoop");
    double[] x = {0.7, -0.4, 1.3};
    checkScalar(c[0], c[1], "accumulate", p -> new Object[] {p}, x, 1e-6, 1e-5);
    assertClose(1 + 2 * 0.6, d(call(c[1], "constantSizeDerivative", 0.6)), 1e-14, "d/dx (x + x²)");
  }

  /**
   * A call to a vector-valued @Differentiable method that returns early crashes the processor: "[nabla:internal-error]
   * internal error while differentiating caller: NullPointerException: Cannot invoke Object.hashCode() because pk is
   * null at Copier.map(Copier.java:28)". Scalar callees with early returns work.
   */
  @Test
  void callingAVectorCalleeWithEarlyReturn() throws Exception {
    Class<?>[] c = compile("regressions/vectorcallee/VectorCallee.java", "vectorcallee.VectorCallee");
    // caller(x) = x·|x|, so caller'(x) = 2|x|
    assertClose(3.0, d(call(c[1], "callerDerivative", 1.5)), 1e-14, "d/dx x·|x| at 1.5");
    assertClose(3.0, d(call(c[1], "callerDerivative", -1.5)), 1e-14, "d/dx x·|x| at -1.5");
  }

  /**
   * {@code return new double[][] {{…}, {…}}} fails with "[nabla:unsupported-type] array new double[][]{…} has type
   * double[][], which nabla cannot differentiate. Fix: use double, double[] or double[][]" (the shorthand
   * {@code double[][] a = {{…}}} works).
   */
  @Test
  void explicitMatrixInitializer() throws Exception {
    Class<?>[] c = compile("regressions/newmatrix/NewMatrix.java", "newmatrix.NewMatrix");
    double t = 0.4;
    double[] v = (double[]) call(c[1], "rotationDerivative", t);
    assertClose(new double[] {-Math.sin(t), -Math.cos(t), Math.cos(t), -Math.sin(t)}, v, 1e-15, "dR/dt");
  }

  /**
   * For a double[][] result with no rows (here x = {}), fJacobian works but fJvp and fVjp throw
   * ArrayIndexOutOfBoundsException: the flattening reads {@code m[0].length} unguarded.
   */
  @Test
  void matrixResultWithNoRows() throws Exception {
    Class<?>[] c = compile("regressions/emptymatrix/EmptyMatrix.java", "emptymatrix.EmptyMatrix");
    double[] empty = {};
    org.junit.jupiter.api.Assertions.assertEquals(0, ((double[][]) call(c[1], "outerJacobian", (Object) empty)).length);
    org.junit.jupiter.api.Assertions.assertEquals(0, ((double[]) call(c[1], "outerJvp", empty, empty)).length);
    org.junit.jupiter.api.Assertions.assertEquals(0, ((double[]) call(c[1], "outerVjp", empty, empty)).length);
    // and the regular case still works
    checkVector(c[0], c[1], "outer", p -> new Object[] {p}, new double[] {0.3, -1.2}, 1e-6);
  }

  /**
   * Math.pow(x, y) with a runtime exponent: at x = 0 the power rule is evaluated as y·x^(y−1) and y(y−1)·x^(y−2)
   * with 0·∞ = NaN, and ln x terms of ∂/∂y leak NaN into ∂²/∂x² for x &lt; 0. Observed: (x^1)'' at 0 = NaN,
   * (x^0)' at 0 = NaN, Hessian of x^y at (−2, 2) all NaN, ∂(0^y)/∂y = NaN; with the constant exponents 1.0 / 2.0 the
   * same points give 0 / 2.
   */
  @Test
  void powerWithARuntimeExponentAtZeroAndNegativeBases() throws Exception {
    Class<?>[] c = compile("regressions/pow/RuntimePow.java", "pow.RuntimePow");
    org.junit.jupiter.api.Assertions.assertAll(
        () -> assertClose(1.0, d(call(c[1], "powParamDerivative", 0.0, 1.0)), 0, "(x^1)' at 0"),
        () -> assertClose(0.0, d(call(c[1], "powParamSecondDerivative", 0.0, 1.0)), 0, "(x^1)'' at 0"),
        () -> assertClose(0.0, d(call(c[1], "powParamDerivative", 0.0, 0.0)), 0, "(x^0)' at 0"),
        () -> assertClose(0.0, d(call(c[1], "powParamSecondDerivative", 0.0, 0.0)), 0, "(x^0)'' at 0"),
        () -> assertClose(2.0, d(call(c[1], "powParamSecondDerivative", 0.0, 2.0)), 0, "(x^2)'' at 0"),
        // ∂²(x^y)/∂x² = y(y − 1)x^(y−2) is finite for x < 0 and integer y, whatever ∂/∂y does
        () -> assertClose(2.0, ((double[][]) call(c[1], "powHessian", -2.0, 2.0))[0][0], 1e-15, "∂²/∂x² at (−2, 2)"),
        () -> assertClose(-6.0 * 2, ((double[][]) call(c[1], "powHessian", -2.0, 3.0))[0][0], 1e-15,
            "∂²/∂x² at (−2, 3)"),
        // 0^y = 0 for every y > 0, so ∂/∂y = 0 there (the limit of y ↦ b^y ln b as b → 0⁺)
        () -> assertClose(0.0, ((double[]) call(c[1], "powGradient", 0.0, 2.0))[1], 0, "∂(x^y)/∂y at (0, 2)"),
        () -> assertClose(0.0, d(call(c[1], "powBaseDerivative", 0.0, 2.0)), 0, "d(0^y)/dy at y = 2"));
  }

  /**
   * A loop header with a short-circuit condition on differentiable values holds a branch; the forward sweep saved
   * values for that branch on the tape although headers are never reversed, so every later pop was off by those
   * values and the gradient was wrong (found by the differential fuzzer).
   */
  @Test
  void loopHeadersSaveNothingOnTheTape() throws Exception {
    Class<?>[] c = compile("regressions/header/HeaderTape.java", "header.HeaderTape");
    java.util.Random random = new java.util.Random(5);
    for (int trial = 0; trial < 20; trial++) {
      double[] b = random.doubles(4, -2, 2).toArray();
      double n = random.nextDouble() * 2 - 1;
      double t = random.nextDouble() * 2 - 1;
      double[] point = new double[6];
      System.arraycopy(b, 0, point, 0, 4);
      point[4] = n;
      point[5] = t;
      checkScalar(c[0], c[1], "f", p -> new Object[] {java.util.Arrays.copyOf(p, 4), p[4], p[5]}, point, 1e-5, 1e-4);
    }
  }
}
