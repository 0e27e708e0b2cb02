package dev.nabla;

import java.util.Arrays;

/**
 * Which segments of a loop a bounded stack of snapshots holds, and the order in which a reverse sweep restores,
 * advances, saves and turns them: the integer half of {@link Checkpoints}, which keeps the numbers.
 *
 * <p>Positions count segments from the first one that was not taped; the snapshot in slot k is the k-th from the
 * bottom of the stack. While the loop runs, {@link #push} and {@link #thin} keep snapshots evenly spaced; at its end
 * {@link #reverse} starts the reversal, and each {@link #next} returns one of {@link Checkpoints}' actions in segments
 * ({@link #first}, {@link #count}), {@link Checkpoints#DONE} when every segment is reversed.
 */
final class SegmentSchedule {
  /** The snapshots held before the stack first grows. */
  private static final int INITIAL_CAPACITY = 16;

  private final int budget;
  private int[] positions = new int[0];
  private int held;
  /** Segments between the snapshots taken while the loop runs. */
  private int spacing = 1;
  /** Reversal: the segments still to reverse are [0, fine). */
  private int fine;
  /** Reversal: the segment the caller's state is at, or -1 after a turn. */
  private int current = -1;
  private int first;
  private int count;

  /** A schedule that holds at most {@code budget} snapshots, an even number if the loop may {@link #thin} them. */
  SegmentSchedule(int budget) {
    this.budget = budget;
  }

  /** Snapshots held now. */
  int held() {
    return held;
  }

  /** The slots the stack can hold before it grows again (at most the budget). */
  int capacity() {
    return positions.length;
  }

  /** Whether every snapshot of the budget is held. */
  boolean full() {
    return held == budget;
  }

  /** The segment at which the loop's next snapshot is due. */
  long nextDue() {
    return held == 0 ? 0 : (long) positions[held - 1] + spacing;
  }

  /** Holds a snapshot of the state before the given segment on top of the stack and returns its slot. */
  int push(int position) {
    if (held == positions.length) {
      positions = Arrays.copyOf(positions, Math.min(budget, Math.max(INITIAL_CAPACITY, 2 * held)));
    }
    positions[held] = position;
    return held++;
  }

  /** Drops every other snapshot (slots 1, 3, 5 …) and moves the others down, doubling the spacing. */
  void thin() {
    keepEveryOther(positions, 1, held);
    held = (held + 1) / 2;
    spacing *= 2;
  }

  /** Moves the entries of the even slots of {@code count} slots of {@code width} entries down to the first slots. */
  static void keepEveryOther(Object array, int width, int count) {
    for (int slot = 1; 2 * slot < count; slot++) {
      System.arraycopy(array, 2 * slot * width, array, slot * width, width);
    }
  }

  /**
   * Whether reversing {@code segments} from every other snapshot takes fewer advances than from all of them: it
   * does when the last intervals, reversed while the earlier ones hold their snapshots, have too few left.
   */
  boolean thinningHelps(int segments) {
    return held > 1 && advances(segments, 2) < advances(segments, 1);
  }

  /**
   * The advances that reverse {@code segments} from the snapshots in slots 0, step, 2·step …: each interval between
   * two of them, last first, by binomial checkpointing with the snapshots the earlier intervals leave free.
   */
  private double advances(int segments, int step) {
    double advances = 0;
    for (int k = 0; k * step < held; k++) {
      int end = (k + 1) * step < held ? positions[(k + 1) * step] : segments;
      advances += Revolve.advances(end - positions[k * step], budget - k);
    }
    return advances;
  }

  /** Starts the reversal of segments [0, segments) from the snapshots held. */
  void reverse(int segments) {
    fine = segments;
    current = -1;
  }

  /** The next action of the reversal, in segments; {@link Checkpoints#DONE} when every segment is reversed. */
  int next() {
    if (fine == 0) {
      return Checkpoints.DONE;
    }
    if (current < 0) {
      while (positions[held - 1] >= fine) {
        held--;
      }
      current = positions[held - 1];
      return Checkpoints.RESTORE;
    }
    first = current;
    if (fine - current == 1) {
      count = 1;
      fine = current;
      current = -1;
      return Checkpoints.TURN;
    }
    if (current != positions[held - 1]) {
      push(current);
      return Checkpoints.SAVE;
    }
    count = Revolve.advance(fine - current, budget - held + 1);
    current += count;
    return Checkpoints.ADVANCE;
  }

  /** After a turn or an advance: its first segment. */
  int first() {
    return first;
  }

  /** After a turn or an advance: its number of segments. */
  int count() {
    return count;
  }
}
