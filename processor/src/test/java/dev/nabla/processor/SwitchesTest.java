package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code switch} statements and expressions over int selectors (fixture {@code switches/Sw.java}), each checked against
 * central differences at points and selectors that take every case.
 */
class SwitchesTest {
  private static ClassLoader compiled;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    compiled = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("switches/Sw.java")));
  }

  private static void check(String name, Function<double[], Object[]> pack, double... p) throws Exception {
    checkScalar(compiled.loadClass("switches.Sw"), compiled.loadClass("switches.SwDerivatives"), name, pack, p, 1e-6,
        1e-5);
  }

  private static Function<double[], Object[]> with(int... counters) {
    return p -> {
      Object[] args = new Object[p.length + counters.length];
      for (int i = 0; i < p.length; i++) {
        args[i] = p[i];
      }
      for (int i = 0; i < counters.length; i++) {
        args[p.length + i] = counters[i];
      }
      return args;
    };
  }

  @Test
  void oldStyleCasesFallThroughAndDefaultInTheMiddle() throws Exception {
    for (int k = 0; k <= 6; k++) {
      check("fallThrough", with(k), 0.7, 1.3);
      check("fallThrough", with(k), -1.1, 0.6);
    }
  }

  @Test
  void arrowCasesDoNotFallThrough() throws Exception {
    for (int k = -1; k <= 3; k++) {
      check("arrow", with(k), 0.4, 1.9);
    }
  }

  @Test
  void switchExpressionsWithArrowValuesAndYield() throws Exception {
    for (int k = -2; k <= 4; k++) {
      check("expressions", with(k), 0.8, -0.5);
    }
  }

  @Test
  void breakEndsTheSwitchAndContinueTheLoop() throws Exception {
    check("inLoop", Reflect.ONE_ARRAY, 0.9, -0.7, 1.2, 0.3, -0.4, 1.5, 0.2);
    check("inLoop", Reflect.ONE_ARRAY, -0.9, 0.7, -1.2);
    for (int n = 0; n <= 6; n++) {
      check("inRuntimeLoop", with(n), 0.6);
    }
  }

  @Test
  void nestedSwitches() throws Exception {
    for (int j = 0; j <= 2; j++) {
      for (int k = 0; k <= 1; k++) {
        check("nested", with(j, k), 1.1, 0.7);
      }
    }
  }

  @Test
  void constantSelectorKeepsTheCaseTaken() throws Exception {
    check("constant", Reflect.SCALARS, 1.3);
    check("constant", Reflect.SCALARS, 0.4);
  }
}
