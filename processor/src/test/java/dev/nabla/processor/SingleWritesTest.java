package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reduction loops that write each gradient entry of x once (fixture {@code singlewrites/Covers.java}) assign them
 * instead of zero-filling and adding; the entries they leave alone are zeroed. Checked against central differences
 * with a caller's gradient array full of NaN, and by the form of the writes.
 */
class SingleWritesTest {
  private static Class<?> covers;
  private static Class<?> derivatives;
  private static String generated;
  private static final Random RANDOM = new Random(29);

  @BeforeAll
  static void compile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "singlewrites.Covers");
    covers = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @ParameterizedTest(name = "{0}: assigns {1}")
  @CsvSource({"pairs, true, 2 4 10", "pairsBehind, true, 1 2 3 8", "middle, true, 1 2 3 4 9", "gaps, false, 2 3 7 9",
      "overlapping, false, 1 2 6", "readAgain, false, 1 4"})
  void gradientMatchesFiniteDifferencesAndWritesOnceWhereItCan(String name, boolean assigns, String sizes) {
    String body = method(name + "Gradient");
    assertEquals(assigns, !java.util.regex.Pattern.compile("gradient\\[\\w+\\] \\+=").matcher(body).find(),
        name + ":\n" + body);
    boolean scalar = name.equals("middle");
    for (String size : sizes.split(" ")) {
      int n = Integer.parseInt(size);
      double[] p = RANDOM.doubles(n + (scalar ? 1 : 0), -1.2, 1.2).toArray();
      checkScalar(covers, derivatives, name,
          q -> scalar ? new Object[] {Arrays.copyOf(q, n), q[n]} : new Object[] {q}, p, 1e-6, 1e-5);
    }
  }

  private static String method(String name) {
    int start = generated.indexOf("public static double " + name + "(");
    return generated.substring(start, generated.indexOf("\n  }\n", start));
  }
}
