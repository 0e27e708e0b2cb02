package dev.nabla.processor;

import static dev.nabla.processor.Reflect.ONE_ARRAY;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.assertRejects;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.concat;
import static dev.nabla.processor.Reflect.d;
import static dev.nabla.processor.Reflect.flatten;
import static dev.nabla.processor.Reflect.reshape;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every construct of the supported subset (fixtures {@code constructs/Cons.java} and {@code constructs/Other.java}),
 * checked against central differences: gradient/Hessian/HVP for scalar methods, Jacobian/JVP/VJP for vector ones.
 */
class ConstructsTest {
  private static Class<?> cons;
  private static Class<?> derivatives;
  private static Class<?> other;
  private static Class<?> otherDerivatives;
  private static final Random RANDOM = new Random(11);

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("constructs/Cons.java"),
        InProcessCompiler.fixture("constructs/Other.java")));
    cons = loader.loadClass("constructs.Cons");
    derivatives = loader.loadClass("constructs.ConsDerivatives");
    other = loader.loadClass("constructs.Other");
    otherDerivatives = loader.loadClass("constructs.OtherDerivatives");
  }

  private static double[] random(int n, double lo, double hi) {
    return RANDOM.doubles(n, lo, hi).toArray();
  }

  private static void scalar(String name, Function<double[], Object[]> pack, double[] p) {
    checkScalar(cons, derivatives, name, pack, p, 1e-6, 1e-5);
  }

  @Test
  void compoundAssignmentOnLocals() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.2, 0.4}, {2.1, -0.8}}) {
      scalar("compoundLocals", SCALARS, p);
    }
  }

  @Test
  void compoundAssignmentOnLocalArrayElements() {
    for (int n : new int[] {1, 2, 5}) {
      scalar("compoundElements", ONE_ARRAY, random(n, -2, 2));
    }
  }

  @Test
  void incrementAndDecrementOnCountersAndDoubles() {
    for (double x : new double[] {-1.3, 0.0, 2.2}) {
      scalar("incDec", SCALARS, new double[] {x});
      assertClose(48 + 10 * x, d(call(derivatives, "incDecDerivative", x)), 1e-14, "closed form 48 + 10x");
      assertClose(10, d(call(derivatives, "incDecSecondDerivative", x)), 1e-14, "closed form f'' = 10");
    }
  }

  @Test
  void intAndLongArithmeticAndCasts() {
    // away from the jumps of (int)(x0 + 2) and (long)(3 x1)
    for (double[] p : new double[][] {{0.3, 0.45, 1.2, -0.7}, {-1.4, -0.9, 2.0, 0.3, 1.1}, {1.6, 0.1, -0.5}}) {
      scalar("intLongCasts", ONE_ARRAY, p);
    }
  }

  @Test
  void literalsAndStaticFinalConstantsOfThisAndAnotherClass() {
    for (int k = 0; k < 3; k++) {
      double[] x = random(3, -2, 2);
      double[] g = checkScalar(cons, derivatives, "literalsAndConstants", ONE_ARRAY, x, 1e-6, 1e-5);
      double[] w = {0.5, -1.25, 2.0};
      double[] c = {1.5, -0.5, 2.0};
      double[] expected = {0.1 + 3 * x[1], 2.5 + 3 * x[0], 16 + x[2]};
      for (int i = 0; i < 3; i++) {
        expected[i] += 2 * w[i] * x[i] + 1.5 + c[i] * Math.cos(x[i]);
      }
      assertClose(expected, g, 1e-12, "closed form");
    }
  }

  @Test
  void localsAndReassignment() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.2, 0.4}, {0.2, -0.8}}) {
      scalar("reassignment", SCALARS, p);
    }
  }

  @Test
  void ifElseNestedIfTernaryAndBooleanOperators() {
    // every branch: x>0&&y>0 with x>y and x<=y; x<0; y<-1; else with x!=y; and r>1 / r<=1
    double[][] points = {{2.0, 1.5}, {0.5, 1.2}, {0.3, 0.2}, {-0.7, 0.4}, {0.6, -1.5}, {0.4, -0.3}, {1.5, -0.2}};
    for (double[] p : points) {
      scalar("branches", SCALARS, p);
    }
    // x == y == 0 takes the x * 3 arm of ?: → r = 0, f = -r, ∂f/∂x = -3
    assertClose(new double[] {-3, 0}, (double[]) call(derivatives, "branchesGradient", 0.0, 0.0), 0, "x == y arm");
  }

  @Test
  void earlyReturnInsideAndAfterLoops() {
    scalar("earlyReturn", ONE_ARRAY, new double[] {0.3, 0.2, 0.1}); // s < 1
    scalar("earlyReturn", ONE_ARRAY, new double[] {0.9, 0.8, 1.1}); // fall through
    scalar("earlyReturn", ONE_ARRAY, new double[] {2.0, 2.5, 1.0, 0.5}); // returns inside the loop at i = 1
    scalar("earlyReturn", ONE_ARRAY, new double[] {3.5}); // returns inside the loop at i = 0
  }

  @Test
  void countedLoopWithConstantBoundsIsUnrolledCorrectly() {
    for (double x : new double[] {-1.1, 0.4, 1.7}) {
      scalar("unrolledHorner", SCALARS, new double[] {x});
      double expected = 4 * x * x * x - 6 * x * x + x + 3;
      assertClose(expected, d(call(derivatives, "unrolledHornerDerivative", x)), 1e-12, "Horner closed form");
    }
  }

  @Test
  void generalForLoopsWithRuntimeBounds() {
    for (int n : new int[] {1, 2, 3, 6, 7}) {
      scalar("generalFor", ONE_ARRAY, random(n, -1.5, 1.5));
    }
  }

  @Test
  void enhancedForOverInputsAndConstantArrays() {
    for (int n : new int[] {1, 4}) {
      double[] x = random(n, -2, 2);
      double w = 0.7;
      double[] g = checkScalar(cons, derivatives, "enhancedFor", p -> new Object[] {Arrays.copyOf(p, n), p[n]},
          concat(x, new double[] {w}), 1e-6, 1e-5);
      double[] wc = {0.5, -1.25, 2.0};
      double dp = (wc[1] + w) * (wc[2] + w) + (wc[0] + w) * (wc[2] + w) + (wc[0] + w) * (wc[1] + w);
      double ds = Arrays.stream(x).map(v -> v * v).sum();
      assertClose(ds + dp, g[n], 1e-12, "∂/∂w closed form");
    }
  }

  @Test
  void whileDoWhileBreakAndContinue() {
    scalar("whileBreakContinue", ONE_ARRAY, new double[] {0.5, -0.3, 1.2, 2.0});
    scalar("whileBreakContinue", ONE_ARRAY, new double[] {-0.5});
    scalar("whileBreakContinue", ONE_ARRAY, new double[] {4.0, 5.0, 6.0, 0.2}); // do/while stops on s >= 50
    scalar("forBreakContinue", ONE_ARRAY, new double[] {0.5, -0.3, 1.2, 2.0, 0.7});
    scalar("forBreakContinue", ONE_ARRAY, new double[] {0.5, 9.0, 3.5, 2.0, 0.7}); // breaks at i = 2
  }

  @Test
  void readingMatricesWithRowLengths() {
    for (int[] mn : new int[][] {{1, 1}, {2, 3}, {4, 2}}) {
      int m = mn[0];
      int n = mn[1];
      double[] p = random(m * n + n, -1, 1);
      scalar("matrixRead", q -> new Object[] {reshape(q, 0, m, n), Arrays.copyOfRange(q, m * n, m * n + n)}, p);
    }
  }

  @Test
  void localArraysWithSizesFromInputsAndInitializers() {
    for (int n : new int[] {2, 3, 5}) {
      scalar("localArrays", ONE_ARRAY, random(n, -1.5, 1.5));
    }
  }

  @Test
  void returningLocalArraysInitializersAndMatrices() {
    for (int n : new int[] {1, 3}) {
      checkVector(cons, derivatives, "returnsLocalArray", p -> new Object[] {Arrays.copyOf(p, n), p[n]},
          random(n + 1, -2, 2), 1e-6);
      checkVector(cons, derivatives, "returnsMatrix", ONE_ARRAY, random(n, -2, 2), 1e-6);
    }
    double[][] j = checkVector(cons, derivatives, "returnsInitializer", SCALARS, new double[] {0.4, -0.9}, 1e-6);
    double e = Math.exp(0.4 + 0.9);
    assertClose(new double[][] {{-0.9, 0.4}, {1, 1}, {e, -e}}, j, 1e-12, "closed form");
    // n = 1 point: fDerivative exists only when the point is one double; returnsInitializer has two
    assertTrue(!Reflect.hasMethod(derivatives, "returnsInitializerDerivative"), "no fDerivative for two doubles");
  }

  @Test
  void noDerivativeParametersOfEveryTypeAreExcludedFromThePoint() {
    double c = 1.7;
    double[] w = {0.5, -2.0, 1.5};
    double[][] m = {{1, 2}, {-1, 0.5}, {0.25, 3}};
    double x = 0.8;
    double[] v = {0.3, -1.1, 0.9};
    Function<double[], Object[]> pack = p -> new Object[] {p[0], c, Arrays.copyOfRange(p, 1, 4), w, m};
    double[] g = checkScalar(cons, derivatives, "noDerivativeParams", pack, concat(new double[] {x}, v), 1e-6, 1e-5);
    assertEquals(4, g.length, "point = x and v only");
    double gx = 2 * c * x;
    for (int i = 0; i < 3; i++) {
      gx += m[i][0] * v[i];
    }
    assertClose(gx, g[0], 1e-13, "∂/∂x");
    for (int i = 0; i < 3; i++) {
      assertClose(2 * w[i] * v[i] + m[i][0] * x, g[1 + i], 1e-13, "∂/∂v" + i);
    }
  }

  @Test
  void intLongAndBooleanParametersPassThrough() {
    double[] x = {0.4, -1.2, 0.9, 2.0};
    for (boolean flip : new boolean[] {false, true}) {
      double[] g = checkScalar(cons, derivatives, "passThrough", p -> new Object[] {p, 3, 2L, flip}, x, 1e-6, 1e-5);
      double sign = flip ? -1 : 1;
      assertClose(new double[] {sign * 4 * x[0], sign * 4 * x[1], sign * 4 * x[2], 0}, g, 1e-14, "closed form");
    }
  }

  @Test
  void callsIntoTheSameAndAnotherClassInlineTheChainRule() {
    for (int n : new int[] {2, 4}) {
      scalar("callsSameAndOther", p -> new Object[] {Arrays.copyOf(p, n), p[n]}, random(n + 1, -1.5, 1.5));
    }
    // the callees themselves
    checkScalar(other, otherDerivatives, "sumSquares", ONE_ARRAY, random(3, -1, 1), 1e-6, 1e-5);
    checkScalar(other, otherDerivatives, "poly", SCALARS, new double[] {0.6}, 1e-6, 1e-5);
    checkVector(other, otherDerivatives, "scaled", p -> new Object[] {Arrays.copyOf(p, 3), p[3]}, random(4, -1, 1),
        1e-6);
    checkVector(cons, derivatives, "vectorHelper", ONE_ARRAY, random(3, -1, 1), 1e-6);
    checkScalar(cons, derivatives, "helper", SCALARS, new double[] {0.3, 1.4}, 1e-6, 1e-5);
  }

  @Test
  void loopWhoseTripCountDependsOnADifferentiableComparison() {
    for (double[] p : new double[][] {{0.7, 5.0}, {1.1, 20.0}, {6.0, 5.0}}) {
      double[] g = checkScalar(cons, derivatives, "dataDependentTripCount", SCALARS, p, 1e-6, 1e-5);
      int k = 0;
      for (double s = p[0]; s < p[1]; s *= 1.5) {
        k++;
      }
      assertClose(new double[] {Math.pow(1.5, k), 0.1}, g, 1e-14, "∂/∂x = 1.5^k");
    }
  }

  @Test
  void nestedLoopsWithEarlyReturnAndMaxOverMatrixRows() {
    double[][] small = {{0.5, -1.0, 0.3}, {1.2, 0.7, -0.4}};
    scalar("loopInLoopWithEarlyReturn", q -> new Object[] {reshape(q, 0, 2, 3)}, flatten(small));
    double[][] large = {{0.5, 8.0, 7.0}, {1.2, 0.7, -0.4}};
    scalar("loopInLoopWithEarlyReturn", q -> new Object[] {reshape(q, 0, 2, 3)}, flatten(large));
  }

  @Test
  void gradientReturnsExactlyTheValueOfTheOriginal() {
    for (int k = 0; k < 5; k++) {
      double[] x = random(5, -2, 2);
      double[] g = new double[5];
      double f = d(call(cons, "compoundElements", (Object) x));
      assertEquals(f, d(call(derivatives, "compoundElementsGradient", x, g)), 0);
      double[] v = random(5, -1, 1);
      assertEquals(f, d(call(derivatives, "compoundElementsHessianVector", x, v, new double[5])), 0);
    }
  }

  @Test
  void wrongArraySizesThrowNamingTheParameter() {
    double[] x = {0.1, 0.2, 0.3};
    assertRejects("gradient", 2, 3, () -> call(derivatives, "compoundElementsGradient", x, new double[2]));
    assertRejects("hv", 4, 3, () -> call(derivatives, "compoundElementsHessianVector", x, new double[3],
        new double[4]));
    assertRejects("v", 2, 3, () -> call(derivatives, "compoundElementsHessianVector", x, new double[2],
        new double[3]));
    assertRejects("tangent", 5, 4, () -> call(derivatives, "returnsLocalArrayJvp", x, 0.5, new double[5]));
    assertRejects("cotangent", 3, 4, () -> call(derivatives, "returnsLocalArrayVjp", x, 0.5, new double[3]));
    assertRejects("jacobian", 2, 4, () -> call(derivatives, "returnsLocalArrayJacobian", x, 0.5,
        new double[2][4]));
    // the gradient of (x, v) has length 1 + v.length
    assertRejects("gradient", 3, 4, () -> call(derivatives, "noDerivativeParamsGradient", 0.5, 1.0, x, x,
        new double[][] {{1, 1}, {1, 1}, {1, 1}}, new double[3]));
  }

  @Test
  void staticFinalMatrixConstant() {
    double[] x = {0.6, -1.3};
    double[] g = checkScalar(cons, derivatives, "constMatrix", ONE_ARRAY, x, 1e-6, 1e-5);
    double[][] m = {{1, 2}, {3, -1}};
    assertClose(new double[] {2 * m[0][0] * x[0] + (m[0][1] + m[1][0]) * x[1],
        (m[0][1] + m[1][0]) * x[0] + 2 * m[1][1] * x[1]}, g, 1e-14, "(M + Mᵀ)x");
  }

  @Test
  void localArrayAliasesAndReassignment() {
    for (double x : new double[] {-0.8, 0.7}) {
      scalar("aliasWrite", SCALARS, new double[] {x});
      assertClose(4 * x, d(call(derivatives, "aliasWriteDerivative", x)), 1e-14, "a and r are the same array");
      scalar("arrayReassign", SCALARS, new double[] {x});
      assertClose(3, d(call(derivatives, "arrayReassignDerivative", x)), 1e-14, "a = b aliases b");
    }
  }

  @Test
  void inlinedCalleesWithEarlyReturnAndParameterReassignment() {
    scalar("callsEarlyReturn", ONE_ARRAY, new double[] {0.7, -0.4, 1.3, 0.9, 2.1});
    scalar("callsEarlyReturn", ONE_ARRAY, new double[] {0.2, 1.7, 0.3});
    scalar("callsEarlyReturn", ONE_ARRAY, new double[] {0.2, 0.1}); // both calls fall through to -t
    for (double x : new double[] {-1.2, 0.4}) {
      scalar("paramReassignCaller", SCALARS, new double[] {x});
      assertEquals(3.0, d(call(derivatives, "paramReassignCallerDerivative", x)), 0, "callee's y = 2y is local");
    }
  }

  @Test
  void intMathLongCountersAndUnaryPlus() {
    for (int n : new int[] {1, 2, 4, 6}) {
      scalar("intMath", ONE_ARRAY, random(n, -2, 2));
      scalar("longCounter", ONE_ARRAY, random(n, -2, 2));
    }
    for (double x : new double[] {-1.1, 0.6}) {
      scalar("unaryPlus", SCALARS, new double[] {x});
      assertClose(-2 * x, d(call(derivatives, "unaryPlusDerivative", x)), 1e-15, "d/dx −x²");
    }
  }

  @Test
  void shortCircuitOperatorsGuardArrayAccesses() {
    // would throw ArrayIndexOutOfBoundsException if the right operand were evaluated eagerly
    scalar("shortCircuitAnd", ONE_ARRAY, new double[] {0.7, 0.4, 1.3});
    scalar("shortCircuitAnd", ONE_ARRAY, new double[] {0.7, -0.4, 1.3});
    scalar("shortCircuitOr", ONE_ARRAY, new double[] {0.7, -0.4, 1.3});
    scalar("ternaryGuardIndex", ONE_ARRAY, new double[] {0.7, -0.4, 1.3});
  }

  @Test
  void theUntakenBranchDoesNotLeakNaNIntoTheDerivative() {
    // sin(x)/x, √x and log x are not finite (or their derivatives are not) where the guard sends x elsewhere
    for (String f : new String[] {"sinc", "sqrtGuard", "ifLogGuard"}) {
      for (double x : new double[] {-1.3, 0.8, 2.1}) {
        scalar(f, SCALARS, new double[] {x});
      }
    }
    for (double x : new double[] {0.0, -0.0}) {
      assertEquals(0.0, d(call(derivatives, "sincDerivative", x)), 0, "sinc' on the constant branch");
      assertEquals(0.0, d(call(derivatives, "sincSecondDerivative", x)), 0);
      assertEquals(0.0, d(call(derivatives, "sqrtGuardDerivative", x)), 0);
      assertEquals(0.0, d(call(derivatives, "sqrtGuardSecondDerivative", x)), 0);
      assertEquals(1.0, d(call(derivatives, "ifLogGuardDerivative", x)), 0);
      assertEquals(0.0, d(call(derivatives, "ifLogGuardSecondDerivative", x)), 0);
    }
    assertEquals(0.0, d(call(derivatives, "sqrtGuardDerivative", -2.0)), 0);
    double[] hv = new double[1];
    call(derivatives, "sqrtGuardHessianVector", -2.0, new double[] {1}, hv);
    assertEquals(0.0, hv[0], 0);
  }

  @Test
  void blockScopesMultipleDeclaratorsFinalLocalsAndDoWhileContinue() {
    for (double x : new double[] {-0.9, 0.5, 1.7}) {
      scalar("scopes", SCALARS, new double[] {x});
      scalar("multiDecl", SCALARS, new double[] {x});
      assertClose(12 * x, d(call(derivatives, "multiDeclDerivative", x)), 1e-14, "d/dx 6x²");
      scalar("doWhileContinue", SCALARS, new double[] {x});
      assertClose(16 * x, d(call(derivatives, "doWhileContinueDerivative", x)), 1e-14, "d/dx 8x²");
    }
  }

  @Test
  void vectorFunctionsWithEarlyReturnsAndDataDependentLoops() {
    double[][] j = checkVector(cons, derivatives, "identity", ONE_ARRAY, new double[] {0.5, -1.0, 2.0}, 1e-6);
    assertClose(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, j, 0, "identity");
    checkVector(cons, derivatives, "earlyReturnVector", ONE_ARRAY, new double[] {0.5, -1.0}, 1e-6);
    checkVector(cons, derivatives, "earlyReturnVector", ONE_ARRAY, new double[] {-0.5, 2.0}, 1e-6);
    checkVector(cons, derivatives, "loopReturnVector", ONE_ARRAY, new double[] {0.5, 1.2, 1.1}, 1e-6);
    checkVector(cons, derivatives, "loopReturnVector", ONE_ARRAY, new double[] {0.5, 3.2, 3.0}, 1e-6);
    for (double x : new double[] {0.3, 1.3, 2.9, 12.0}) {
      checkVector(cons, derivatives, "whileVector", SCALARS, new double[] {x}, 1e-6);
    }
  }

  @Test
  void objectiveLeastSquaresAndVectorFunctionAdaptersMatchTheGeneratedDerivatives() {
    double[] ts = {0, 0.5, 1, 1.5};
    double[] ys = {1.1, 1.9, 3.2, 4.8};
    double[] theta = {1.2, 0.8};
    Function<double[], Object[]> pack = p -> new Object[] {p, ts, ys};
    double[][] j = checkVector(cons, derivatives, "residuals", pack, theta, 1e-6);
    dev.nabla.optim.LeastSquaresProblem problem =
        (dev.nabla.optim.LeastSquaresProblem) call(derivatives, "residualsLeastSquares", ts, ys);
    double[][] out = new double[4][2];
    double[] r = problem.residuals(theta, out);
    assertClose((double[]) call(cons, "residuals", theta, ts, ys), r, 0, "residuals");
    assertClose(j, out, 1e-15, "least-squares Jacobian");
    dev.nabla.optim.VectorFunction function =
        (dev.nabla.optim.VectorFunction) call(derivatives, "residualsVectorFunction", ts, ys);
    double[][] jacobian = new double[4][2];
    assertClose(r, function.value(theta, jacobian), 0, "vector function value");
    assertClose(j, jacobian, 1e-15, "vector function Jacobian");
    assertClose(r, function.value(theta, null), 0, "vector function value without a Jacobian");

    dev.nabla.optim.Objective objective = (dev.nabla.optim.Objective) call(derivatives, "compoundElementsObjective");
    double[] x = random(4, -1, 1);
    double[] g = new double[4];
    assertEquals(d(call(cons, "compoundElements", (Object) x)), objective.valueAndGradient(x, g), 0);
    assertClose((double[]) call(derivatives, "compoundElementsGradient", (Object) x), g, 0, "objective gradient");
    assertEquals(d(call(cons, "compoundElements", (Object) x)), objective.value(x), 0);
    if (objective.hasHessian()) {
      assertClose((double[][]) call(derivatives, "compoundElementsHessian", (Object) x), objective.hessian(x), 1e-15,
          "objective Hessian");
    }
    // the non-point parameters (int, long, boolean) are bound by fObjective(Q...)
    dev.nabla.optim.Objective withParams = (dev.nabla.optim.Objective) call(derivatives, "passThroughObjective", 3,
        2L, true);
    double[] p = {0.8, 0.3, -1.1, 0.4};
    double[] gp = new double[4];
    assertEquals(d(call(cons, "passThrough", p, 3, 2L, true)), withParams.valueAndGradient(p, gp), 0);
    assertClose((double[]) call(derivatives, "passThroughGradient", p, 3, 2L, true), gp, 0, "bound parameters");
  }

  @Test
  void generatedMethodsAreSafeToCallFromManyThreads() throws Exception {
    double[][] points = new double[8][];
    double[][] expected = new double[8][];
    for (int k = 0; k < points.length; k++) {
      points[k] = random(6, -2, 2);
      expected[k] = (double[]) call(derivatives, "localArraysGradient", (Object) points[k]);
    }
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<Boolean>> results = new java.util.ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int rep = 0; rep < 200; rep++) {
            int k = (rep + offset) % points.length;
            if (!Arrays.equals(expected[k], (double[]) call(derivatives, "localArraysGradient", (Object) points[k]))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (java.util.concurrent.Future<Boolean> r : results) {
        assertTrue(r.get(), "same gradient on every thread");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void arrayStoresAreNotForwardedPastLaterWritesOrPossiblyAliasedIndices() {
    for (double x : new double[] {-0.6, 1.3}) {
      scalar("overwrite", SCALARS, new double[] {x});
      assertClose(3 * x * x + 2 * x, d(call(derivatives, "overwriteDerivative", x)), 1e-14, "d/dx (x³ + x²)");
    }
    for (int n : new int[] {1, 2, 3, 4}) {
      double[] x = random(n, -1.5, 1.5);
      double[] g = checkScalar(cons, derivatives, "runtimeAlias", ONE_ARRAY, x, 1e-6, 1e-5);
      boolean same = n - 1 == n / 2;
      assertClose(same ? 8 * x[0] : 3 + 2 * x[0], g[0], 1e-14, "n = " + n);
      scalar("loopOverwrite", ONE_ARRAY, random(n, -1.5, 1.5));
    }
  }

  @Test
  void longConstantTripLoopsBeyondTheUnrollingBudget() {
    for (double x : new double[] {-0.4, 0.9}) {
      double expected = 0;
      for (int i = 0; i < 5000; i++) {
        expected += Math.cos(x * i * 1e-3) * i * 1e-3;
      }
      assertClose(expected, d(call(derivatives, "bigConstantLoopDerivative", x)), 1e-12, "Σ i·cos(x i)");
      checkScalar(cons, derivatives, "bigConstantLoop", SCALARS, new double[] {x}, 1e-6, 1e-5);
    }
    for (double x : new double[] {0.5, 1.5, 2.9}) {
      scalar("constantLoopWithBreak", SCALARS, new double[] {x});
    }
  }

  @Test
  void raggedMatrixInputsAreRejectedNamingTheParameter() {
    double[][] ragged = {{1, 2, 3}, {4, 5}};
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> call(derivatives, "matrixReadGradient", ragged, new double[] {1, 1, 1}));
    assertTrue(e.getMessage().startsWith("a ") && e.getMessage().contains("2") && e.getMessage().contains("3"),
        e.getMessage());
  }

  @Test
  void calleesWithDataDependentLoopsCalledInsideLoops() {
    scalar("callsInLoops", ONE_ARRAY, new double[] {0.7, -0.4, 1.3, 0.9, 2.1});
    scalar("callsInLoops", ONE_ARRAY, new double[] {-1.2, 0.3});
    scalar("callsInLoops", ONE_ARRAY, new double[] {1.9});
  }
}
