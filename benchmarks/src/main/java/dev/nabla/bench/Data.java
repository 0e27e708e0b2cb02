package dev.nabla.bench;

import java.util.SplittableRandom;

/** Deterministic inputs shared by the benchmarks and the agreement test. */
public final class Data {
  private Data() {}

  public static final int MLP_INPUTS = 16;
  public static final int MLP_HIDDEN = 32;
  public static final int MLP_BATCH = 64;
  public static final int TALL_N = 4;
  public static final int TALL_M = 400;
  public static final int WIDE_N = 400;
  public static final int LOGISTIC_BATCH = 64;
  public static final int LOGISTIC_FEATURES = 16;
  public static final int LANDMARKS = 100;

  public static double[] point(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = r.nextDouble(-1.5, 1.5);
    }
    return x;
  }

  /** {@code n} points {x, y} at random angles around the unit circle, their distances from it within ±0.05. */
  public static double[][] nearCircle(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    double[][] xy = new double[2][n];
    for (int i = 0; i < n; i++) {
      double angle = r.nextDouble(0, 2 * Math.PI);
      double radius = 1 + r.nextDouble(-0.05, 0.05);
      xy[0][i] = radius * Math.cos(angle);
      xy[1][i] = radius * Math.sin(angle);
    }
    return xy;
  }

  public static double[] ts(int m) {
    double[] ts = new double[m];
    for (int i = 0; i < m; i++) {
      ts[i] = 4.0 * i / m;
    }
    return ts;
  }

  /** The network's parameters and a batch, W1 hidden×inputs. */
  public static final class Mlp {
    public final double[][] w1 = new double[MLP_HIDDEN][MLP_INPUTS];
    public final double[] b1 = new double[MLP_HIDDEN];
    public final double[] w2 = new double[MLP_HIDDEN];
    public double b2;
    public final double[][] xs = new double[MLP_BATCH][MLP_INPUTS];
    public final double[] ys = new double[MLP_BATCH];

    public Mlp(long seed) {
      SplittableRandom r = new SplittableRandom(seed);
      double scale = Math.sqrt(2.0 / MLP_INPUTS);
      for (double[] row : w1) {
        for (int k = 0; k < row.length; k++) {
          row[k] = scale * r.nextDouble(-1, 1);
        }
      }
      for (int j = 0; j < MLP_HIDDEN; j++) {
        b1[j] = 0.1 * r.nextDouble(-1, 1);
        w2[j] = r.nextDouble(-1, 1) / Math.sqrt(MLP_HIDDEN);
      }
      b2 = 0.1;
      for (int s = 0; s < MLP_BATCH; s++) {
        for (int k = 0; k < MLP_INPUTS; k++) {
          xs[s][k] = r.nextDouble(-1, 1);
        }
        ys[s] = Math.sin(xs[s][0]) + xs[s][1] * xs[s][2];
      }
    }

    public int size() {
      return MLP_HIDDEN * MLP_INPUTS + 2 * MLP_HIDDEN + 1;
    }

    public double loss() {
      return Workloads.mlpLoss(w1, b1, w2, b2, xs, ys);
    }

    /** Central differences over every weight, perturbed in place, in the generated layout. */
    public double[] finiteDifferences() {
      double[] g = new double[size()];
      int p = 0;
      for (double[] row : w1) {
        for (int k = 0; k < row.length; k++) {
          g[p++] = fd(row, k);
        }
      }
      for (int j = 0; j < b1.length; j++) {
        g[p++] = fd(b1, j);
      }
      for (int j = 0; j < w2.length; j++) {
        g[p++] = fd(w2, j);
      }
      double v = b2;
      double h = FiniteDifferences.step(v);
      b2 = v + h;
      double up = loss();
      b2 = v - h;
      double down = loss();
      b2 = v;
      g[p] = (up - down) / (2 * h);
      return g;
    }

    private double fd(double[] a, int i) {
      double v = a[i];
      double h = FiniteDifferences.step(v);
      a[i] = v + h;
      double up = loss();
      a[i] = v - h;
      double down = loss();
      a[i] = v;
      return (up - down) / (2 * h);
    }
  }
}
