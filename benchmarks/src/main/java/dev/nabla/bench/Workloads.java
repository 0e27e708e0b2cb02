package dev.nabla.bench;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/** The benchmark workloads, differentiated by nabla into {@code WorkloadsDerivatives}. */
public final class Workloads {
  private Workloads() {}

  /** Workload 1, the notes' AD example: f(x) = √(x² + eˣ²) + cos(x² + eˣ²). */
  @Differentiable
  public static double adExample(double x) {
    double a = x * x;
    double b = Math.exp(a);
    double c = a + b;
    return Math.sqrt(c) + Math.cos(c);
  }

  /** Workload 2, equation 2.17: Σᵢ 0.1(xᵢ − (i+1))² + sin(xᵢ)·cos(x₍ᵢ₊₁₎ mod n) + exp(−xᵢ²). */
  @Differentiable
  public static double eq217(double[] x) {
    int n = x.length;
    double sum = 0;
    for (int i = 0; i < n; i++) {
      double shift = x[i] - (i + 1);
      sum += 0.1 * shift * shift + Math.sin(x[i]) * Math.cos(x[(i + 1) % n]) + Math.exp(-x[i] * x[i]);
    }
    return sum;
  }

  /** Workload 2 with the size fixed at compile time: the 50-iteration loop is unrolled into straight-line code. */
  @Differentiable
  public static double eq217Fixed(double[] x) {
    double sum = 0;
    for (int i = 0; i < 50; i++) {
      double shift = x[i] - (i + 1);
      sum += 0.1 * shift * shift + Math.sin(x[i]) * Math.cos(x[(i + 1) % 50]) + Math.exp(-x[i] * x[i]);
    }
    return sum;
  }

  /** A fixed-size body the processor unrolls (50 iterations, within its budget): straight-line code, no tape. */
  @Differentiable
  public static double ring50(double[] x) {
    double sum = 0;
    for (int i = 0; i < 50; i++) {
      double d = x[i] - x[(i + 1) % 50];
      sum += Math.sin(d) * d;
    }
    return sum;
  }

  /** Workload 3, extended Rosenbrock: Σ over pairs of 100(x₂ᵢ₊₁ − x₂ᵢ²)² + (1 − x₂ᵢ)², n even, known at run time. */
  @Differentiable
  public static double rosenbrock(double[] x) {
    int n = x.length;
    double sum = 0;
    for (int i = 0; i < n; i += 2) {
      double a = x[i + 1] - x[i] * x[i];
      double b = 1 - x[i];
      sum += 100 * a * a + b * b;
    }
    return sum;
  }

  /**
   * Workload 4, the two-layer ReLU network's mean squared loss over a batch: ŷ = w2·max(W1·x + b1, 0) + b2, W1 is
   * hidden×inputs. ReLU's kink is intended, as in the sample app's network.
   */
  @SuppressWarnings("nabla:kink")
  @Differentiable
  public static double mlpLoss(double[][] w1, double[] b1, double[] w2, double b2,
      @NoDerivative double[][] xs, @NoDerivative double[] ys) {
    int batch = ys.length;
    int hidden = b1.length;
    int inputs = xs[0].length;
    double loss = 0;
    for (int s = 0; s < batch; s++) {
      double y = b2;
      for (int j = 0; j < hidden; j++) {
        double z = b1[j];
        for (int k = 0; k < inputs; k++) {
          z += w1[j][k] * xs[s][k];
        }
        y += w2[j] * Math.max(z, 0);
      }
      double e = y - ys[s];
      loss += e * e;
    }
    return loss / batch;
  }

  /** Workload 5a, m ≫ n: a four-parameter model r(t) = sin(x₀t + x₁)·exp(−x₂t) + x₃t² at every t. */
  @Differentiable
  public static double[] tall(double[] x, @NoDerivative double[] ts) {
    double[] r = new double[ts.length];
    for (int i = 0; i < ts.length; i++) {
      double t = ts[i];
      r[i] = Math.sin(x[0] * t + x[1]) * Math.exp(-x[2] * t) + x[3] * t * t;
    }
    return r;
  }

  /** Workload 5b, n ≫ m: four statistics of a long vector. */
  @Differentiable
  public static double[] wide(double[] x) {
    int n = x.length;
    double[] r = new double[4];
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      r[0] += xi * xi;
      r[1] += Math.sin(xi);
      r[2] += xi * x[(i + 1) % n];
      r[3] += Math.exp(-xi);
    }
    return r;
  }

  /**
   * Workload 9, a record point: the squared distance Σᵢ ‖R(θ)pᵢ + (x, y) − qᵢ‖² between landmarks pᵢ moved by a
   * {@link Pose} and their observations qᵢ, as in a 2-D scan alignment.
   */
  @Differentiable
  public static double alignment(Pose pose, @NoDerivative double[] px, @NoDerivative double[] py,
      @NoDerivative double[] qx, @NoDerivative double[] qy) {
    double c = Math.cos(pose.theta());
    double s = Math.sin(pose.theta());
    double sum = 0;
    for (int i = 0; i < px.length; i++) {
      double dx = c * px[i] - s * py[i] + pose.x() - qx[i];
      double dy = s * px[i] + c * py[i] + pose.y() - qy[i];
      sum += dx * dx + dy * dy;
    }
    return sum;
  }

  /**
   * Workload 9 with the pose as three {@code double}s: the same function, so that the record's own cost shows as
   * the ratio of the two generated gradients.
   */
  @Differentiable
  public static double alignmentScalars(double x, double y, double theta, @NoDerivative double[] px,
      @NoDerivative double[] py, @NoDerivative double[] qx, @NoDerivative double[] qy) {
    double c = Math.cos(theta);
    double s = Math.sin(theta);
    double sum = 0;
    for (int i = 0; i < px.length; i++) {
      double dx = c * px[i] - s * py[i] + x - qx[i];
      double dy = s * px[i] + c * py[i] + y - qy[i];
      sum += dx * dx + dy * dy;
    }
    return sum;
  }

  /**
   * Workload 10, a record point: the geometric circle fit Σᵢ (‖pᵢ − centre‖ − r)² of a {@link Circle} to measured
   * points pᵢ = (xᵢ, yᵢ), as in roundness metrology.
   */
  @Differentiable
  public static double circleFit(Circle circle, @NoDerivative double[] x, @NoDerivative double[] y) {
    double sum = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - circle.cx();
      double dy = y[i] - circle.cy();
      double residual = Math.sqrt(dx * dx + dy * dy) - circle.r();
      sum += residual * residual;
    }
    return sum;
  }
}
