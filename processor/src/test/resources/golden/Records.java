package golden;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/**
 * Methods over records: the JVP of {@code tip} (a nested record in, a record out) is in
 * golden/records/Jvp.txt and the least-squares adapter of {@code residuals} in golden/records/LeastSquares.txt.
 */
public class Records {
  public record Point(double x, double y) {}

  public record Pose(Point position, double heading) {}

  public record Params(double a, double[] w) {}

  @Differentiable public static Point tip(Pose base, double[] q, @NoDerivative double upper,
      @NoDerivative double lower) {
    double shoulder = base.heading() + q[0];
    double elbow = shoulder + q[1];
    return new Point(base.position().x() + upper * Math.cos(shoulder) + lower * Math.cos(elbow),
        base.position().y() + upper * Math.sin(shoulder) + lower * Math.sin(elbow));
  }

  @Differentiable public static double[] residuals(Params p, @NoDerivative double[] t, @NoDerivative double[] y) {
    double[] r = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      r[i] = p.a() * Math.exp(-t[i]) + p.w()[0] + p.w()[1] * t[i] - y[i];
    }
    return r;
  }
}
