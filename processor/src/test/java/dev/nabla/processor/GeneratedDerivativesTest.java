package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles {@code fixtures/demo/Funcs.java} with the processor and checks every generated derivative against central
 * finite differences and, where the lecture notes give one, against the closed form.
 */
class GeneratedDerivativesTest {
  private static Class<?> funcs;
  private static Class<?> derivatives;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("demo/Funcs.java")));
    funcs = loader.loadClass("demo.Funcs");
    derivatives = loader.loadClass("demo.FuncsDerivatives");
  }

  static Object call(Class<?> c, String name, Object... args) {
    for (Method m : c.getDeclaredMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length) {
        try {
          m.setAccessible(true);
          return m.invoke(null, args);
        } catch (InvocationTargetException e) {
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
          throw new IllegalStateException(e);
        }
      }
    }
    throw new IllegalArgumentException("no method " + name + "/" + args.length);
  }

  private static void assertClose(double[] expected, double[] actual, double tol) {
    assertEquals(expected.length, actual.length);
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol * Math.max(1, Math.abs(expected[i])), "entry " + i);
    }
  }

  @Test
  void automaticDifferentiationExampleMatchesTheNotesClosedForm() {
    for (double x : new double[] {-1.3, -0.2, 0.0, 0.4, 1.1}) {
      double c = x * x + Math.exp(x * x);
      double closedForm = 2 * x * (1 / (2 * Math.sqrt(c)) - Math.sin(c)) * (1 + Math.exp(x * x));
      assertEquals(closedForm, (double) call(derivatives, "adDerivative", x),
          1e-12 * Math.max(1, Math.abs(closedForm)));
      double h = 1e-5;
      double second = ((double) call(derivatives, "adDerivative", x + h) - (double) call(derivatives, "adDerivative",
          x - h)) / (2 * h);
      assertEquals(second, (double) call(derivatives, "adSecondDerivative", x), 1e-5 * Math.max(1, Math.abs(second)));
    }
  }

  @Test
  void runtimeLoopGradientHessianVectorAndHessianMatchFiniteDifferences() {
    Random random = new Random(7);
    for (int n : new int[] {2, 7, 50}) {
      double[] x = random.doubles(n, -2, 2).toArray();
      double[] g = (double[]) call(derivatives, "eq217Gradient", (Object) x);
      assertClose(FiniteDifferences.gradient(p -> (double) call(funcs, "eq217", (Object) p), x), g, 1e-6);
      double[] gradientOut = new double[n];
      double value = (double) call(derivatives, "eq217Gradient", x, gradientOut);
      assertEquals((double) call(funcs, "eq217", (Object) x), value, 1e-12);
      assertArrayEquals(g, gradientOut, 0);
      double[][] h = (double[][]) call(derivatives, "eq217Hessian", (Object) x);
      double[][] fdHessian = FiniteDifferences.jacobian(p -> (double[]) call(derivatives, "eq217Gradient", (Object) p),
          x);
      for (int i = 0; i < n; i++) {
        assertClose(fdHessian[i], h[i], 1e-5);
      }
      double[] v = random.doubles(n, -1, 1).toArray();
      double[] hv = new double[n];
      call(derivatives, "eq217HessianVector", x, v, hv);
      for (int i = 0; i < n; i++) {
        double expected = 0;
        for (int j = 0; j < n; j++) {
          expected += h[i][j] * v[j];
        }
        assertEquals(expected, hv[i], 1e-10);
      }
    }
  }

  @Test
  void branchesBreakTernaryAndMaxDifferentiateTheBranchTaken() {
    double[][] points = {{1.3, 0.4}, {0.2, 1.7}, {-0.8, 0.3}, {-1.1, -2.0}};
    for (double[] p : points) {
      double[] g = (double[]) call(derivatives, "branchyGradient", p[0], p[1]);
      double[] fd = FiniteDifferences.gradient(q -> (double) call(funcs, "branchy", q[0], q[1]), p);
      assertClose(fd, g, 1e-6);
      double[][] h = (double[][]) call(derivatives, "branchyHessian", p[0], p[1]);
      double[][] fdh = FiniteDifferences.jacobian(q -> (double[]) call(derivatives, "branchyGradient", q[0], q[1]), p);
      for (int i = 0; i < 2; i++) {
        assertClose(fdh[i], h[i], 1e-5);
      }
    }
  }

  @Test
  void jacobianOfMatrixVectorProductMatchesFiniteDifferencesInBothModes() {
    Random random = new Random(3);
    for (int[] mn : new int[][] {{2, 5}, {5, 2}, {3, 3}}) {
      double[][] a = new double[mn[0]][];
      for (int i = 0; i < mn[0]; i++) {
        a[i] = random.doubles(mn[1], -1, 1).toArray();
      }
      double[] x = random.doubles(mn[1], -1, 1).toArray();
      double[] point = flatten(a, x);
      double[][] j = (double[][]) call(derivatives, "axJacobian", a, x);
      double[][] fd = FiniteDifferences.jacobian(p -> (double[]) call(funcs, "ax", unflatten(p, mn[0], mn[1]), slice(p,
          mn[0] * mn[1])), point);
      for (int i = 0; i < mn[0]; i++) {
        assertClose(fd[i], j[i], 1e-6);
      }
      double[] tangent = random.doubles(point.length, -1, 1).toArray();
      double[] jv = (double[]) call(derivatives, "axJvp", a, x, tangent);
      double[] cotangent = random.doubles(mn[0], -1, 1).toArray();
      double[] vj = (double[]) call(derivatives, "axVjp", a, x, cotangent);
      for (int i = 0; i < mn[0]; i++) {
        double expected = 0;
        for (int k = 0; k < point.length; k++) {
          expected += j[i][k] * tangent[k];
        }
        assertEquals(expected, jv[i], 1e-12);
      }
      for (int k = 0; k < point.length; k++) {
        double expected = 0;
        for (int i = 0; i < mn[0]; i++) {
          expected += cotangent[i] * j[i][k];
        }
        assertEquals(expected, vj[k], 1e-12);
      }
    }
  }

  @Test
  void vectorByScalarDerivativeIsTheVelocityOfTheNotes() {
    for (double t : new double[] {-1, 0, 0.5, 2}) {
      double[] v = (double[]) call(derivatives, "rDerivative", t);
      assertArrayEquals(new double[] {Math.cos(t), -Math.sin(t), 2 * t}, v, 1e-15);
    }
  }

  @Test
  void gradientOfQuadraticFormIsTwiceAxForSymmetricA() {
    double[][] a = {{2, -1, 0.5}, {-1, 3, 0.25}, {0.5, 0.25, 1}};
    double[] x = {0.3, -1.2, 2.0};
    double[] g = (double[]) call(derivatives, "quadGradient", x, a);
    double[] expected = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        expected[i] += 2 * a[i][j] * x[j];
      }
    }
    assertClose(expected, g, 1e-14);
  }

  @Test
  void wrongArraySizesAreRejectedNamingTheParameter() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> call(derivatives, "eq217Gradient", new double[3], new double[2]));
    assertEquals("gradient has length 2, expected 3", e.getMessage());
  }

  private static double[] flatten(double[][] a, double[] x) {
    double[] p = new double[a.length * a[0].length + x.length];
    int k = 0;
    for (double[] row : a) {
      for (double v : row) {
        p[k++] = v;
      }
    }
    System.arraycopy(x, 0, p, k, x.length);
    return p;
  }

  private static double[][] unflatten(double[] p, int m, int n) {
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = Arrays.copyOfRange(p, i * n, (i + 1) * n);
    }
    return a;
  }

  private static double[] slice(double[] p, int from) {
    return Arrays.copyOfRange(p, from, p.length);
  }
}
