package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Costly values carried from one loop iteration to the next (fixture {@code carried/Shifts.java}): how many each
 * generated gradient and Hessian–vector product carries, and their derivatives against central differences for
 * loops of zero, one and several iterations.
 */
class CarriedValuesTest {
  private static Class<?> shifts;
  private static Class<?> derivatives;
  private static String generated;
  private static final Random RANDOM = new Random(41);

  @BeforeAll
  static void compile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "carried.Shifts");
    shifts = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @ParameterizedTest(name = "{0}: {1} carried")
  @CsvSource({"ring, 2, 1 2 3 9", "chain, 2, 1 2 3 4 8", "stepTwo, 1, 1 2 3 4 5 9", "otherModulus, 0, 2 3 6",
      "written, 0, 1 2 5"})
  void carriedValuesKeepTheDerivativesExact(String name, int carried, String sizes) {
    assertEquals(carried, declared(method(name + "Gradient")), name + ": values carried\n" + method(name + "Gradient"));
    for (String size : sizes.split(" ")) {
      int n = Integer.parseInt(size);
      double[] p = RANDOM.doubles(n, -1.3, 1.3).toArray();
      boolean from = name.equals("stepTwo");
      for (int start : from ? new int[] {0, 1} : new int[] {0}) {
        checkScalar(shifts, derivatives, name, q -> from ? new Object[] {q, start} : new Object[] {q}, p, 1e-6,
            1e-5);
      }
    }
  }

  private static String method(String name) {
    int start = generated.indexOf("public static double " + name + "(");
    return generated.substring(start, generated.indexOf("\n  }\n", start));
  }

  /** How many carried values a generated method declares. */
  private static int declared(String body) {
    return (int) java.util.regex.Pattern.compile("double \\w+Carried\\d* = 0\\.0;").matcher(body).results().count();
  }
}
