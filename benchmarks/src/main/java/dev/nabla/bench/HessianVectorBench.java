package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 6b: the Hessian–vector product of extended Rosenbrock at n = 1,000. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class HessianVectorBench {
  private final double[] x = Data.point(1000, 61);
  private final double[] v = Data.point(1000, 62);
  private final double[] hv = new double[1000];

  @Benchmark
  public double function() {
    return Workloads.rosenbrock(x);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.rosenbrockHessianVector(x, v, hv);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.rosenbrockHessianVector(x, v, hv);
  }

  @Benchmark
  public double[] hipparchus() {
    return Hipparchus.rosenbrockHessianVector(x, v);
  }

  /** Central differences of the hand-written gradient along v. */
  @Benchmark
  public double[] finiteDifferences() {
    return FiniteDifferences.hessianVector(HandWritten::rosenbrockGradient, x, v);
  }
}
