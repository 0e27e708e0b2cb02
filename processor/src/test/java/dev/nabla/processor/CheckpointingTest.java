package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loops reversed by checkpointing give the taped loops' gradients bit for bit, in a tape that stays within its limit
 * (fixture {@code checkpoint/Loops}); loops that cannot run again as they ran are taped.
 */
class CheckpointingTest {
  private static InProcessCompiler.Fixture loops;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    loops = InProcessCompiler.compileFixture(dir, "checkpoint.Loops");
  }

  @Test
  void eulerGradientsAgreeBitForBit() throws Exception {
    for (int steps : new int[] {0, 1, 2, 3, 17, 40, 41, 1000, 12345}) {
      double[] taped = gradient("eulerTaped", steps);
      assertArrayEquals(taped, gradient("euler", steps), "tapeLimit = 0, " + steps + " steps");
      assertArrayEquals(taped, gradient("eulerSmallTape", steps), "tapeLimit = 40, " + steps + " steps");
    }
  }

  private static double[] gradient(String method, int steps) throws Exception {
    double[] g = new double[3];
    java.lang.reflect.Method m = loops.derivatives().getMethod(method + "Gradient", double.class, double.class,
        double.class, double.class, int.class, double[].class);
    m.invoke(null, 1.7, 0.3, 0.9, 0.01, steps, g);
    return g;
  }

  @Test
  void untilDoneGradientsAgreeBitForBit() throws Exception {
    for (double tEnd : new double[] {0, 0.01, 0.3, 2, 25, 200}) {
      double[] taped = gradientUntil("untilDoneTaped", tEnd);
      assertArrayEquals(taped, gradientUntil("untilDone", tEnd), "tapeLimit = 0, tEnd = " + tEnd);
      assertArrayEquals(taped, gradientUntil("untilDoneSmallTape", tEnd), "tapeLimit = 25, tEnd = " + tEnd);
    }
  }

  private static double[] gradientUntil(String method, double tEnd) throws Exception {
    double[] g = new double[2];
    java.lang.reflect.Method m = loops.derivatives().getMethod(method + "Gradient", double[].class, double.class,
        double[].class);
    double value = (double) m.invoke(null, new double[] {0.95, 1.4}, tEnd, g);
    assertEquals(loops.type().getMethod(method, double[].class, double.class).invoke(null,
        new double[] {0.95, 1.4}, tEnd), value);
    return g;
  }

  @Test
  void derivativesOfAOneDoublePointAgreeBitForBit() throws Exception {
    assertTwinsAgree("logistic", 3.1, 0, 1, 5, 300);
  }

  @Test
  void anInnerLoopsTripCountsComeBackFromTheTape() throws Exception {
    assertTrue(loops.generated().contains("tape.push(trips"), "the inner loop's trip counts are taped");
    assertTwinsAgree("innerWhile", 0.7, 0, 1, 7, 500);
  }

  /** {@code method}'s derivative and gradient at x equal its taped twin's bit for bit, for each trip count. */
  private static void assertTwinsAgree(String method, double x, int... trips) {
    for (int steps : trips) {
      for (String kind : new String[] {"Derivative", "Gradient"}) {
        Object taped = Reflect.call(loops.derivatives(), method + "Taped" + kind, x, steps);
        Object checkpointed = Reflect.call(loops.derivatives(), method + kind, x, steps);
        assertEquals(java.util.Arrays.deepToString(new Object[] {taped}),
            java.util.Arrays.deepToString(new Object[] {checkpointed}), method + kind + ", " + steps + " steps");
      }
    }
  }

  @Test
  void theGradientMatchesCentralDifferences() throws Exception {
    Reflect.checkScalar(loops.type(), loops.derivatives(), "euler", q -> new Object[] {q[0], q[1], q[2], 0.01, 2000},
        new double[] {1.7, 0.3, 0.9}, 1e-6, 1e-6);
  }

  @Test
  void theTapeStaysWithinItsLimitWhateverTheTripCount() throws Exception {
    Class<?> tape = java.util.Arrays.stream(loops.derivatives().getDeclaredClasses())
        .filter(c -> c.getSimpleName().equals("Tape")).findFirst().orElseThrow();
    int[] length = new int[1];
    Thread fresh = new Thread(() -> {
      try {
        gradient("eulerSmallTape", 200_000);
        java.lang.reflect.Field perThread = tape.getDeclaredField("PER_THREAD");
        perThread.setAccessible(true);
        Object mine = ((ThreadLocal<?>) perThread.get(null)).get();
        java.lang.reflect.Field doubles = tape.getDeclaredField("doubles");
        doubles.setAccessible(true);
        length[0] = ((double[]) doubles.get(mine)).length;
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    fresh.start();
    fresh.join();
    // the taped prefix (40 entries) stays on the tape while the turns tape one segment each (40 more)
    assertEquals(128, length[0], "a tape limit of 40 entries grew a new thread's tape once, to hold 80");
  }

  @Test
  void aLoopThatWritesAnArrayMadeBeforeItIsTaped() throws Exception {
    String generated = loops.generated();
    int start = generated.indexOf("double writesOuterArrayGradient(");
    String body = generated.substring(start, generated.indexOf("\n  }\n", start));
    assertFalse(body.contains("Checkpoints"), body);
    String euler = generated.substring(generated.indexOf("double eulerGradient("));
    assertTrue(euler.contains("new dev.nabla.Checkpoints(0,"), "euler's loop is checkpointed");
    for (int steps : new int[] {0, 3, 40}) {
      Reflect.checkScalar(loops.type(), loops.derivatives(), "writesOuterArray", q -> new Object[] {q[0], steps},
          new double[] {0.4}, 1e-6, 1e-6);
    }
  }
}
