package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 2: equation 2.17 at n = 50, the gradient. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Eq217Bench {
  private final double[] x = Data.point(50, 217);
  private final double[] gradient = new double[50];

  @Benchmark
  public double function() {
    return Workloads.eq217(x);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.eq217Gradient(x, gradient);
  }

  /** The same body with the loop bound 50 written in the source. */
  @Benchmark
  public double generatedFixed() {
    return WorkloadsDerivatives.eq217FixedGradient(x, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.eq217Gradient(x, gradient);
  }

  @Benchmark
  public double[] hipparchus() {
    return Hipparchus.eq217Gradient(x);
  }

  @Benchmark
  public double[] finiteDifferences() {
    return FiniteDifferences.gradient(Workloads::eq217, x);
  }
}
