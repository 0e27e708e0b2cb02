package dev.nabla.sample;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/** Objectives from the optimization lecture notes, differentiated by nabla at compile time. */
public final class OptimizationProblems {
  private OptimizationProblems() {}

  /** Equation 2.4: f(x) = x⁴ + 7x³ + 5x² − 17x + 3. */
  @Differentiable
  public static double polynomial(double x) {
    return x * x * x * x + 7 * x * x * x + 5 * x * x - 17 * x + 3;
  }

  /** Equation 2.8, the quadratic bowl f(x) = ((x₁ − a)/4)² + ((x₂ − b)/3)², minimal at (a, b). */
  @Differentiable
  public static double bowl(double[] x, @NoDerivative double a, @NoDerivative double b) {
    double u = (x[0] - a) / 4;
    double v = (x[1] - b) / 3;
    return u * u + v * v;
  }

  /** The residuals Aθ − b of linear regression (equation 2.3). */
  @Differentiable
  public static double[] residuals(double[] theta, @NoDerivative double[][] a, @NoDerivative double[] b) {
    double[] r = new double[b.length];
    for (int i = 0; i < b.length; i++) {
      double prediction = 0;
      for (int j = 0; j < theta.length; j++) {
        prediction += a[i][j] * theta[j];
      }
      r[i] = prediction - b[i];
    }
    return r;
  }

  /** The least-squares cost ‖Aθ − b‖² (equation 2.3). */
  @Differentiable
  public static double sumOfSquares(double[] theta, @NoDerivative double[][] a, @NoDerivative double[] b) {
    double[] r = residuals(theta, a, b);
    double sum = 0;
    for (int i = 0; i < r.length; i++) {
      sum += r[i] * r[i];
    }
    return sum;
  }

  /**
   * The notes' two-layer ReLU network (equation 1.9) for one sample x: z = W1·x + b1, a = max(z, 0),
   * ŷ = w2·a + b2, with θ = [W1 row by row, b1, w2, b2] and {@code hidden} units. ReLU's kink is intended: at
   * z = 0 its derivative is taken as ½.
   */
  @SuppressWarnings("nabla:kink")
  @Differentiable
  public static double network(double[] theta, @NoDerivative double[] x, int hidden) {
    int inputs = x.length;
    int b1 = hidden * inputs;
    int w2 = b1 + hidden;
    double y = theta[w2 + hidden];
    for (int j = 0; j < hidden; j++) {
      double z = theta[b1 + j];
      for (int k = 0; k < inputs; k++) {
        z += theta[j * inputs + k] * x[k];
      }
      y += theta[w2 + j] * Math.max(z, 0);
    }
    return y;
  }

  /** The squared loss (ŷ − y)² of the network on one sample (equation 1.10). */
  @Differentiable
  public static double networkLoss(double[] theta, @NoDerivative double[] x, @NoDerivative double y, int hidden) {
    double error = network(theta, x, hidden) - y;
    return error * error;
  }

  /** The number of parameters of {@link #network} with the given input and hidden sizes. */
  public static int networkSize(int inputs, int hidden) {
    return hidden * inputs + 2 * hidden + 1;
  }
}
