package golden;

import dev.nabla.Differentiable;
import java.util.Arrays;
import java.util.Objects;

/** A method with code nabla keeps as written: its generated gradient is in golden/passive/Gradient.txt. */
public class Passive {
  static final double[] KNOTS = {0, 1, 2, 4};
  static final String UNIT = "km";

  @Differentiable public static double interpolate(double[] y, double t) {
    Objects.requireNonNull(y, "y");
    int k = Arrays.binarySearch(KNOTS, t);
    int i = Math.max(0, Math.min(k >= 0 ? k : -k - 2, KNOTS.length - 2));
    double w = (t - KNOTS[i]) / (KNOTS[i + 1] - KNOTS[i]);
    double v = y[i] * (1 - w) + y[i + 1] * w * w;
    System.out.println("interpolate(" + t + ") = " + v + " " + UNIT);
    return switch (UNIT) {
      case "m" -> v;
      case "km" -> v * 1000;
      default -> Double.NaN;
    };
  }
}
