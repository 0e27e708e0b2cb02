package dev.nabla.bench;

/**
 * Whether a long loop's gradient, checkpointed or taped, runs in the JVM's heap, and the heap it keeps after the call:
 * {@code java -Xmx384m -cp benchmarks.jar dev.nabla.bench.LongLoopMemory checkpointed 50000000} prints one line: the
 * schedule, the steps, the heap limit, the heap retained after the call (used heap after full GCs, less that before
 * the call) and the result, or the error that stopped the call. {@code benchmarks/long-loops.sh} runs it over a ladder
 * of heap sizes to find the least each schedule needs.
 */
public final class LongLoopMemory {
  private LongLoopMemory() {}

  public static void main(String[] args) {
    boolean taped = args[0].equals("taped");
    int steps = Integer.parseInt(args[1]);
    double[] gradient = new double[2];
    long before = usedAfterGc();
    String outcome;
    try {
      double f = taped ? LongLoopDerivatives.pendulumTapedGradient(1.3, LongLoopBench.C, LongLoopBench.H, steps,
          gradient) : LongLoopDerivatives.pendulumGradient(1.3, LongLoopBench.C, LongLoopBench.H, steps, gradient);
      outcome = "ok: f " + f + ", gradient " + gradient[0] + " " + gradient[1];
    } catch (OutOfMemoryError e) {
      outcome = "OutOfMemoryError";
    }
    System.out.printf("%s %d steps, -Xmx%dm: retained after the call %.1f MB (%s)%n", taped ? "taped" : "checkpointed",
        steps, Runtime.getRuntime().maxMemory() >> 20, (usedAfterGc() - before) / 1e6, outcome);
  }

  private static long usedAfterGc() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime r = Runtime.getRuntime();
    return r.totalMemory() - r.freeMemory();
  }
}
