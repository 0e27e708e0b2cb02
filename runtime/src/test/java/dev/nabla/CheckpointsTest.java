package dev.nabla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;
import java.math.BigInteger;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * {@link Checkpoints} driven as generated code drives it, on a simulated loop whose state is the index of its next
 * iteration (plus numbers derived from it): every iteration is reversed once, last first, each run starts from the
 * right state, snapshots come back to the bit and stay within the budget, and the recomputation is compared with
 * Revolve's optimum.
 */
class CheckpointsTest {
  /** Tape entries iteration i pushes: not constant, and none for some. */
  private static final IntUnaryOperator UNEVEN = i -> i % 5 == 0 ? 0 : 1 + i % 3;
  /** Tape entries iteration i pushes: one each. */
  private static final IntUnaryOperator ONE = i -> 1;

  /** The numbers of a loop's carried state. */
  record Shape(int doubles, int longs) {}

  /** Two doubles and a long, as an Euler loop's state and its counter. */
  private static final Shape EULER = new Shape(2, 1);

  /** What one simulated gradient did: the prefix taped, iterations run again, the most snapshots held at once. */
  record Sweep(int taped, long advanced, long turned, int mostHeld, int budget) {}

  /** Double j of the state before iteration i: a NaN whose payload is i, then -0.0 and subnormals. */
  private static double doubleOf(long i, int j) {
    if (j == 0) {
      return Double.longBitsToDouble(0x7ff8_0000_0000_0000L | i);
    }
    return ((i + j) & 1) == 0 ? -0.0 : Double.MIN_VALUE * (i + j);
  }

  /** Long j of the state before iteration i: i itself, then i scrambled. */
  private static long longOf(long i, int j) {
    return i ^ (j * 0x9E37_79B9_7F4A_7C15L);
  }

  private static void save(Checkpoints checkpoints, Shape shape, int i) {
    for (int j = 0; j < shape.doubles(); j++) {
      checkpoints.save(doubleOf(i, j));
    }
    for (int j = 0; j < shape.longs(); j++) {
      checkpoints.save(longOf(i, j));
    }
  }

  /** Restores a snapshot, checks every number to the bit against the iteration it names, and returns that. */
  private static int restore(Checkpoints checkpoints, Shape shape) {
    double[] doubles = new double[shape.doubles()];
    long[] longs = new long[shape.longs()];
    for (int j = 0; j < doubles.length; j++) {
      doubles[j] = checkpoints.doubleAt(j);
    }
    for (int j = 0; j < longs.length; j++) {
      longs[j] = checkpoints.longAt(j);
    }
    int i = (int) (longs.length > 0 ? longs[0] : Double.doubleToRawLongBits(doubles[0]) & 0xffff_ffffL);
    for (int j = 0; j < doubles.length; j++) {
      assertEquals(Double.doubleToRawLongBits(doubleOf(i, j)), Double.doubleToRawLongBits(doubles[j]), "double " + j);
    }
    for (int j = 0; j < longs.length; j++) {
      assertEquals(longOf(i, j), longs[j], "long " + j);
    }
    return i;
  }

  /**
   * The simulated loop during a reverse sweep: runs and turns must start where its state is, turns must reverse
   * what is left last first and be at most {@code longestTurn} long.
   */
  private static final class Replay {
    private final int longestTurn;
    /** The index of the next iteration (or segment) the state would run. */
    int state;
    /** Iterations [unreversed, n) are reversed. */
    int unreversed;
    long advanced;
    long turned;

    Replay(int end, int longestTurn) {
      this.state = end;
      this.unreversed = end;
      this.longestTurn = longestTurn;
    }

    void advance(int first, int steps) {
      assertEquals(state, first, "an advance starts from the state");
      assertTrue(steps > 0 && first + steps < unreversed, "an advance stops before the last unreversed iteration");
      state = first + steps;
      advanced += steps;
    }

    void turn(int first, int steps) {
      assertEquals(state, first, "a turn starts from the state");
      assertTrue(steps > 0 && steps <= longestTurn, "a turn of " + steps + " iterations");
      assertEquals(unreversed, first + steps, "turns reverse the last unreversed iterations");
      state = first + steps;
      unreversed = first;
      turned += steps;
    }
  }

  /** What the forward sweep of a loop of n iterations did: the iterations it taped, the most snapshots it held. */
  record Forward(int n, int taped, int mostHeld) {}

  /** Runs a loop of n iterations forward through {@code checkpoints}, saving its state when it is due. */
  private static Forward forward(Checkpoints checkpoints, Shape shape, int n, IntUnaryOperator growth) {
    int tape = 0;
    int taped = 0;
    int mostHeld = 0;
    for (int i = 0; i < n; i++) {
      if (checkpoints.tapes(tape)) {
        tape += growth.applyAsInt(i);
        taped++;
      } else if (checkpoints.due()) {
        save(checkpoints, shape, i);
        mostHeld = Math.max(mostHeld, checkpoints.held());
      }
    }
    return new Forward(n, taped, mostHeld);
  }

  /** Ends the loop and performs its reverse sweep, checking every action. */
  private static Sweep reverse(Checkpoints checkpoints, Shape shape, Forward forward) {
    checkpoints.end();
    Replay replay = new Replay(forward.n(), Math.max(1, forward.taped()));
    int mostHeld = forward.mostHeld();
    int reverses = 0;
    for (int action = checkpoints.next(); action != Checkpoints.DONE; action = checkpoints.next()) {
      switch (action) {
        case Checkpoints.RESTORE -> replay.state = restore(checkpoints, shape);
        case Checkpoints.SAVE -> save(checkpoints, shape, replay.state);
        case Checkpoints.ADVANCE -> replay.advance(checkpoints.first(), checkpoints.steps());
        case Checkpoints.TURN -> replay.turn(checkpoints.first(), checkpoints.steps());
        case Checkpoints.REVERSE -> {
          assertEquals(0, checkpoints.first(), "the prefix starts the loop");
          assertEquals(forward.taped(), checkpoints.steps(), "the prefix is what was taped");
          assertEquals(replay.unreversed, checkpoints.steps(), "the prefix is reversed last");
          replay.unreversed = 0;
          reverses++;
          assertEquals(Checkpoints.DONE, checkpoints.next(), "REVERSE is the last action");
        }
        default -> fail("action " + action);
      }
      mostHeld = Math.max(mostHeld, checkpoints.held());
    }
    assertEquals(1, reverses, "REVERSE comes once");
    assertEquals(0, replay.unreversed, "every iteration is reversed");
    assertEquals(Checkpoints.DONE, checkpoints.next(), "DONE stays");
    assertTrue(mostHeld <= checkpoints.budget(), mostHeld + " snapshots held, budget " + checkpoints.budget());
    return new Sweep(forward.taped(), replay.advanced, replay.turned, mostHeld, checkpoints.budget());
  }

  private static Sweep run(int tapeLimit, Shape shape, int n, IntUnaryOperator growth) {
    Checkpoints checkpoints = new Checkpoints(tapeLimit, shape.doubles(), shape.longs());
    return reverse(checkpoints, shape, forward(checkpoints, shape, n, growth));
  }

  @Test
  void reversesLoopsAroundTheSegmentLengthOnceLastFirst() {
    int limit = 30;
    int segment = run(limit, EULER, 1000, UNEVEN).taped();
    int budget = new Checkpoints(limit, EULER.doubles(), EULER.longs()).budget();
    List<Integer> lengths = List.of(0, 1, segment - 1, segment, segment + 1, 2 * segment, 2 * segment + 1,
        budget * segment, budget * segment + 1, (2 * budget + 1) * segment - 1, 100_003);
    for (int n : lengths) {
      Sweep sweep = run(limit, EULER, n, UNEVEN);
      assertEquals(Math.min(n, segment), sweep.taped(), "prefix of a loop of " + n);
      assertEquals(Math.max(0, n - segment), sweep.turned(), "iterations turned in a loop of " + n);
    }
  }

  @Test
  void tapeLimitZeroCheckpointsEveryIteration() {
    for (int n : List.of(0, 1, 2, 17, 1000, 100_000)) {
      Sweep sweep = run(0, EULER, n, UNEVEN);
      assertEquals(0, sweep.taped());
      assertEquals(n, sweep.turned(), "turns of one iteration each cover the loop of " + n);
    }
  }

  @Test
  void restoresStatesOfEveryShapeToTheBit() {
    for (Shape shape : List.of(new Shape(0, 1), new Shape(1, 0), new Shape(3, 2), new Shape(40, 0))) {
      for (int n : List.of(1, 50, 5_000)) {
        run(8, shape, n, ONE);
      }
    }
  }

  @Test
  void reversesTenMillionIterationsWithSixteenSnapshots() {
    Sweep sweep = run(40, EULER, 10_000_000, UNEVEN);
    assertEquals(16, sweep.budget());
    assertEquals(16, sweep.mostHeld(), "the budget is used");
  }

  /** Revolve's optimum t·c − C(s+t, t−1), with t the least such that C(s+t, s) ≥ c, in exact arithmetic. */
  private static long optimum(int segments, int snapshots) {
    int t = 0;
    while (binomial(snapshots + t, snapshots).compareTo(BigInteger.valueOf(segments)) < 0) {
      t++;
    }
    BigInteger total = BigInteger.valueOf((long) t * segments);
    return t == 0 ? 0 : total.subtract(binomial(snapshots + t, t - 1)).longValueExact();
  }

  private static BigInteger binomial(int n, int k) {
    BigInteger result = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }

  /** The advances of the schedule's reversal of c segments from one snapshot of the first, s snapshots in all. */
  private static long offlineAdvances(int segments, int snapshots) {
    SegmentSchedule schedule = new SegmentSchedule(snapshots);
    int[] saved = new int[snapshots];
    schedule.push(0);
    schedule.reverse(segments);
    Replay replay = new Replay(segments, 1);
    for (int action = schedule.next(); action != Checkpoints.DONE; action = schedule.next()) {
      assertTrue(schedule.held() <= snapshots, "snapshots held");
      switch (action) {
        case Checkpoints.RESTORE -> replay.state = saved[schedule.held() - 1];
        case Checkpoints.SAVE -> saved[schedule.held() - 1] = replay.state;
        case Checkpoints.ADVANCE -> replay.advance(schedule.first(), schedule.count());
        case Checkpoints.TURN -> replay.turn(schedule.first(), schedule.count());
        default -> fail("action " + action);
      }
    }
    assertEquals(0, replay.unreversed, "every segment is reversed");
    return replay.advanced;
  }

  @Test
  void offlineReversalTakesRevolvesOptimum() {
    int most = 200;
    int snapshots = 8;
    // fewest[c][s]: the fewest advances over every first advance m, each part reversed optimally (exhaustive)
    long[][] fewest = new long[most + 1][snapshots + 1];
    for (int c = 2; c <= most; c++) {
      fewest[c][1] = (long) c * (c - 1) / 2;
      for (int s = 2; s <= snapshots; s++) {
        fewest[c][s] = Long.MAX_VALUE;
        for (int m = 1; m < c; m++) {
          fewest[c][s] = Math.min(fewest[c][s], m + fewest[c - m][s - 1] + fewest[m][s]);
        }
      }
    }
    for (int c = 1; c <= most; c++) {
      for (int s = 1; s <= snapshots; s++) {
        String what = c + " segments, " + s + " snapshots";
        assertEquals(fewest[c][s], optimum(c, s), "closed form, " + what);
        assertEquals(fewest[c][s], offlineAdvances(c, s), "schedule, " + what);
        assertEquals(fewest[c][s], Revolve.advances(c, s), "Revolve.advances, " + what);
      }
    }
    for (int c : List.of(10_000, 1_000_000, 10_000_000)) {
      for (int s : List.of(3, 16, 64, 1 << 16)) {
        assertEquals(optimum(c, s), offlineAdvances(c, s), c + " segments, " + s + " snapshots");
      }
    }
  }

  /**
   * Checks that the forward work of a checkpointed loop (its forward sweep past the prefix and the advances of its
   * reverse sweep) stays within a quarter of the fewest advances an offline reversal of the same segments with the
   * same budget takes, its first forward sweep included; prints what it measured.
   */
  private static void assertNearOffline(int tapeLimit, Shape shape, int n) {
    Sweep sweep = run(tapeLimit, shape, n, ONE);
    int segment = Math.max(1, sweep.taped());
    int segments = (n - sweep.taped() + segment - 1) / segment;
    double offline = Math.max(n - sweep.taped(), (double) optimum(segments, sweep.budget()) * segment);
    double online = n - sweep.taped() + sweep.advanced();
    System.out.printf("n %,d, L %,d, budget %,d: %.3f iterations run again per iteration (%.3f advanced, %.3f"
        + " turned), %,d snapshots held at most; forward work %.3f of the offline optimum's%n", n, segment,
        sweep.budget(), (double) (sweep.advanced() + sweep.turned()) / n, (double) sweep.advanced() / n,
        (double) sweep.turned() / n, sweep.mostHeld(), online / offline);
    assertTrue(online <= 1.25 * offline, "online " + online + ", offline " + offline);
  }

  @Test
  void onlineRecomputationStaysNearTheOfflineOptimum() {
    // L = 10^4, a budget of 16 (1000 numbers a snapshot) and of 5000 (2)
    for (Shape shape : List.of(new Shape(0, 1000), new Shape(2, 0))) {
      for (int n : List.of(1_000_000, 10_000_000, 100_000_000)) {
        assertNearOffline(10_000, shape, n);
      }
    }
    // L = 1 and a full budget at the end: the last intervals would have one or two snapshots left without thinning
    for (int n : List.of(1 << 14, 1 << 20)) {
      assertNearOffline(0, EULER, n);
    }
  }

  @Test
  void snapshotsFillAboutTheTapeLimit() {
    for (int limit : List.of(0, 100, 10_000, 1 << 20, Integer.MAX_VALUE)) {
      for (Shape shape : List.of(new Shape(0, 0), EULER, new Shape(7, 0), new Shape(1, 1000))) {
        int numbers = Math.max(1, shape.doubles() + shape.longs());
        int budget = new Checkpoints(limit, shape.doubles(), shape.longs()).budget();
        assertEquals(0, budget % 2, "even, to thin");
        assertTrue(budget >= 16 && budget <= 1 << 16, "budget " + budget);
        if (limit / numbers >= 16 && limit / numbers <= 1 << 16) {
          assertTrue((long) budget * numbers <= limit && (long) (budget + 2) * numbers > limit, "budget " + budget);
        }
      }
    }
  }

  /** A forward and a reverse sweep of a loop of n iterations with a state of a double and a long. */
  private static void sweep(int n) {
    Checkpoints checkpoints = new Checkpoints(1000, 1, 1);
    for (int i = 0; i < n; i++) {
      if (!checkpoints.tapes(i) && checkpoints.due()) {
        checkpoints.save(0.5 * i);
        checkpoints.save((long) i);
      }
    }
    checkpoints.end();
    for (int action = checkpoints.next(); action != Checkpoints.DONE; action = checkpoints.next()) {
      if (action == Checkpoints.RESTORE) {
        checkpoints.doubleAt(0);
        checkpoints.longAt(0);
      } else if (action == Checkpoints.SAVE) {
        checkpoints.save(0.0);
        checkpoints.save(0L);
      }
    }
  }

  @Test
  void allocatesNothingPerIteration() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    int[] lengths = {0, 900, 1_000_000, 10_000_000};
    long[] bytes = new long[lengths.length];
    for (int round = 0; round < 2; round++) {
      // the first round warms up (class loading, compilation); the second is measured
      for (int k = 0; k < lengths.length; k++) {
        long before = threads.getThreadAllocatedBytes(thread);
        sweep(lengths[k]);
        bytes[k] = threads.getThreadAllocatedBytes(thread) - before;
      }
    }
    assertEquals(bytes[0], bytes[1], "a loop within its taped prefix allocates no more than the object");
    assertEquals(bytes[2], bytes[3], "10^7 checkpointed iterations allocate as much as 10^6 (the full budget)");
  }

  @Test
  void misuseThrows() {
    Checkpoints checkpoints = new Checkpoints(0, 1, 1);
    assertThrows(IllegalStateException.class, checkpoints::next, "next() before end()");
    assertThrows(IllegalStateException.class, () -> checkpoints.save(1.0), "save before due()");
    assertTrue(checkpoints.due());
    checkpoints.save(1.0);
    assertThrows(IllegalStateException.class, () -> checkpoints.save(2.0), "a second double of one");
    assertThrows(IllegalStateException.class, checkpoints::due, "due() before the long is saved");
    checkpoints.save(1L);
    assertThrows(IllegalStateException.class, () -> checkpoints.doubleAt(0), "restore in the forward sweep");
    assertTrue(checkpoints.due());
    checkpoints.save(2.0);
    checkpoints.save(2L);
    checkpoints.end();
    assertThrows(IllegalStateException.class, checkpoints::due, "due() after end()");
    assertThrows(IllegalStateException.class, checkpoints::end, "end() twice");
    assertThrows(IllegalStateException.class, checkpoints::first, "first() before an action");
    assertEquals(Checkpoints.RESTORE, checkpoints.next());
    assertThrows(IllegalStateException.class, checkpoints::steps, "steps() after RESTORE");
    assertThrows(IllegalStateException.class, () -> checkpoints.save(0.0), "save after RESTORE");
    assertEquals(2L, checkpoints.longAt(0));
    assertEquals(Double.doubleToRawLongBits(2.0), Double.doubleToRawLongBits(checkpoints.doubleAt(0)));
    assertEquals(2L, checkpoints.longAt(0), "reads move nothing");
    assertThrows(IllegalStateException.class, () -> checkpoints.longAt(1), "past the snapshot");
    assertThrows(IllegalStateException.class, () -> checkpoints.doubleAt(-1), "before the snapshot");
    assertEquals(Checkpoints.TURN, checkpoints.next());
    assertThrows(IllegalStateException.class, () -> checkpoints.doubleAt(0), "restore after TURN");
    assertThrows(IllegalArgumentException.class, () -> new Checkpoints(-1, 0, 0));
  }

  @Test
  void countsUpToIntMaxIterations() {
    Shape shape = new Shape(0, 1);
    Checkpoints checkpoints = new Checkpoints(1 << 30, shape.doubles(), shape.longs());
    Forward forward = forward(checkpoints, shape, Integer.MAX_VALUE, ONE);
    IllegalStateException thrown = assertThrows(IllegalStateException.class, checkpoints::due, "one more");
    assertTrue(thrown.getMessage().contains("more than 2147483647 iterations"), thrown.getMessage());
    Sweep sweep = reverse(checkpoints, shape, forward);
    assertEquals(1 << 30, sweep.taped());
    assertEquals(Integer.MAX_VALUE - (1 << 30), sweep.turned());
  }

  @Test
  void moreThanIntMaxTapedIterationsThrow() {
    Checkpoints taped = new Checkpoints(Integer.MAX_VALUE, 0, 1);
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
      for (long i = 0; i <= Integer.MAX_VALUE; i++) {
        taped.tapes(0);
      }
    });
    assertTrue(thrown.getMessage().contains("more than 2147483647 iterations"), thrown.getMessage());
  }
}
