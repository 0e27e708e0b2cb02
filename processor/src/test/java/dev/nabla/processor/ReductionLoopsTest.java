package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reduction loops (fixture {@code reductions/Red.java}): those whose adjoint runs inside the loop and the near misses
 * that keep a tape, each checked against central differences and by the shape of its generated gradient.
 */
class ReductionLoopsTest {
  private static Class<?> red;
  private static Class<?> derivatives;
  private static String generated;
  private static final Random RANDOM = new Random(5);

  @BeforeAll
  static void compile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "reductions.Red");
    red = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @ParameterizedTest(name = "{0}: {2} reverse loops")
  @CsvSource({
      "plainSum, 0, 0", "scaledMean, 1, 0", "twoSums, 1, 0", "nestedBody, 0, 1", "reassignedLater, 1, 2",
      "rootOfSum, 0, 1", "product, 0, 1", "conditionalSum, 0, 1", "runningSum, 0, 1", "localArray, 0, 2",
      "lastValue, 0, 1"})
  void gradientMatchesFiniteDifferencesAndTheLoopShape(String name, int scalars, int reverseLoops) {
    String body = gradientSource(name);
    assertEquals(reverseLoops, body.split("while \\(tripsLeft", -1).length - 1,
        name + ": reverse loops only where the adjoint cannot run inside the forward loop:\n" + body);
    for (int n : new int[] {1, 2, 7}) {
      int size = name.equals("nestedBody") ? 3 * n + 3 : n + scalars;
      double[] p = RANDOM.doubles(size, -1.5, 1.5).toArray();
      checkScalar(red, derivatives, name, pack(name, n), p, 1e-6, 1e-5);
    }
  }

  /** Arguments of the fixture's methods from a flat point: x, then w; or an n×3 matrix, then a 3-vector. */
  private static Function<double[], Object[]> pack(String name, int n) {
    if (name.equals("nestedBody")) {
      return p -> new Object[] {Reflect.reshape(p, 0, n, 3), Arrays.copyOfRange(p, 3 * n, 3 * n + 3)};
    }
    return p -> p.length == n ? new Object[] {p} : new Object[] {Arrays.copyOf(p, n), p[n]};
  }

  private static String gradientSource(String name) {
    int start = generated.indexOf("public static double " + name + "Gradient(");
    return generated.substring(start, generated.indexOf("\n  }\n", start));
  }
}
