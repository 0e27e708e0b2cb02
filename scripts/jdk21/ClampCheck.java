package jdk21;

import java.util.Arrays;

/** Compares the derivatives nabla generates for {@link Clamp} with central differences and the bounds' convention. */
public final class ClampCheck {
  private static int failures;

  private ClampCheck() {}

  public static void main(String[] args) {
    for (double[] p : new double[][] {{0.5, -1.0, 1.0}, {1.3, 0.2, 1.5}, {1.5, 0.2, 1.1}, {0.2, 0.3, 2.0}}) {
      double[] g = ClampDerivatives.clampedGradient(p[0], p[1], p[2]);
      double[] fd = new double[3];
      for (int k = 0; k < 3; k++) {
        double[] up = p.clone();
        double[] down = p.clone();
        up[k] += 1e-6;
        down[k] -= 1e-6;
        fd[k] = (Clamp.clamped(up[0], up[1], up[2]) - Clamp.clamped(down[0], down[1], down[2])) / 2e-6;
      }
      expect(fd, g, 1e-6, "clamped at " + Arrays.toString(p));
    }
    // at x = 0.5, x² = 0.25 is at the lower bound and x inside: 2x + 1; at x = 1, both at upper bounds: 2x + 1
    expect(new double[] {2, 0, 0}, ClampDerivatives.clampedGradient(0.5, 0.25, 1.0), 0, "clamped at a lower bound");
    expect(new double[] {3, 0, 0}, ClampDerivatives.clampedGradient(1.0, 0.0, 1.0), 0, "clamped at upper bounds");
    double[] w = {0.5, -1.5, 2.0};
    for (double t : new double[] {-1.5, 0.4, 1.6, 4.2}) {
      double[] g = ClampDerivatives.countedGradient(w, t);
      double fd = (Clamp.counted(w, t + 1e-6) - Clamp.counted(w, t - 1e-6)) / 2e-6;
      expect(new double[] {fd}, new double[] {g[w.length]}, 1e-6, "counted at " + t);
    }
    System.out.println(failures == 0 ? "Math.clamp: all derivatives agree" : failures + " mismatches");
    System.exit(failures == 0 ? 0 : 1);
  }

  private static void expect(double[] expected, double[] actual, double tol, String what) {
    for (int i = 0; i < expected.length; i++) {
      if (!(Math.abs(expected[i] - actual[i]) <= tol * Math.max(1, Math.abs(expected[i])))) {
        System.out.println(what + ": expected " + Arrays.toString(expected) + ", got " + Arrays.toString(actual));
        failures++;
        return;
      }
    }
  }
}
