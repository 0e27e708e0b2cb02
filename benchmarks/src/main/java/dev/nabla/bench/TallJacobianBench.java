package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 5a: m = 400 outputs of n = 4 inputs, the Jacobian (forward mode should win). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TallJacobianBench {
  private final double[] x = {1.3, 0.2, 0.4, -0.1};
  private final double[] ts = Data.ts(Data.TALL_M);
  private final double[][] jacobian = new double[Data.TALL_M][Data.TALL_N];

  @Benchmark
  public double[] function() {
    return Workloads.tall(x, ts);
  }

  @Benchmark
  public double[] generated() {
    return WorkloadsDerivatives.tallJacobian(x, ts, jacobian);
  }

  @Benchmark
  public double[] handWritten() {
    return HandWritten.tallJacobian(x, ts, jacobian);
  }

  /** The Jacobian in reverse mode, one VJP per row: what choosing forward mode saves. */
  @Benchmark
  public double[][] otherMode() {
    return OtherMode.byRows(c -> WorkloadsDerivatives.tallVjp(x, ts, c), Data.TALL_M);
  }

  @Benchmark
  public double[][] hipparchus() {
    return Hipparchus.tallJacobian(x, ts);
  }

  @Benchmark
  public double[][] finiteDifferences() {
    return FiniteDifferences.jacobian(p -> Workloads.tall(p, ts), x, Data.TALL_M);
  }
}
