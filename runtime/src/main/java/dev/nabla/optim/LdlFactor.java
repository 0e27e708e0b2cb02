package dev.nabla.optim;

import java.util.Arrays;

/**
 * A positive definite matrix B = L·D·Lᵀ (L unit lower triangular, D diagonal) kept in factored form and changed by
 * rank-one updates B + σ·z·zᵀ that keep it positive definite (Fletcher and Powell 1974, "On the modification of
 * LDLᵀ factorizations", Math. Comp. 28, as Kraft's LDL implements it for SLSQP).
 */
final class LdlFactor {
  private static final double EPS = 2.22e-16;
  /** The fraction of the predicted curvature sᵀBs below which Powell's update damps the measured one. */
  private static final double DAMPING_THRESHOLD = 0.2;
  /** column[j][0] = d_j and column[j][k] = L_{j+k, j} for k ≥ 1. */
  private final double[][] column;
  private final double[] work;
  private final double[] product;

  /** The identity of order n. */
  LdlFactor(int n) {
    column = new double[n][];
    for (int j = 0; j < n; j++) {
      column[j] = new double[n - j];
    }
    work = new double[n];
    product = new double[n];
    reset();
  }

  /** The order n. */
  int dimension() {
    return column.length;
  }

  /** Back to the identity. */
  void reset() {
    for (double[] c : column) {
      Arrays.fill(c, 0);
      c[0] = 1;
    }
  }

  /**
   * B ← H + τI for a finite symmetric H, with the smallest shift τ ≥ 0 of {@link ModifiedCholesky} that makes it
   * positive definite, its steps at least 10⁻³ of the identity's that SLSQP starts from: an exact Hessian in place of
   * the BFGS approximation.
   */
  void set(double[][] h) {
    double[][] l = ModifiedCholesky.shiftedFactor(h, 1);
    for (int j = 0; j < column.length; j++) {
      double root = l[j][j];
      column[j][0] = root * root;
      for (int k = 1; k < column[j].length; k++) {
        column[j][k] = l[j + k][j] / root;
      }
    }
  }

  /** d_j. */
  double diagonal(int j) {
    return column[j][0];
  }

  /** L_{i, j} for i > j. */
  double lower(int i, int j) {
    return column[j][i - j];
  }

  /** Writes B·s into out. */
  void multiply(double[] s, double[] out) {
    int n = column.length;
    for (int i = 0; i < n; i++) {
      double[] c = column[i];
      double t = 0;
      for (int k = 1; k < c.length; k++) {
        t += c[k] * s[i + k];
      }
      out[i] = c[0] * (s[i] + t);
    }
    for (int i = n - 1; i >= 0; i--) {
      double t = 0;
      for (int j = 0; j < i; j++) {
        t += column[j][i - j] * out[j];
      }
      out[i] += t;
    }
  }

  /**
   * Whether the curvature sᵀy measured along the step s is at least a fifth of the curvature sᵀBs this matrix
   * predicts, so that {@link #dampedBfgsUpdate} takes y undamped: the measurement confirms the model along s.
   */
  boolean confirmedAlong(double[] s, double[] y) {
    double sbs = modelCurvature(s);
    return sbs > 0 && Vectors.dot(s, y, 0, column.length) >= DAMPING_THRESHOLD * sbs;
  }

  /**
   * Powell's damped BFGS update for the step s and the change y of the Lagrangian's gradient (overwritten): when
   * sᵀy &lt; 0.2·sᵀBs, y is replaced by θ·y + (1 − θ)·Bs with sᵀy = 0.2·sᵀBs (Powell 1978), so that B stays
   * positive definite. Returns false, changing nothing, when sᵀy or sᵀBs is 0 (SLSQP then resets B).
   */
  boolean dampedBfgsUpdate(double[] s, double[] y) {
    int n = column.length;
    double sbs = modelCurvature(s);
    double sy = Vectors.dot(s, y, 0, n);
    double least = DAMPING_THRESHOLD * sbs;
    if (sy < least) {
      double theta = (sbs - least) / (sbs - sy);
      sy = least;
      for (int i = 0; i < n; i++) {
        y[i] = theta * y[i] + (1 - theta) * product[i];
      }
    }
    if (sy == 0 || sbs == 0) {
      return false;
    }
    update(1 / sy, y);
    update(-1 / sbs, product);
    return true;
  }

  /** sᵀBs, leaving B·s in product. */
  private double modelCurvature(double[] s) {
    multiply(s, product);
    return Vectors.dot(s, product, 0, column.length);
  }

  /** B ← B + σ·z·zᵀ; z is overwritten. A negative σ must leave B positive definite in exact arithmetic. */
  private void update(double sigma, double[] z) {
    if (sigma == 0) {
      return;
    }
    int n = column.length;
    double t = 1 / sigma;
    if (sigma < 0) {
      t = negativeUpdateRatios(sigma, z, t);
    }
    for (int i = 0; i < n; i++) {
      double[] c = column[i];
      double v = z[i];
      double delta = v / c[0];
      double tp = sigma < 0 ? work[i] : t + delta * v;
      double alpha = tp / t;
      c[0] *= alpha;
      if (i == n - 1) {
        return;
      }
      double beta = delta / tp;
      if (alpha > 4) {
        double gamma = t / tp;
        for (int k = 1; k < c.length; k++) {
          double u = c[k];
          c[k] = gamma * u + beta * z[i + k];
          z[i + k] -= v * u;
        }
      } else {
        for (int k = 1; k < c.length; k++) {
          z[i + k] -= v * c[k];
          c[k] += beta * z[i + k];
        }
      }
      t = tp;
    }
  }

  /**
   * For σ &lt; 0: solves L·w = z, forms t = 1/σ + Σ w_k²/d_k (replaced by ε/σ when rounding makes it ≥ 0, which
   * keeps B definite) and stores in work[j] the partial sums t − Σ_{k>j} w_k²/d_k that the update needs; returns
   * t − Σ_k w_k²/d_k.
   */
  private double negativeUpdateRatios(double sigma, double[] z, double t) {
    int n = column.length;
    System.arraycopy(z, 0, work, 0, n);
    for (int i = 0; i < n; i++) {
      double[] c = column[i];
      double v = work[i];
      t += v * v / c[0];
      for (int k = 1; k < c.length; k++) {
        work[i + k] -= v * c[k];
      }
    }
    if (t >= 0) {
      t = EPS / sigma;
    }
    for (int j = n - 1; j >= 0; j--) {
      double u = work[j];
      work[j] = t;
      t -= u * u / column[j][0];
    }
    return t;
  }
}
