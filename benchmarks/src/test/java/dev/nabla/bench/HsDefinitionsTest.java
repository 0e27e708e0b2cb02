package dev.nabla.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.bench.hs.HsProblem;
import dev.nabla.bench.hs.HsSet;
import dev.nabla.optim.Bounds;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The Java definitions of the Hock–Schittkowski set agree with the Python ones scipy solves, and with the published
 * optimum: hs/values.txt holds what {@code benchmarks/scipy_sqp.py values} printed (its first line names the run) — the
 * data of {@code hs_problems.py}, and f, c and their exact derivatives (sympy) at x0 and at a seeded random point.
 */
class HsDefinitionsTest {
  private static final Map<String, double[]> PYTHON = read();

  private static Map<String, double[]> read() {
    Map<String, double[]> values = new HashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        HsDefinitionsTest.class.getResourceAsStream("hs/values.txt"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.startsWith("#")) {
          continue;
        }
        String[] words = line.split(" ");
        double[] numbers = new double[words.length - 4];
        for (int i = 0; i < numbers.length; i++) {
          numbers[i] = Double.parseDouble(words[i + 4].replace("inf", "Infinity"));
        }
        values.put(words[1] + " " + words[2] + " " + words[3], numbers);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return values;
  }

  private static double[] python(HsProblem p, String point, String what) {
    double[] v = PYTHON.get(p.name() + " " + point + " " + what);
    assertTrue(v != null, p.name() + " " + point + " " + what + " is missing from values.txt");
    return v;
  }

  private static Stream<DynamicTest> perProblem(Consumer<HsProblem> check) {
    return HsSet.PROBLEMS.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> check.accept(p)));
  }

  @Test
  void theSetHasEveryProblemOfThePythonFileOnce() {
    List<String> names = HsSet.PROBLEMS.stream().map(HsProblem::name).distinct().toList();
    assertEquals(HsSet.PROBLEMS.size(), names.size());
    assertEquals(PYTHON.keySet().stream().map(k -> k.split(" ")[0]).distinct().count(), names.size());
    assertTrue(names.size() >= 60, "at least 60 problems, got " + names.size());
  }

  @TestFactory
  Stream<DynamicTest> dataAgreeWithThePythonFile() {
    return perProblem(p -> {
      assertEquals(python(p, "data", "ineq")[0], p.inequalities(), "inequalities");
      assertEquals(python(p, "data", "fstar")[0], p.fstar(), 0, "f*");
      assertArrayEquals(python(p, "x0", "x"), p.x0(), 0, "x0");
      assertArrayEquals(python(p, "data", "xstar"), p.xstar(), 0, "x*");
      int n = p.x0().length;
      for (int i = 0; i < n; i++) {
        Bounds b = p.bounds();
        assertEquals(python(p, "data", "lower")[i], b == null ? Double.NEGATIVE_INFINITY : b.lower(i), 0, "lower");
        assertEquals(python(p, "data", "upper")[i], b == null ? Double.POSITIVE_INFINITY : b.upper(i), 0, "upper");
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> functionsAndDerivativesAgreeWithPythonAtX0AndARandomPoint() {
    return perProblem(p -> {
      for (String point : List.of("x0", "random")) {
        double[] x = python(p, point, "x");
        int n = x.length;
        double[] gradient = new double[n];
        assertEquals(python(p, point, "f")[0], p.objective().valueAndGradient(x, gradient),
            1e-12 * Math.max(1, Math.abs(python(p, point, "f")[0])), point + " f");
        AgreementTest.close(python(p, point, "g"), gradient, 1e-10, point + " gradient");
        double[] c = python(p, point, "c");
        double[][] jacobian = new double[c.length][n];
        AgreementTest.close(c, p.c().value(x, jacobian), 1e-12, point + " c");
        AgreementTest.close(c, p.c().value(x, null), 1e-12, point + " c without Jacobian");
        double[] rows = new double[c.length * n];
        for (int i = 0; i < c.length; i++) {
          System.arraycopy(jacobian[i], 0, rows, i * n, n);
        }
        AgreementTest.close(python(p, point, "J"), rows, 1e-10, point + " Jacobian");
      }
    });
  }

  @TestFactory
  Stream<DynamicTest> thePublishedXStarIsFeasibleAndGivesThePublishedFStar() {
    return perProblem(p -> {
      double[] x = p.xstar();
      assertTrue(p.solved(p.objective().value(x), violation(p, x)),
          "f(x*) = " + p.objective().value(x) + " against f* = " + p.fstar() + ", violation " + violation(p, x));
    });
  }

  /** The largest violation of a constraint or bound of p at x. */
  static double violation(HsProblem p, double[] x) {
    double[] c = p.c().value(x, null);
    double v = 0;
    for (int i = 0; i < c.length; i++) {
      v = Math.max(v, i < p.inequalities() ? -c[i] : Math.abs(c[i]));
    }
    for (int i = 0; p.bounds() != null && i < x.length; i++) {
      v = Math.max(v, Math.max(p.bounds().lower(i) - x[i], x[i] - p.bounds().upper(i)));
    }
    return v;
  }
}
