package jdk21;

import dev.nabla.Differentiable;

/** Math.clamp of JDK 21 in its double, long-to-int and long overloads, for scripts/check-jdk21-math.sh. */
public class Clamp {
  @SuppressWarnings("nabla:kink")
  @Differentiable
  public static double clamped(double x, double lo, double hi) {
    return Math.clamp(x * x, lo, hi) + StrictMath.clamp(x, -1.0, 1.0);
  }

  @Differentiable
  public static double counted(double[] w, double t) {
    int i = Math.clamp((long) Math.floor(t), 0, w.length - 1);
    long j = Math.clamp((long) t, 0L, 1L);
    return w[i] * t + j * t;
  }
}
