package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Nested counted loops (fixture {@code counted/Counted.java}): the reverse sweep computes their trip counts instead of
 * taping them, checked against central differences for sizes that make some inner ranges empty.
 */
class CountedLoopsTest {
  private static Class<?> counted;
  private static Class<?> derivatives;
  private static String generated;
  private static final Random RANDOM = new Random(3);

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture fixture = InProcessCompiler.compileFixture(dir, "counted.Counted");
    counted = fixture.type();
    derivatives = fixture.derivatives();
    generated = fixture.generated();
  }

  @ParameterizedTest
  @ValueSource(strings = {"stepped", "emptyRanges", "longCounter", "offsetBounds"})
  void tripCountsAreComputedNotTaped(String name) {
    String body = bodies(name + "Gradient");
    assertTrue(body.contains("tape.push("), name + " tapes its inner loops' values:\n" + body);
    assertFalse(body.contains("tape.push(trips"), name + " tapes no trip count:\n" + body);
    for (int n = 1; n <= 8; n++) {
      double[] x = RANDOM.doubles(n, -0.9, 0.9).toArray();
      checkScalar(counted, derivatives, name, p -> new Object[] {p}, x, 1e-6, 1e-5);
    }
  }

  /** The bodies of the generated methods named {@code method}, and of the parts a long one is split into. */
  private static String bodies(String method) {
    StringBuilder all = new StringBuilder();
    for (String declaration : new String[] {" " + method + "(", " " + method + "Part"}) {
      for (int start = generated.indexOf(declaration); start >= 0; start = generated.indexOf(declaration, start + 1)) {
        if (generated.lastIndexOf("static", start) > generated.lastIndexOf('\n', start)) {
          all.append(generated, start, generated.indexOf("\n  }\n", start));
        }
      }
    }
    return all.toString();
  }
}
