package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 3's baselines, at n = 1,000 only: forward mode and finite differences cost O(n²), about 10¹⁰ operations
 * per gradient at n = 100,000.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RosenbrockBaselineBench {
  @Param({"1000"})
  public int n;

  private double[] x;

  @Setup
  public void setUp() {
    x = Data.point(n, 3);
  }

  @Benchmark
  public double[] hipparchus() {
    return Hipparchus.rosenbrockGradient(x);
  }

  @Benchmark
  public double[] finiteDifferences() {
    return FiniteDifferences.gradient(Workloads::rosenbrock, x);
  }
}
