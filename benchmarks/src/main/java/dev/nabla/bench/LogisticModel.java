package dev.nabla.bench;

import dev.nabla.Differentiable;
import java.util.SplittableRandom;

/**
 * Workload 8, L2-regularised logistic regression as a model object: the batch and the penalty live in private final
 * fields, the loss is an instance method differentiated by nabla into {@code LogisticModelDerivatives}, and the
 * gradient an expert writes by hand sits next to it.
 */
public final class LogisticModel {
  private final double[][] xs;
  private final double[] ys;
  private final double lambda;

  public LogisticModel(double[][] xs, double[] ys, double lambda) {
    this.xs = xs;
    this.ys = ys;
    this.lambda = lambda;
  }

  /** A model of {@code batch} samples of {@code features} features in [−1, 1], labels 0 or 1, λ = 0.01. */
  public static LogisticModel random(int batch, int features, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] xs = new double[batch][features];
    double[] ys = new double[batch];
    for (int s = 0; s < batch; s++) {
      for (int k = 0; k < features; k++) {
        xs[s][k] = r.nextDouble(-1, 1);
      }
      ys[s] = xs[s][0] + 0.5 * xs[s][1] + 0.3 * r.nextDouble(-1, 1) > 0 ? 1 : 0;
    }
    return new LogisticModel(xs, ys, 0.01);
  }

  /** The number of weights the loss takes. */
  public int features() {
    return xs[0].length;
  }

  /** The mean negative log-likelihood Σₛ (log(1 + e^zₛ) − yₛzₛ) / batch + (λ/2)‖θ‖², zₛ = θ·xₛ. */
  @Differentiable
  public double loss(double[] theta) {
    int batch = ys.length;
    int n = theta.length;
    double sum = 0;
    for (int s = 0; s < batch; s++) {
      double z = 0;
      for (int k = 0; k < n; k++) {
        z += theta[k] * xs[s][k];
      }
      sum += Math.log1p(Math.exp(z)) - ys[s] * z;
    }
    double norm = 0;
    for (int k = 0; k < n; k++) {
      norm += theta[k] * theta[k];
    }
    return sum / batch + 0.5 * lambda * norm;
  }

  /** {@link #loss} and its gradient, by hand: e^zₛ computed once per sample and shared with the value. */
  public double lossGradient(double[] theta, double[] g) {
    int batch = ys.length;
    int n = theta.length;
    double norm = 0;
    for (int k = 0; k < n; k++) {
      norm += theta[k] * theta[k];
      g[k] = lambda * theta[k];
    }
    double sum = 0;
    for (int s = 0; s < batch; s++) {
      double[] x = xs[s];
      double z = 0;
      for (int k = 0; k < n; k++) {
        z += theta[k] * x[k];
      }
      double e = Math.exp(z);
      sum += Math.log1p(e) - ys[s] * z;
      double r = (e / (1 + e) - ys[s]) / batch;
      for (int k = 0; k < n; k++) {
        g[k] += r * x[k];
      }
    }
    return sum / batch + 0.5 * lambda * norm;
  }
}
