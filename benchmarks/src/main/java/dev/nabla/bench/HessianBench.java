package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 6a: the 10×10 Hessian of equation 2.17. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HessianBench {
  private final double[] x = Data.point(10, 6);

  @Benchmark
  public double function() {
    return Workloads.eq217(x);
  }

  @Benchmark
  public double[][] generated() {
    return WorkloadsDerivatives.eq217Hessian(x);
  }

  @Benchmark
  public double[][] handWritten() {
    return HandWritten.eq217Hessian(x);
  }

  @Benchmark
  public double[][] hipparchus() {
    return Hipparchus.eq217Hessian(x);
  }

  @Benchmark
  public double[][] finiteDifferences() {
    return FiniteDifferences.hessian(Workloads::eq217, x);
  }
}
