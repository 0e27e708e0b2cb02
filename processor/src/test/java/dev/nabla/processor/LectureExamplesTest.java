package dev.nabla.processor;

import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.concat;
import static dev.nabla.processor.Reflect.d;
import static dev.nabla.processor.Reflect.flatten;
import static dev.nabla.processor.Reflect.reshape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.Objective;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every example of the lecture notes ({@code /work/shared/seeds}) that involves a derivative, written in fixture
 * {@code lecture/Lecture.java} and checked against the notes' own closed form (and against finite differences).
 */
class LectureExamplesTest {
  private static Class<?> lecture;
  private static Class<?> derivatives;
  private static final double[] XS = {-2.1, -0.7, 0.3, 1.2, 2.6};
  private static final double[] POSITIVE = {0.2, 0.9, 1.7, 3.5};

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("lecture/Lecture.java")));
    lecture = loader.loadClass("lecture.Lecture");
    derivatives = loader.loadClass("lecture.LectureDerivatives");
  }

  private static double derivative(String f, Object... args) {
    return d(call(derivatives, f + "Derivative", args));
  }

  private static double secondDerivative(String f, Object... args) {
    return d(call(derivatives, f + "SecondDerivative", args));
  }

  /** f' against the closed form, f'' against central differences of the closed form. */
  private static void univariate(String f, double[] xs, DoubleUnaryOperator closedForm) {
    for (double x : xs) {
      assertClose(closedForm.applyAsDouble(x), derivative(f, x), 1e-12, f + "'(" + x + ")");
      double fd = FiniteDifferences.gradient(p -> closedForm.applyAsDouble(p[0]), new double[] {x})[0];
      assertClose(fd, secondDerivative(f, x), 1e-6, f + "''(" + x + ")");
    }
  }

  @Test
  void example1ProductRule3xSinX() {
    univariate("threeXSinX", XS, x -> 3 * Math.sin(x) + 3 * x * Math.cos(x));
    for (double x : XS) {
      assertClose(6 * Math.cos(x) - 3 * x * Math.sin(x), secondDerivative("threeXSinX", x), 1e-12, "f''");
    }
  }

  @Test
  void example2ChainRuleLnXCubed() {
    univariate("lnXCubed", POSITIVE, x -> 3 / x);
  }

  @Test
  void powerRuleXToTheN() {
    for (double n : new double[] {0, 1, 2, 3, 5, 0.5, -1, 2.7}) {
      for (double x : POSITIVE) {
        double expected = n == 0 ? 0 : n * Math.pow(x, n - 1);
        double[] g = (double[]) call(derivatives, "powerGradient", x, n);
        assertEquals(1, g.length, "n is @NoDerivative");
        assertClose(expected, g[0], 1e-12, "d/dx x^" + n + " at " + x);
      }
    }
    for (int n = 0; n <= 6; n++) {
      for (double x : XS) {
        double[] g = (double[]) call(derivatives, "powerByProductGradient", x, n);
        assertClose(n == 0 ? 0 : n * Math.pow(x, n - 1), g[0], 1e-12, "x^" + n + " by repeated product at " + x);
      }
    }
  }

  @Test
  void commonDerivativesTable() {
    univariate("expX", XS, Math::exp);
    univariate("lnX", POSITIVE, x -> 1 / x);
    univariate("sinX", XS, Math::cos);
    univariate("cosX", XS, x -> -Math.sin(x));
    univariate("constant", XS, x -> 0);
    for (double c : new double[] {-3, 0, 0.5, 7}) {
      for (double x : XS) {
        assertEquals(c, ((double[]) call(derivatives, "cxGradient", x, c))[0], 0, "(cx)' = c");
      }
    }
  }

  @Test
  void productQuotientSumAndChainRulesOnConcreteFunctions() {
    univariate("product", XS, x -> 2 * x * Math.exp(x) + (x * x + 1) * Math.exp(x));
    univariate("quotient", XS, x -> (Math.cos(x) * (x * x + 1) - Math.sin(x) * 2 * x) / ((x * x + 1) * (x * x + 1)));
    univariate("chain", XS, x -> Math.exp(Math.sin(x * x)) * Math.cos(x * x) * 2 * x);
    univariate("sum", POSITIVE, x -> 1 / x + 3 * x * x);
  }

  @Test
  void partialDerivativesOfSinXPlus3YSquared() {
    for (double x : XS) {
      for (double y : new double[] {-1.5, 0, 2.2}) {
        double[] g = checkScalar(lecture, derivatives, "sinXPlus3YSquared", p -> new Object[] {p[0], p[1]},
            new double[] {x, y}, 1e-6, 1e-5);
        assertClose(new double[] {Math.cos(x), 6 * y}, g, 1e-14, "[cos x, 6y]");
        double[][] h = (double[][]) call(derivatives, "sinXPlus3YSquaredHessian", x, y);
        assertClose(new double[][] {{-Math.sin(x), 0}, {0, 6}}, h, 1e-14, "Hessian");
      }
    }
  }

  @Test
  void gradientOfBTransposeXIsBTranspose() {
    Random random = new Random(5);
    for (int n : new int[] {1, 3, 8}) {
      double[] x = random.doubles(n, -2, 2).toArray();
      double[] b = random.doubles(n, -2, 2).toArray();
      double[] g = checkScalar(lecture, derivatives, "dot", p -> new Object[] {p, b}, x, 1e-6, 1e-5);
      assertClose(b, g, 1e-15, "∇ bᵀx = bᵀ");
    }
  }

  @Test
  void velocityOfTheFlyingVehicle() {
    for (double t : XS) {
      double[] v = (double[]) call(derivatives, "positionDerivative", t);
      assertClose(new double[] {Math.cos(t), -Math.sin(t), 2 * t}, v, 1e-15, "v(t)");
      checkVector(lecture, derivatives, "position", p -> new Object[] {p[0]}, new double[] {t}, 1e-6);
    }
  }

  @Test
  void multivariableChainRuleThroughCalls() {
    for (double t : XS) {
      double expected = 2 * Math.exp(2 * t) + 12 * Math.pow(t, 5);
      assertClose(expected, derivative("chainFOfT", t), 1e-12, "df/dt = 2e^{2t} + 12t^5");
      // the notes' matrix product: [∂f/∂x1 ∂f/∂x2] · [dx1/dt dx2/dt]ᵀ from the two separate methods
      double[] grad = (double[]) call(derivatives, "chainFGradient", 2 * t, t * t);
      assertClose(new double[] {Math.exp(2 * t), 6 * Math.pow(t, 4)}, grad, 1e-12, "∇f at x(t)");
      double[] dxdt = (double[]) call(derivatives, "chainXDerivative", t);
      assertClose(new double[] {2, 2 * t}, dxdt, 1e-15, "dx/dt");
      assertClose(expected, grad[0] * dxdt[0] + grad[1] * dxdt[1], 1e-12, "∇f · dx/dt");
      double secondFd = FiniteDifferences.gradient(p -> 2 * Math.exp(2 * p[0]) + 12 * Math.pow(p[0], 5),
          new double[] {t})[0];
      assertClose(secondFd, secondDerivative("chainFOfT", t), 1e-6, "d²f/dt²");
    }
  }

  @Test
  void jacobianOfAxWithRespectToXIsA() {
    Random random = new Random(9);
    for (int[] mn : new int[][] {{2, 5}, {4, 3}, {1, 1}}) {
      int m = mn[0];
      int n = mn[1];
      double[][] a = new double[m][];
      for (int i = 0; i < m; i++) {
        a[i] = random.doubles(n, -2, 2).toArray();
      }
      double[] x = random.doubles(n, -2, 2).toArray();
      double[][] j = checkVector(lecture, derivatives, "axOfX", p -> new Object[] {a, p}, x, 1e-6);
      assertClose(a, j, 0, "∇ₓ Ax = A");
      // with respect to A: ∂f_i/∂A_iq = x_q, zero elsewhere
      double[][] ja = checkVector(lecture, derivatives, "axOfA", p -> new Object[] {reshape(p, 0, m, n), x},
          flatten(a), 1e-6);
      for (int i = 0; i < m; i++) {
        for (int k = 0; k < m; k++) {
          for (int q = 0; q < n; q++) {
            assertEquals(i == k ? x[q] : 0, ja[i][k * n + q], 0, "∂f_" + i + "/∂A_" + k + q);
          }
        }
      }
      // both together: the point is A (row by row) then x
      double[][] both = checkVector(lecture, derivatives, "ax", p -> new Object[] {reshape(p, 0, m, n),
          Arrays.copyOfRange(p, m * n, m * n + n)}, concat(flatten(a), x), 1e-6);
      for (int i = 0; i < m; i++) {
        assertClose(ja[i], Arrays.copyOf(both[i], m * n), 0, "A block");
        assertClose(a[i], Arrays.copyOfRange(both[i], m * n, m * n + n), 0, "x block");
      }
    }
  }

  @Test
  void gradientOfTheQuadraticForm() {
    double[][] sym = {{2, -1, 0.5}, {-1, 3, 0.25}, {0.5, 0.25, 1}};
    double[][] general = {{1, 2, -1}, {0.5, -3, 4}, {2, 0, 1.5}};
    double[] x = {0.3, -1.2, 2.0};
    for (double[][] a : new double[][][] {sym, general}) {
      double[] g = checkScalar(lecture, derivatives, "quadraticForm", p -> new Object[] {p, a}, x, 1e-6, 1e-5);
      double[] expected = new double[3];
      double[][] hExpected = new double[3][3];
      for (int i = 0; i < 3; i++) {
        for (int j = 0; j < 3; j++) {
          expected[i] += (a[i][j] + a[j][i]) * x[j];
          hExpected[i][j] = a[i][j] + a[j][i];
        }
      }
      assertClose(expected, g, 1e-14, "(A + Aᵀ)x");
      assertClose(hExpected, (double[][]) call(derivatives, "quadraticFormHessian", x, a), 1e-14, "A + Aᵀ");
    }
    double[] g = (double[]) call(derivatives, "quadraticFormGradient", x, sym);
    double[] twoAx = Reflect.matVec(sym, x);
    for (int i = 0; i < 3; i++) {
      twoAx[i] *= 2;
    }
    assertClose(twoAx, g, 1e-14, "2Ax for symmetric A");
  }

  private static double[][] randomMatrix(Random random, int m, int n) {
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = random.doubles(n, -1.5, 1.5).toArray();
    }
    return a;
  }

  private static double[][] mul(double[][] a, double[][] b) {
    double[][] c = new double[a.length][b[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < b[0].length; j++) {
        for (int k = 0; k < b.length; k++) {
          c[i][j] += a[i][k] * b[k][j];
        }
      }
    }
    return c;
  }

  private static double[][] transpose(double[][] a) {
    double[][] t = new double[a[0].length][a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        t[j][i] = a[i][j];
      }
    }
    return t;
  }

  @Test
  void traceRules() {
    Random random = new Random(13);
    for (int[] mn : new int[][] {{2, 2}, {3, 2}, {2, 4}}) {
      int m = mn[0];
      int n = mn[1];
      double[][] a = randomMatrix(random, m, n);
      double[][] b = randomMatrix(random, n, m);
      Function<double[], Object[]> packAB = p -> new Object[] {reshape(p, 0, m, n), b};
      double[] g = checkScalar(lecture, derivatives, "traceAB", packAB, flatten(a), 1e-6, 1e-5);
      assertClose(flatten(transpose(b)), g, 1e-14, "∇_A Tr(AB) = Bᵀ");
      double[][] bb = randomMatrix(random, n, n);
      double[][] c = randomMatrix(random, m, m);
      Function<double[], Object[]> pack = p -> new Object[] {reshape(p, 0, m, n), bb, c};
      double[] g2 = checkScalar(lecture, derivatives, "traceABAtC", pack, flatten(a), 1e-6, 1e-5);
      double[][] expected = mul(mul(c, a), bb);
      double[][] second = mul(mul(transpose(c), a), transpose(bb));
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          expected[i][j] += second[i][j];
        }
      }
      assertClose(flatten(expected), g2, 1e-12, "∇_A Tr(ABAᵀC) = CAB + CᵀABᵀ");
    }
  }

  private static double[][] inverse(double[][] a) {
    int n = a.length;
    double[][] m = new double[n][2 * n];
    for (int i = 0; i < n; i++) {
      System.arraycopy(a[i], 0, m[i], 0, n);
      m[i][n + i] = 1;
    }
    for (int k = 0; k < n; k++) {
      int p = k;
      for (int i = k + 1; i < n; i++) {
        if (Math.abs(m[i][k]) > Math.abs(m[p][k])) {
          p = i;
        }
      }
      double[] tmp = m[k];
      m[k] = m[p];
      m[p] = tmp;
      double pivot = m[k][k];
      for (int j = 0; j < 2 * n; j++) {
        m[k][j] /= pivot;
      }
      for (int i = 0; i < n; i++) {
        if (i != k) {
          double f = m[i][k];
          for (int j = 0; j < 2 * n; j++) {
            m[i][j] -= f * m[k][j];
          }
        }
      }
    }
    double[][] inv = new double[n][];
    for (int i = 0; i < n; i++) {
      inv[i] = Arrays.copyOfRange(m[i], n, 2 * n);
    }
    return inv;
  }

  private static void checkDeterminant(String f, double[][] a) {
    int n = a.length;
    double[] g = checkScalar(lecture, derivatives, f, p -> new Object[] {reshape(p, 0, n, n)}, flatten(a), 1e-6,
        1e-5);
    double det = d(call(lecture, f, (Object) a));
    double[][] invT = transpose(inverse(a));
    double[] expected = new double[n * n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        expected[i * n + j] = det * invT[i][j];
      }
    }
    assertClose(expected, g, 1e-10, f + ": ∇ det A = det(A)·A^{-T}");
  }

  @Test
  void gradientOfTheDeterminant() {
    Random random = new Random(17);
    for (int k = 0; k < 3; k++) {
      double[][] a2 = randomMatrix(random, 2, 2);
      checkDeterminant("det2", a2);
      checkDeterminant("detGauss", a2);
      double[][] a3 = randomMatrix(random, 3, 3);
      checkDeterminant("det3", a3);
      checkDeterminant("detGauss", a3);
      assertClose(d(call(lecture, "det3", (Object) a3)), d(call(lecture, "detGauss", (Object) a3)), 1e-12,
          "the two determinants agree");
    }
    for (int n : new int[] {1, 4, 6}) {
      checkDeterminant("detGauss", randomMatrix(random, n, n));
    }
    // a matrix whose elimination needs row swaps
    checkDeterminant("detGauss", new double[][] {{0.1, 2, 1}, {3, 0.5, -1}, {1, 1, 4}});
  }

  @Test
  void twoLayerReluNetworkGradientMatchesBackpropagationAndFiniteDifferences() {
    Random random = new Random(21);
    int n = 3;
    int p = 4;
    int batch = 5;
    double[][] xs = randomMatrix(random, batch, n);
    double[] ys = random.doubles(batch, -1, 1).toArray();
    int checked = 0;
    while (checked < 3) {
      double[][] w1 = randomMatrix(random, p, n);
      double[] b1 = random.doubles(p, -0.5, 0.5).toArray();
      double[] w2 = random.doubles(p, -1, 1).toArray();
      double b2 = random.nextDouble() - 0.5;
      // backpropagation by hand, as in the notes; skip points with some z_j near the ReLU kink
      double[] gw1 = new double[p * n];
      double[] gb1 = new double[p];
      double[] gw2 = new double[p];
      double gb2 = 0;
      boolean nearKink = false;
      for (int s = 0; s < batch; s++) {
        double[] z = new double[p];
        double yHat = b2;
        for (int j = 0; j < p; j++) {
          z[j] = b1[j];
          for (int i = 0; i < n; i++) {
            z[j] += w1[j][i] * xs[s][i];
          }
          nearKink |= Math.abs(z[j]) < 0.05;
          yHat += w2[j] * Math.max(z[j], 0);
        }
        double dr = 2 * (yHat - ys[s]);
        gb2 += dr;
        for (int j = 0; j < p; j++) {
          gw2[j] += dr * Math.max(z[j], 0);
          double dz = z[j] > 0 ? dr * w2[j] : 0;
          gb1[j] += dz;
          for (int i = 0; i < n; i++) {
            gw1[j * n + i] += dz * xs[s][i];
          }
        }
      }
      if (nearKink) {
        continue;
      }
      double[] point = concat(flatten(w1), b1, w2, new double[] {b2});
      Function<double[], Object[]> pack = q -> new Object[] {reshape(q, 0, p, n),
          Arrays.copyOfRange(q, p * n, p * n + p), Arrays.copyOfRange(q, p * n + p, p * n + 2 * p), q[p * n + 2 * p],
          xs, ys};
      double[] g = checkScalar(lecture, derivatives, "reluLoss", pack, point, 1e-6, 1e-5);
      assertClose(concat(gw1, gb1, gw2, new double[] {gb2}), g, 1e-12, "backpropagation");
      checked++;
    }
  }

  @Test
  void automaticDifferentiationExampleMatchesTheNotesFinalFormula() {
    // moderate x: beyond |x| ≈ 2 the cos(x² + e^{x²}) term oscillates too fast for the finite-difference oracle
    double[] xs = {-1.3, -0.2, 0.0, 0.4, 1.1, 1.6};
    univariate("adExample", xs, x -> 2 * x * (1 / (2 * Math.sqrt(x * x + Math.exp(x * x)))
        - Math.sin(x * x + Math.exp(x * x))) * (1 + Math.exp(x * x)));
    // the slides' variant f(x) = √(x² + exp(x²)) + sin(x² − 1)
    univariate("adSlides", xs, x -> (x + x * Math.exp(x * x)) / Math.sqrt(x * x + Math.exp(x * x))
        + 2 * x * Math.cos(x * x - 1));
  }

  @Test
  void equation217MatchesItsAnalyticGradient() {
    Random random = new Random(23);
    for (int trial = 0; trial < 2; trial++) {
      double[] x = random.doubles(50, -3, 3).toArray();
      double[] g = checkScalar(lecture, derivatives, "eq217", q -> new Object[] {q}, x, 1e-6, 1e-5);
      double[] expected = new double[50];
      for (int k = 0; k < 50; k++) {
        int next = (k + 1) % 50;
        int prev = (k + 49) % 50;
        expected[k] = 0.2 * (x[k] - (k + 1)) + Math.cos(x[k]) * Math.cos(x[next])
            - Math.sin(x[prev]) * Math.sin(x[k]) - 2 * x[k] * Math.exp(-x[k] * x[k]);
      }
      assertClose(expected, g, 1e-12, "analytic gradient of (2.17)");
    }
  }

  @Test
  void oneDimensionalOptimizationDerivativesAndCriticalPoints() {
    DoubleUnaryOperator f1 = x -> 4 * x * x * x + 21 * x * x + 10 * x - 17;
    DoubleUnaryOperator f2 = x -> 12 * x * x + 42 * x + 10;
    for (double x : new double[] {-5, -4.5, -1.4, 0, 0.7, 2}) {
      assertClose(f1.applyAsDouble(x), derivative("f0", x), 1e-13, "f0'(" + x + ")");
      assertClose(f2.applyAsDouble(x), secondDerivative("f0", x), 1e-13, "f0''(" + x + ")");
    }
    // Newton's method on f0' with our derivatives finds the notes' three critical points
    double[] starts = {-4.5, -1.4, 0.7};
    double[] expectedSign = {1, -1, 1};
    for (int c = 0; c < 3; c++) {
      double x = starts[c];
      for (int it = 0; it < 50; it++) {
        x -= derivative("f0", x) / secondDerivative("f0", x);
      }
      assertEquals(0, f1.applyAsDouble(x), 1e-9, "critical point near " + starts[c]);
      assertEquals(starts[c], x, 0.1);
      assertEquals(expectedSign[c], Math.signum(secondDerivative("f0", x)), "curvature at " + x);
    }
  }

  @Test
  void quadraticBowlGradientIsTheCorrectOneNotTheNotesTypo() {
    double a = 2;
    double b = -3;
    for (double[] x : new double[][] {{8, 9}, {-1, 0.5}, {2.5, -3.5}}) {
      double[] g = checkScalar(lecture, derivatives, "bowl", p -> new Object[] {p[0], p[1], a, b}, x, 1e-6, 1e-5);
      double[] correct = {(x[0] - a) / 8, 2 * (x[1] - b) / 9};
      assertClose(correct, g, 1e-15, "((x1 − a)/8, 2(x2 − b)/9)");
      double[] notes = {(x[0] - a) / 2, 2 * (x[1] - b) / 3};
      assertTrue(Math.abs(notes[0] - g[0]) > 1e-3 && Math.abs(notes[1] - g[1]) > 1e-3,
          "the notes' hand-written gradient is wrong and must not be reproduced");
    }
    // the notes' gradient descent from (8, 9) with our gradient converges to (a, b)
    Objective objective = (Objective) call(derivatives, "bowlObjective", a, b);
    double[] x = {8, 9};
    double[] gradient = new double[2];
    for (int it = 0; it < 300; it++) {
      objective.valueAndGradient(x, gradient);
      x[0] -= 3 * gradient[0];
      x[1] -= 3 * gradient[1];
    }
    assertClose(new double[] {a, b}, x, 1e-9, "minimum at (a, b)");
    assertEquals(0, objective.value(x), 1e-18);
  }

  @Test
  void linearRegressionObjectiveGradientAndHessian() {
    Random random = new Random(29);
    double[][] a = randomMatrix(random, 6, 3);
    double[] b = random.doubles(6, -1, 1).toArray();
    double[] theta = random.doubles(3, -1, 1).toArray();
    double[] g = checkScalar(lecture, derivatives, "leastSquares", p -> new Object[] {p, a, b}, theta, 1e-6, 1e-5);
    double[] r = Reflect.matVec(a, theta);
    for (int i = 0; i < 6; i++) {
      r[i] = 2 * (r[i] - b[i]);
    }
    assertClose(Reflect.vecMat(r, a), g, 1e-13, "2Aᵀ(Aθ − b)");
    double[][] ata = mul(transpose(a), a);
    for (double[] row : ata) {
      for (int j = 0; j < row.length; j++) {
        row[j] *= 2;
      }
    }
    assertClose(ata, (double[][]) call(derivatives, "leastSquaresHessian", theta, a, b), 1e-13, "2AᵀA");
  }

  @Test
  void taylorPolynomialCoefficientsFromDerivatives() {
    // f^{(k)}(x0)/k! for k = 0, 1, 2 against the known Maclaurin coefficients
    double[][] known = {{1, 1, 0.5}, {0, 1, 0}, {1, 0, -0.5}};
    String[] names = {"expX", "sinX", "cosX"};
    for (int i = 0; i < 3; i++) {
      double c0 = d(call(lecture, names[i], 0.0));
      double c1 = derivative(names[i], 0.0);
      double c2 = secondDerivative(names[i], 0.0) / 2;
      assertClose(known[i], new double[] {c0, c1, c2}, 1e-15, names[i] + " Maclaurin coefficients");
    }
    // T2 of 3x sin x at x0 = 0.8: the remainder shrinks like h³
    double x0 = 0.8;
    double c0 = d(call(lecture, "threeXSinX", x0));
    double c1 = derivative("threeXSinX", x0);
    double c2 = secondDerivative("threeXSinX", x0) / 2;
    double previous = Double.NaN;
    for (double h = 0.1; h > 0.01; h /= 2) {
      double err = Math.abs(d(call(lecture, "threeXSinX", x0 + h)) - (c0 + c1 * h + c2 * h * h));
      if (!Double.isNaN(previous)) {
        double ratio = previous / err;
        assertTrue(ratio > 7 && ratio < 9, "third-order remainder, ratio " + ratio);
      }
      previous = err;
    }
  }
}
