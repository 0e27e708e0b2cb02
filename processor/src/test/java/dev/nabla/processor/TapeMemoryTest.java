package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tape of a generated class (fixture {@code tape/Stepper.java}): it shrinks back after a call that grew it past
 * the entries it keeps between calls, and its growth stops with a message at the longest array instead of overflowing.
 */
class TapeMemoryTest {
  /** The entries a thread's tape keeps between calls, as {@code codegen/Support} sets it. */
  private static final int RETAINED = 1 << 20;
  private static InProcessCompiler.Fixture stepper;
  private static Class<?> tape;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    stepper = InProcessCompiler.compileFixture(dir, "tape.Stepper");
    tape = Arrays.stream(stepper.derivatives().getDeclaredClasses()).filter(c -> c.getSimpleName().equals("Tape"))
        .findFirst().orElseThrow();
  }

  @Test
  void aCallThatGrewTheTapeBeyondWhatItKeepsLeavesItSmall() throws Exception {
    int steps = 3_000_000;
    checkScalar(stepper.type(), stepper.derivatives(), "integrate", q -> new Object[] {q[0], q[1], 1e-6, steps},
        new double[] {0.4, 1.3}, 1e-6, 1e-5);
    assertTrue(tapeLength() <= RETAINED, "after the call the tape holds " + tapeLength() + " doubles");
  }

  @Test
  void shortCallsKeepTheirGrownTape() throws Exception {
    checkScalar(stepper.type(), stepper.derivatives(), "integrate", q -> new Object[] {q[0], q[1], 1e-3, 5000},
        new double[] {0.4, 1.3}, 1e-6, 1e-5);
    int kept = tapeLength();
    assertTrue(kept >= 5000 && kept <= RETAINED, "a tape of " + kept + " doubles for 5,000 steps is kept");
  }

  @Test
  void growthDoublesThenStopsAtTheLongestArrayWithAMessage() throws Exception {
    Method grown = tape.getDeclaredMethod("grown", int.class);
    grown.setAccessible(true);
    assertEquals(128, grown.invoke(null, 64));
    int max = Integer.MAX_VALUE - 8;
    assertEquals(max, grown.invoke(null, max / 2 + 10), "no int overflow near 2^30 entries");
    InvocationTargetException e = assertThrows(InvocationTargetException.class, () -> grown.invoke(null, max));
    assertInstanceOf(IllegalStateException.class, e.getCause());
    assertTrue(e.getCause().getMessage().contains("saved more than"), e.getCause().getMessage());
  }

  /** The length of this thread's tape's array of doubles. */
  private static int tapeLength() throws ReflectiveOperationException {
    Field perThread = tape.getDeclaredField("PER_THREAD");
    perThread.setAccessible(true);
    Object mine = ((ThreadLocal<?>) perThread.get(null)).get();
    Field doubles = tape.getDeclaredField("doubles");
    doubles.setAccessible(true);
    return ((double[]) doubles.get(mine)).length;
  }
}
