package dev.nabla;

import java.util.Arrays;

/**
 * The snapshots and the schedule with which a generated reverse sweep reverses a loop of any length in memory bounded
 * by a tape limit.
 *
 * <p><b>Forward sweep.</b> Before each iteration the generated code calls {@link #tapes} with the tape's size: while
 * the loop has taped fewer than {@code tapeLimit} entries it tapes the iteration as any other code (the taped prefix,
 * P iterations). From the first iteration that would pass the limit on, it runs the loop without taping and calls
 * {@link #due} before each iteration; when that returns true it saves the loop's carried state (the scalars the loop
 * assigns) with one {@code save} call per number, doubles first, then longs, always in the same order. After the loop
 * it calls {@link #end}, which learns the trip count n.
 *
 * <p><b>Reverse sweep.</b> The generated code then performs the actions {@link #next} returns until {@link #DONE}:
 * {@link #RESTORE} sets the state from a snapshot ({@link #doubleAt} and {@link #longAt}, indexed in save order);
 * {@link #SAVE} saves the current state as the forward sweep did; {@link #ADVANCE} runs iterations [{@link #first},
 * {@code first + }{@link #steps}) without taping from the current state, which is at {@code first}; {@link #TURN} runs
 * them taped from there and reverses them; {@link #REVERSE}, always the last action before {@code DONE} and always
 * returned exactly once, reverses the taped prefix [0, P) from the tape, with 0 steps when nothing was taped (a loop of
 * 0 iterations, or {@code tapeLimit} 0).
 *
 * <p><b>Schedule.</b> A segment is L = max(1, P) consecutive iterations after the prefix, so that a turn tapes about
 * as much as the prefix did. Snapshots are taken before segments only and never exceed a budget of S =
 * clamp(tapeLimit / (doubles + longs), 16, 2^16) (rounded down to even): so many numbers fill about the tape limit,
 * 16 keep the recomputation of small limits modest, and 2^16 already reverse any {@code int} count of segments with two
 * advances of each at most, since C(2^16 + 2, 2) > 2^31 (past that, more memory saves less than one iteration of
 * every iteration). While the loop runs, a snapshot is taken every d segments, d = 1 at first; when S are held and
 * one more is due, every other one is dropped and d doubles: the classical online scheme whose gaps stay within twice
 * the even spacing of S snapshots over the run so far (the bound q ≤ 2 that K. Bringmann, B. Doerr, A. Neumann and
 * J. Sliacan, "Online checkpointing with improved worst-case guarantees", ICALP 2013, 255–266, improve on). The reverse
 * sweep reverses the intervals between the snapshots, last first, each by binomial checkpointing (Revolve: A. Griewank
 * and A. Walther, "Algorithm 799: revolve", ACM TOMS 26 (2000) 19–45) with the snapshots the earlier intervals leave
 * free. As the last intervals are reversed while all earlier ones hold theirs, {@link #end} first thins the snapshots
 * again, as often as that lowers the advances Revolve's formula predicts: a loop that ends with all S held would
 * otherwise reverse its last interval with one snapshot, quadratically. Online, the forward work (the sweep past the
 * prefix and the advances) is 4 to 9% above Revolve's offline optimum for the same budget in CheckpointsTest.
 *
 * <p>{@link #due} is a compare and an increment, {@link #tapes} a few; nothing is allocated per iteration: the snapshot
 * arrays grow by doubling up to S snapshots, and a loop that stays in its taped prefix allocates nothing at all. A
 * loop of more than {@link Integer#MAX_VALUE} iterations, and any call out of this order, throws
 * {@link IllegalStateException}.
 */
public final class Checkpoints {
  /** No action left: the loop is reversed. */
  public static final int DONE = 0;
  /** Set the state from the snapshot that {@link #doubleAt} and {@link #longAt} read. */
  public static final int RESTORE = 1;
  /** Save the current state, as after {@link #due} returned true. */
  public static final int SAVE = 2;
  /** Run {@link #steps} iterations from {@link #first} without taping. */
  public static final int ADVANCE = 3;
  /** Run {@link #steps} iterations from {@link #first} taped, then reverse them. */
  public static final int TURN = 4;
  /** Reverse iterations [{@link #first}, {@code first + }{@link #steps}) from the taped prefix. */
  public static final int REVERSE = 5;

  private static final int MIN_SNAPSHOTS = 16;
  private static final int MAX_SNAPSHOTS = 1 << 16;
  private static final double[] NO_DOUBLES = {};
  private static final long[] NO_LONGS = {};

  private final int tapeLimit;
  private final int doubles;
  private final int longs;
  private final int budget;
  /** Created with the first snapshot. */
  private SegmentSchedule schedule;
  /** The snapshots the arrays hold room for. */
  private int capacity;
  private double[] doubleValues = NO_DOUBLES;
  private long[] longValues = NO_LONGS;

  private boolean taping = true;
  private int mark;
  /** The index of the next iteration, n after the loop. */
  private int iteration;
  /** The iteration at which {@link #due} next has work: a snapshot, or the end of the {@code int} range. */
  private int nextStop;
  /** P: the iterations taped, fixed when the prefix ends. */
  private int prefix;
  /** L: the iterations of a segment. */
  private int segment = 1;
  private boolean ended;

  /** The last action {@link #next} returned, -1 before. */
  private int action = -1;
  /** {@link #SAVE} while save may be called, {@link #RESTORE} while restore may be, {@link #DONE} otherwise. */
  private int pending = DONE;
  private int doubleCursor;
  private int doubleEnd;
  private int longCursor;
  private int longEnd;
  private int first;
  private int steps;

  /**
   * A loop's checkpoints.
   *
   * @param tapeLimit the tape entries the loop may use, at least 0
   * @param doubles the doubles of one snapshot of the loop's state
   * @param longs the longs of one snapshot of the loop's state
   */
  public Checkpoints(int tapeLimit, int doubles, int longs) {
    if (tapeLimit < 0 || doubles < 0 || longs < 0) {
      throw new IllegalArgumentException("negative tape limit or state size: " + tapeLimit + ", " + doubles + ", "
          + longs);
    }
    this.tapeLimit = tapeLimit;
    this.doubles = doubles;
    this.longs = longs;
    long fill = tapeLimit / Math.max(1L, (long) doubles + longs);
    this.budget = (int) Math.min(MAX_SNAPSHOTS, Math.max(MIN_SNAPSHOTS, fill)) & ~1;
  }

  /**
   * Before each iteration of the forward sweep: whether to tape it. The first call marks the loop's start on the tape;
   * the answer is true while {@code tapeSize} is less than {@code tapeLimit} past the mark, then false for good.
   *
   * @param tapeSize the tape's size now, in entries
   */
  public boolean tapes(int tapeSize) {
    if (!taping) {
      return false;
    }
    if (iteration == 0) {
      mark = tapeSize;
    }
    if (tapeSize - mark < tapeLimit) {
      if (iteration == Integer.MAX_VALUE) {
        throw tooManyIterations();
      }
      iteration++;
      return true;
    }
    endPrefix();
    return false;
  }

  /**
   * Before each iteration that is not taped: counts it, and returns whether the state before it must be saved now,
   * with one {@code save} call per number, doubles first, then longs.
   */
  public boolean due() {
    if (iteration != nextStop) {
      iteration++;
      return false;
    }
    return stop();
  }

  private boolean stop() {
    if (iteration == Integer.MAX_VALUE) {
      throw tooManyIterations();
    }
    if (ended) {
      throw new IllegalStateException("due() after end()");
    }
    if (taping) {
      endPrefix();
    }
    if (schedule == null) {
      schedule = new SegmentSchedule(budget);
    } else {
      requireSaved();
      if (schedule.full()) {
        thin();
      }
    }
    open(schedule.push((iteration - prefix) / segment), SAVE);
    iteration++;
    nextStop = (int) Math.min(Integer.MAX_VALUE, prefix + schedule.nextDue() * segment);
    return true;
  }

  private void endPrefix() {
    taping = false;
    prefix = iteration;
    segment = Math.max(1, prefix);
    nextStop = prefix;
  }

  private static IllegalStateException tooManyIterations() {
    return new IllegalStateException("a checkpointed loop ran more than " + Integer.MAX_VALUE + " iterations");
  }

  /** Saves the next double of the state, after {@link #due} returned true or {@link #next} returned {@link #SAVE}. */
  public void save(double value) {
    if (pending != SAVE || doubleCursor == doubleEnd) {
      throw new IllegalStateException("save(double) without a snapshot due, or past its " + doubles + " doubles");
    }
    doubleValues[doubleCursor++] = value;
  }

  /** Saves the next long of the state, after its doubles. */
  public void save(long value) {
    if (pending != SAVE || longCursor == longEnd) {
      throw new IllegalStateException("save(long) without a snapshot due, or past its " + longs + " longs");
    }
    longValues[longCursor++] = value;
  }

  /** After the loop: the trip count is known; plans the reverse sweep. */
  public void end() {
    if (ended) {
      throw new IllegalStateException("end() called twice");
    }
    ended = true;
    taping = false;
    nextStop = iteration;
    if (schedule != null) {
      requireSaved();
      pending = DONE;
      int segments = (int) (((long) iteration - prefix + segment - 1) / segment);
      while (schedule.thinningHelps(segments)) {
        thin();
      }
      schedule.reverse(segments);
    } else {
      prefix = iteration;
    }
  }

  /** The next action of the reverse sweep: {@link #DONE} at the end, and from then on. */
  public int next() {
    if (!ended) {
      throw new IllegalStateException("next() before end()");
    }
    requireSaved();
    pending = DONE;
    int next = schedule == null ? DONE : schedule.next();
    if (next == RESTORE || next == SAVE) {
      open(schedule.held() - 1, next);
    } else if (next != DONE) {
      first = prefix + schedule.first() * segment;
      steps = (int) Math.min((long) schedule.count() * segment, iteration - first);
    } else if (action != REVERSE && action != DONE) {
      next = REVERSE;
      first = 0;
      steps = prefix;
    }
    action = next;
    return action;
  }

  /**
   * After {@link #RESTORE}: double {@code k} of the snapshot, in save order. Reads do not move anything, so that code
   * which restores only part of the state (its other variables are dead) reads the right numbers.
   */
  public double doubleAt(int k) {
    if (pending != RESTORE || k < 0 || k >= doubles) {
      throw new IllegalStateException("doubleAt(" + k + ") without RESTORE, or past its " + doubles + " doubles");
    }
    return doubleValues[doubleCursor + k];
  }

  /** After {@link #RESTORE}: long {@code k} of the snapshot, in save order, as {@link #doubleAt}. */
  public long longAt(int k) {
    if (pending != RESTORE || k < 0 || k >= longs) {
      throw new IllegalStateException("longAt(" + k + ") without RESTORE, or past its " + longs + " longs");
    }
    return longValues[longCursor + k];
  }

  /** After {@link #TURN}, {@link #REVERSE} or {@link #ADVANCE}: the index of its first iteration, from 0. */
  public int first() {
    requireRange();
    return first;
  }

  /** After {@link #TURN}, {@link #REVERSE} or {@link #ADVANCE}: its number of iterations. */
  public int steps() {
    requireRange();
    return steps;
  }

  /** The most snapshots held at once. */
  int budget() {
    return budget;
  }

  /** The snapshots held now. */
  int held() {
    return schedule == null ? 0 : schedule.held();
  }

  private void requireRange() {
    if (action != TURN && action != REVERSE && action != ADVANCE) {
      throw new IllegalStateException("first() and steps() belong to TURN, REVERSE and ADVANCE");
    }
  }

  private void requireSaved() {
    if (pending == SAVE && (doubleCursor != doubleEnd || longCursor != longEnd)) {
      throw new IllegalStateException("a snapshot takes " + doubles + " doubles and " + longs + " longs");
    }
  }

  /** Points the cursors at a slot for saving or restoring, growing the arrays to the schedule's capacity. */
  private void open(int slot, int use) {
    if (capacity != schedule.capacity()) {
      capacity = schedule.capacity();
      doubleValues = Arrays.copyOf(doubleValues, capacity * doubles);
      longValues = Arrays.copyOf(longValues, capacity * longs);
    }
    pending = use;
    doubleCursor = slot * doubles;
    doubleEnd = doubleCursor + doubles;
    longCursor = slot * longs;
    longEnd = longCursor + longs;
  }

  private void thin() {
    SegmentSchedule.keepEveryOther(doubleValues, doubles, schedule.held());
    SegmentSchedule.keepEveryOther(longValues, longs, schedule.held());
    schedule.thin();
  }
}
