package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 1: the notes' AD example, f'(x) at one point. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AdExampleBench {
  public double x = 0.7;
  private final double[] gradient = new double[1];

  @Benchmark
  public double function() {
    return Workloads.adExample(x);
  }

  /** The generated out-parameter form: f and f' in one call. */
  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.adExampleGradient(x, gradient) + gradient[0];
  }

  /** The generated convenience form f'(x). */
  @Benchmark
  public double generatedDerivative() {
    return WorkloadsDerivatives.adExampleDerivative(x);
  }

  /** Hand-written f and f′ in one call, the contract of the generated out-parameter form. */
  @Benchmark
  public double handWrittenGradient() {
    return HandWritten.adExampleGradient(x, gradient) + gradient[0];
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.adExampleDerivative(x);
  }

  @Benchmark
  public double hipparchus() {
    return Hipparchus.adExampleDerivative(x);
  }

  @Benchmark
  public double finiteDifferences() {
    return FiniteDifferences.derivative(Workloads::adExample, x);
  }
}
