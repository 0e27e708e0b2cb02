package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 5b: m = 4 outputs of n = 400 inputs, the Jacobian (reverse mode should win). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class WideJacobianBench {
  private final double[] x = Data.point(Data.WIDE_N, 5);
  private final double[][] jacobian = new double[4][Data.WIDE_N];

  @Benchmark
  public double[] function() {
    return Workloads.wide(x);
  }

  @Benchmark
  public double[] generated() {
    return WorkloadsDerivatives.wideJacobian(x, jacobian);
  }

  @Benchmark
  public double[] handWritten() {
    return HandWritten.wideJacobian(x, jacobian);
  }

  /** The Jacobian in forward mode, one JVP per column: what choosing reverse mode saves. */
  @Benchmark
  public double[][] otherMode() {
    return OtherMode.byColumns(t -> WorkloadsDerivatives.wideJvp(x, t), 4, Data.WIDE_N);
  }

  @Benchmark
  public double[][] hipparchus() {
    return Hipparchus.wideJacobian(x);
  }

  @Benchmark
  public double[][] finiteDifferences() {
    return FiniteDifferences.jacobian(Workloads::wide, x, 4);
  }
}
