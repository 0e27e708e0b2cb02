package dev.nabla.sample;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;
import dev.nabla.Output;

/** The README's examples of the shapes a point and a result may take: an output parameter and record points. */
final class ReadmeShapes {
  private ReadmeShapes() {}

  @Differentiable
  static void residuals(double[] p, @NoDerivative double[] t, @NoDerivative double[] y, @Output double[] r) {
    for (int i = 0; i < t.length; i++) {
      r[i] = p[0] * Math.exp(-p[1] * t[i]) + p[2] - y[i];
    }
  }

  record Point(double x, double y) {}
  record Pose(Point position, double heading) {}

  @Differentiable
  static Point tip(Pose base, double[] q, @NoDerivative double upper, @NoDerivative double lower) {
    double shoulder = base.heading() + q[0];
    double elbow = shoulder + q[1];
    return new Point(base.position().x() + upper * Math.cos(shoulder) + lower * Math.cos(elbow),
        base.position().y() + upper * Math.sin(shoulder) + lower * Math.sin(elbow));
  }
}
