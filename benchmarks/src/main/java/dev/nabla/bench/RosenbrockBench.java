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

/** Workload 3: extended Rosenbrock, n known only at run time, the gradient. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RosenbrockBench {
  @Param({"1000", "100000"})
  public int n;

  private double[] x;
  private double[] gradient;

  @Setup
  public void setUp() {
    x = Data.point(n, 3);
    gradient = new double[n];
  }

  @Benchmark
  public double function() {
    return Workloads.rosenbrock(x);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.rosenbrockGradient(x, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.rosenbrockGradient(x, gradient);
  }
}
