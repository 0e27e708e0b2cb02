package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** A fixed-size body the processor unrolls: checks 0 bytes per call and straight-line code speed. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Ring50Bench {
  private final double[] x = Data.point(50, 50);
  private final double[] gradient = new double[50];

  @Benchmark
  public double function() {
    return Workloads.ring50(x);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.ring50Gradient(x, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.ring50Gradient(x, gradient);
  }

  @Benchmark
  public double[] finiteDifferences() {
    return FiniteDifferences.gradient(Workloads::ring50, x);
  }
}
