package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 8: an instance method's gradient, the receiver's private fields read by the generated class. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class LogisticModelBench {
  final LogisticModel model = LogisticModel.random(Data.LOGISTIC_BATCH, Data.LOGISTIC_FEATURES, 8);
  final double[] theta = Data.point(Data.LOGISTIC_FEATURES, 81);
  private final double[] gradient = new double[Data.LOGISTIC_FEATURES];

  @Benchmark
  public double function() {
    return model.loss(theta);
  }

  @Benchmark
  public double generated() {
    return LogisticModelDerivatives.lossGradient(model, theta, gradient);
  }

  /** The hand-written gradient, a method of the model reading its fields directly. */
  @Benchmark
  public double handWritten() {
    return model.lossGradient(theta, gradient);
  }
}
