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
 * The gradient of a loop of 10⁶ to 10⁸ steps in a JVM of 384 MB: checkpointed, against the function alone (issue 15's
 * target: at most 6× its time). {@link LongLoopTapedBench} times the taped gradient, which needs a larger heap.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(jvmArgsAppend = "-Xmx384m")
public class LongLoopBench {
  /** The step and the damping: 10⁸ steps integrate to t = 1,000, over which the swing decays by e⁻¹. */
  static final double H = 1e-5;
  static final double C = 0.002;

  @Param({"1000000", "10000000", "50000000", "100000000"})
  public int steps;

  private final double[] gradient = new double[2];

  @Benchmark
  public double function() {
    return LongLoop.pendulum(1.3, C, H, steps);
  }

  @Benchmark
  public double generated() {
    return LongLoopDerivatives.pendulumGradient(1.3, C, H, steps, gradient);
  }
}
