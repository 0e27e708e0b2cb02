package dev.nabla.bench;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * The gradient of a function reading a {@code private static final} coefficient table, which the generated class reads
 * through a {@code VarHandle}, against the same function reading a package-private table, which it reads directly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PrivateTableBench {
  /** In [0.5, 3.5], away from the Lanczos sum's poles. */
  final double[] x = Arrays.stream(Data.point(50, 53)).map(v -> v + 2).toArray();
  private final double[] gradient = new double[50];

  @Benchmark
  public double function() {
    return Lanczos.privateTable(x);
  }

  @Benchmark
  public double privateTable() {
    return LanczosDerivatives.privateTableGradient(x, gradient);
  }

  @Benchmark
  public double packagePrivateTable() {
    return LanczosDerivatives.packagePrivateTableGradient(x, gradient);
  }
}
