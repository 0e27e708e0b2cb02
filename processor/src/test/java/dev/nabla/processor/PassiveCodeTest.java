package dev.nabla.processor;

import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Code nabla keeps as written (fixture {@code passive/Checks.java}): argument checks, logging, index searches,
 * comparisons and switches over Strings and enums. Every generated method is checked against central differences, and
 * the kept statements run in the generated methods as they do in the user's.
 */
class PassiveCodeTest {
  private static InProcessCompiler.Fixture checks;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    checks = InProcessCompiler.compileFixture(dir, "passive.Checks");
  }

  private static void check(String name, Function<double[], Object[]> pack, double... p) {
    checkScalar(checks.type(), checks.derivatives(), name, pack, p, 1e-6, 1e-4);
  }

  private static Function<double[], Object[]> arrayAnd(int scalars) {
    return p -> new Object[] {java.util.Arrays.copyOf(p, p.length - scalars), p[p.length - 1]};
  }

  @Test
  void argumentChecksAndLoggingRunInEveryGeneratedMethod() throws Exception {
    check("checked", arrayAnd(1), 0.7, -1.3, 0.4, 0.25);
    Class<?> log = checks.type().getClassLoader().loadClass("passive.Checks$Log");
    double[] x = {0.5, 1.5};
    int before = log.getField("messages").getInt(null);
    call(checks.derivatives(), "checkedGradient", x, 0.3);
    assertEquals(before + x.length, log.getField("messages").getInt(null), "one message per element, as written");
    assertEquals("s after 1 = " + (0.5 * 0.5 * 0.3 + 1.5 * 1.5 * 0.3) + ", x[i] = 1.5", log.getField("last").get(null));
    for (String kind : new String[] {"Gradient", "Hessian", "HessianVector"}) {
      boolean vector = kind.equals("HessianVector");
      int logged = log.getField("messages").getInt(null);
      call(checks.derivatives(), "checked" + kind,
          vector ? new Object[] {x, 0.3, new double[3], new double[3]} : new Object[] {x, 0.3});
      assertTrue(log.getField("messages").getInt(null) >= logged + x.length, kind + " logs each element");
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> call(checks.derivatives(),
          "checked" + kind, vector ? new Object[] {x, Double.NaN, new double[3], new double[3]}
              : new Object[] {x, Double.NaN}));
      assertEquals("y is not finite: NaN", e.getMessage(), kind + ": the library's check, as written");
    }
  }

  @Test
  void aCheckOfTheUsersOwnReturningNothingIsCalled() {
    check("logOf", SCALARS, 0.7, 1.3);
    check("logOf", SCALARS, 2.5, 0.4);
    for (String kind : new String[] {"Gradient", "Hessian", "HessianVector"}) {
      Object[] args = kind.equals("HessianVector") ? new Object[] {0.5, -2.0, new double[2], new double[2]}
          : new Object[] {0.5, -2.0};
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> call(checks.derivatives(), "logOf" + kind, args));
      assertEquals("y must be positive: -2.0", e.getMessage(), kind);
    }
  }

  @Test
  void aParameterNamedAsThePackageOfKeptNames() throws Exception {
    check("shadowing", SCALARS, 0.7, 1.3);
    call(checks.derivatives(), "shadowingGradient", 0.25, 1.0);
    Class<?> log = checks.type().getClassLoader().loadClass("passive.Checks$Log");
    assertEquals("passive = 0.25", log.getField("last").get(null));
  }

  @Test
  void aKnotTableSearchedWithBinarySearch() {
    for (double t : new double[] {0.1, 0.6, 1.3, 1.9, 2.2, 3.4}) {
      check("interpolate", SCALARS, t);
    }
    String generated = checks.generated();
    assertTrue(generated.contains("java.util.Arrays.binarySearch(passive.Checks.KNOTS, t)"), generated);
  }

  @Test
  void comparisonsSteerBranchesWithoutDerivative() {
    for (double[] p : new double[][] {{0.7, 1.3}, {1.3, 0.7}, {-0.6, 0.9}, {0.9, -0.6}, {-0.4, -1.2}, {0.3, 0.8}}) {
      check("compared", SCALARS, p);
    }
  }

  @Test
  void doubleCallsOfValuesOutsideThePointAreConstants() {
    for (int n = 1; n <= 3; n++) {
      int k = n;
      check("passiveDoubles", p -> new Object[] {p[0], k}, 1.7);
      check("passiveDoubles", p -> new Object[] {p[0], k}, 3.1);
    }
  }

  @Test
  void switchesOverStringsAndEnums() {
    check("byMode", SCALARS, 0.8);
    check("byMode", SCALARS, -1.4);
    check("byShape", SCALARS, 0.6);
    for (int k = 0; k <= 3; k++) {
      int j = k;
      check("byName", p -> new Object[] {p[0], j}, 0.9);
    }
    assertTrue(checks.generated().contains("switch (passive.Checks.MODE) { case \"square\" -> 0; case \"cube\" -> 1;"),
        checks.generated());
  }
}
