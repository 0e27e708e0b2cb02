package dev.nabla;

/**
 * Griewank and Walther's binomial checkpointing in closed form: how far to advance before the next snapshot, and how
 * many advances an optimal reversal takes.
 *
 * <p>A reversal of c segments from a snapshot of the first one, with s snapshots in all (that one included), runs
 * segments forward without taping ("advances") and turns one segment at a time, last first. With t advances of each
 * segment at most, β(s, t) = C(s + t, s) segments can be reversed, so the repetition number is the least t with
 * c ≤ β(s, t), and the fewest segment advances are t·c − β(s + 1, t − 1) = t·c − C(s + t, t − 1) (Griewank 1992;
 * the {@code numforw} of Griewank and Walther's revolve.c). A reversal reaches that count when its first advance m
 * keeps both parts within their repetition numbers, β(s, t − 2) ≤ m ≤ β(s, t − 1) and β(s − 1, t − 1) ≤ c − m ≤
 * β(s − 1, t): the first m segments are then reversed from the same snapshot with one advance fewer, the other c − m
 * from a snapshot at m with one snapshot fewer. revolve.c picks its step within this range; {@link #advance} takes
 * its smallest m, which takes the fewest snapshots, and {@code CheckpointsTest} checks the range and the count
 * against an exhaustive search.
 *
 * <p>References: A. Griewank, "Achieving logarithmic growth of temporal and spatial complexity in reverse automatic
 * differentiation", Optimization Methods and Software 1 (1992) 35–54; A. Griewank and A. Walther, "Algorithm 799:
 * revolve: an implementation of checkpointing for the reverse or adjoint mode of computational differentiation", ACM
 * Transactions on Mathematical Software 26 (2000) 19–45, and its revolve.c as distributed with ADOL-C.
 */
final class Revolve {
  private Revolve() {}

  /**
   * The segments to advance from a snapshot before the next one is taken, when {@code segments} ≥ 2 are reversed
   * from it with {@code snapshots} ≥ 1 (it included): {@code segments − 1} with one snapshot, which turns the last.
   */
  static int advance(int segments, int snapshots) {
    if (snapshots == 1) {
      return segments - 1;
    }
    int t = repetitions(segments, snapshots);
    long range = beta(snapshots, t);
    long previous = range * t / (snapshots + t);
    long beforePrevious = t < 2 ? 0 : previous * (t - 1) / (snapshots + t - 1);
    long fewerSnapshots = range * snapshots / (snapshots + t);
    return (int) Math.max(1, Math.max(beforePrevious, segments - fewerSnapshots));
  }

  /** The fewest segment advances that reverse {@code segments} ≥ 1 with {@code snapshots} ≥ 1: t·c − C(s+t, t−1). */
  static long advances(int segments, int snapshots) {
    if (snapshots == 1) {
      return (long) segments * (segments - 1) / 2;
    }
    int t = repetitions(segments, snapshots);
    return (long) t * segments - beta(snapshots, t) * t / (snapshots + 1);
  }

  /** The least t with C(s + t, s) ≥ c: how often an optimal reversal advances a segment at most. */
  static int repetitions(int segments, int snapshots) {
    if (snapshots == 1) {
      return segments - 1;
    }
    int t = 0;
    // range < segments < 2^31 and snapshots + t < 2^21 before each product: no long overflows
    for (long range = 1; range < segments; range = range * (snapshots + t) / t) {
      t++;
    }
    return t;
  }

  /** β(s, t) = C(s + t, s), for a t no larger than the repetition number of an int count of segments. */
  private static long beta(int snapshots, int t) {
    long range = 1;
    for (int i = 1; i <= t; i++) {
      range = range * (snapshots + i) / i;
    }
    return range;
  }
}
