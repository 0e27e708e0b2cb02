package dev.nabla.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** Workload 9: the gradient with respect to a record point, a {@link Pose} aligning landmarks to observations. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class AlignmentBench {
  final Pose pose = new Pose(0.3, -0.2, 0.4);
  final double[] px = Data.point(Data.LANDMARKS, 91);
  final double[] py = Data.point(Data.LANDMARKS, 92);
  final double[] qx = Data.point(Data.LANDMARKS, 93);
  final double[] qy = Data.point(Data.LANDMARKS, 94);
  private final double[] gradient = new double[3];

  @Benchmark
  public double function() {
    return Workloads.alignment(pose, px, py, qx, qy);
  }

  @Benchmark
  public double generated() {
    return WorkloadsDerivatives.alignmentGradient(pose, px, py, qx, qy, gradient);
  }

  /** The same gradient generated from {@link Workloads#alignmentScalars}, the pose as three {@code double}s. */
  @Benchmark
  public double generatedScalars() {
    return WorkloadsDerivatives.alignmentScalarsGradient(pose.x(), pose.y(), pose.theta(), px, py, qx, qy, gradient);
  }

  @Benchmark
  public double handWritten() {
    return HandWritten.alignmentGradient(pose, px, py, qx, qy, gradient);
  }
}
