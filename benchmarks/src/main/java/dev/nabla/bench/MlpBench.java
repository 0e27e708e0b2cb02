package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 4: the two-layer ReLU network's mean squared loss, 16 inputs, 32 hidden, batch 64, all 577 weights. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class MlpBench {
  private final Data.Mlp d = new Data.Mlp(4);
  private final double[] gradient = new double[d.size()];

  @Benchmark
  public double function() {
    return Workloads.mlpLoss(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys, gradient);
  }

  @Benchmark
  public double[] hipparchus() {
    return Hipparchus.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys);
  }

  @Benchmark
  public double[] finiteDifferences() {
    return d.finiteDifferences();
  }
}
