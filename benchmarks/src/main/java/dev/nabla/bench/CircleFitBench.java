package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 10: the gradient with respect to a record point, a {@link Circle} fitted to points near it. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CircleFitBench {
  final Circle circle = new Circle(0.1, -0.2, 1.3);
  final double[] x = Data.nearCircle(Data.LANDMARKS, 95)[0];
  final double[] y = Data.nearCircle(Data.LANDMARKS, 95)[1];
  private final double[] gradient = new double[3];

  @Benchmark
  public double function() {
    return Workloads.circleFit(circle, x, y);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.circleFitGradient(circle, x, y, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.circleFitGradient(circle, x, y, gradient);
  }
}
