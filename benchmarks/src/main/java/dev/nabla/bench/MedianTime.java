package dev.nabla.bench;

import java.util.Arrays;

/** Time to solution as the races against scipy measure it: a warm-up, then the median of repetitions. */
final class MedianTime {
  private MedianTime() {}

  /** Runs solve for warmupSeconds, then repetitions more times; returns the median in microseconds. */
  static double micros(Runnable solve, double warmupSeconds, int repetitions) {
    long end = System.nanoTime() + (long) (warmupSeconds * 1e9);
    while (System.nanoTime() < end) {
      solve.run();
    }
    double[] times = new double[repetitions];
    for (int r = 0; r < repetitions; r++) {
      long start = System.nanoTime();
      solve.run();
      times[r] = (System.nanoTime() - start) / 1e3;
    }
    Arrays.sort(times);
    return times[repetitions / 2];
  }
}
