package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The gradient of {@link LongLoopBench}'s loop taped whatever its length: its tape needs a heap of gigabytes (more
 * than 8 for 10⁸ steps).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx14g")
public class LongLoopTapedBench {
  @Param({"1000000", "10000000", "50000000", "100000000"})
  public int steps;

  private final double[] gradient = new double[2];

  @Benchmark
  public double taped() {
    return LongLoopDerivatives.pendulumTapedGradient(1.3, LongLoopBench.C, LongLoopBench.H, steps, gradient);
  }
}
