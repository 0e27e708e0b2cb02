package dev.nabla.optim;

import java.util.Arrays;

/**
 * The L-BFGS-B search target of Byrd, Lu, Nocedal and Zhu (1995) with the 2011 Morales–Nocedal subspace
 * projection: the generalized Cauchy point along the projected steepest-descent path of the quadratic model,
 * then the model's minimizer over the variables still free there.
 */
final class CauchySubspaceStep {
  private static final double EPS = Math.ulp(1.0);
  private static final int FREE = 0;
  private static final int AT_LOWER = 1;
  private static final int AT_UPPER = 2;
  private static final int FIXED = 3;
  private static final int UNBOUNDED = -1;
  private static final int ZERO_GRADIENT = -3;

  private CauchySubspaceStep() {}

  /** Returns the feasible target z; the line search then moves along z − x. */
  static double[] target(Bounds bounds, LbfgsMemory memory, double[] x, double[] g) {
    int n = x.length;
    double theta = memory.theta();
    int col2 = 2 * memory.size();
    int[] where = new int[n];
    double[] d = new double[n];
    double[] p = new double[col2];
    double[] breakTimes = new double[n];
    int[] breakIndex = new int[n];
    int breaks = 0;
    boolean bounded = true;
    double f1 = 0;
    for (int i = 0; i < n; i++) {
      double lo = bounds.lower(i);
      double hi = bounds.upper(i);
      boolean hasLower = lo > Double.NEGATIVE_INFINITY;
      boolean hasUpper = hi < Double.POSITIVE_INFINITY;
      double negG = -g[i];
      if (hasLower && hasUpper && hi - lo <= 0) {
        where[i] = FIXED;
      } else if (!hasLower && !hasUpper) {
        where[i] = UNBOUNDED;
      } else if (hasLower && x[i] - lo <= 0) {
        where[i] = negG <= 0 ? AT_LOWER : FREE;
      } else if (hasUpper && hi - x[i] <= 0) {
        where[i] = negG >= 0 ? AT_UPPER : FREE;
      } else {
        where[i] = negG == 0 ? ZERO_GRADIENT : FREE;
      }
      if (where[i] != FREE && where[i] != UNBOUNDED) {
        continue;
      }
      d[i] = negG;
      f1 -= negG * negG;
      if (col2 > 0) {
        Vectors.axpy(negG, memory.wRow(i), p);
      }
      if (hasLower && negG < 0) {
        breakTimes[breaks] = (x[i] - lo) / -negG;
        breakIndex[breaks++] = i;
      } else if (hasUpper && negG > 0) {
        breakTimes[breaks] = (hi - x[i]) / negG;
        breakIndex[breaks++] = i;
      } else if (negG != 0) {
        bounded = false;
      }
    }
    double[] xcp = x.clone();
    if (f1 == 0) {
      return xcp; // d = 0: x is a stationary point of the model along the projected path
    }
    double[] c = new double[col2];
    double f2 = -theta * f1;
    double f2Original = f2;
    if (col2 > 0) {
      f2 -= Vectors.dot(p, memory.timesMiddle(p));
    }
    double dtm = -f1 / f2;
    double tsum = 0;
    Integer[] order = new Integer[breaks];
    for (int k = 0; k < breaks; k++) {
      order[k] = k;
    }
    Arrays.sort(order, (a, b) -> Double.compare(breakTimes[a], breakTimes[b]));
    double tj = 0;
    boolean allFixed = false;
    for (int k = 0; k < breaks; k++) {
      double tj0 = tj;
      tj = breakTimes[order[k]];
      int ibp = breakIndex[order[k]];
      double dt = tj - tj0;
      if (dtm < dt) {
        break; // the model's minimizer lies before the next breakpoint
      }
      tsum += dt;
      int left = breaks - k - 1;
      double dibp = d[ibp];
      d[ibp] = 0;
      double zibp;
      if (dibp > 0) {
        zibp = bounds.upper(ibp) - x[ibp];
        xcp[ibp] = bounds.upper(ibp);
        where[ibp] = AT_UPPER;
      } else {
        zibp = bounds.lower(ibp) - x[ibp];
        xcp[ibp] = bounds.lower(ibp);
        where[ibp] = AT_LOWER;
      }
      if (left == 0 && breaks == n) {
        dtm = dt;
        allFixed = true;
        break;
      }
      double dibp2 = dibp * dibp;
      f1 += dt * f2 + dibp2 - theta * dibp * zibp;
      f2 -= theta * dibp2;
      if (col2 > 0) {
        Vectors.axpy(dt, p, c);
        double[] wbp = memory.wRow(ibp);
        double[] v = memory.timesMiddle(wbp);
        double wmc = Vectors.dot(c, v);
        double wmp = Vectors.dot(p, v);
        double wmw = Vectors.dot(wbp, v);
        Vectors.axpy(-dibp, wbp, p);
        f1 += dibp * wmc;
        f2 += 2.0 * dibp * wmp - dibp2 * wmw;
      }
      // Rounding can make the curvature non-positive; keep it a small positive fraction of the initial one.
      f2 = Math.max(EPS * f2Original, f2);
      if (left > 0) {
        dtm = -f1 / f2;
      } else if (bounded) {
        dtm = 0;
      } else {
        dtm = -f1 / f2;
      }
    }
    if (!allFixed) {
      dtm = Math.max(dtm, 0);
      tsum += dtm;
      Vectors.axpy(tsum, d, xcp);
    }
    if (col2 > 0) {
      Vectors.axpy(dtm, p, c);
    }
    return subspaceMinimum(bounds, memory, x, g, xcp, c, where);
  }

  /** Minimizes the model over the variables free at the Cauchy point, starting from it. */
  private static double[] subspaceMinimum(
      Bounds bounds, LbfgsMemory memory, double[] x, double[] g, double[] xcp, double[] c, int[] where) {
    int n = x.length;
    int col2 = 2 * memory.size();
    int free = 0;
    int[] index = new int[n];
    for (int i = 0; i < n; i++) {
      if (where[i] <= 0) {
        index[free++] = i;
      }
    }
    if (free == 0 || col2 == 0) {
      return xcp;
    }
    double theta = memory.theta();
    double[] mc = memory.timesMiddle(c);
    double[][] w = new double[free][];
    double[] r = new double[free];
    double[] wr = new double[col2];
    double[][] nMatrix = memory.middleMatrixInverse();
    for (int j = 0; j < free; j++) {
      int i = index[j];
      w[j] = memory.wRow(i);
      // r = −Zᵀ(g + B(xcp − x)): minus the reduced gradient of the model at the Cauchy point.
      r[j] = -theta * (xcp[i] - x[i]) - g[i] + Vectors.dot(w[j], mc);
      Vectors.axpy(r[j], w[j], wr);
      for (int a = 0; a < col2; a++) {
        for (int b = 0; b < col2; b++) {
          nMatrix[a][b] -= w[j][a] * w[j][b] / theta;
        }
      }
    }
    // Sherman–Morrison–Woodbury: (θI − ZᵀWMWᵀZ)⁻¹r = r/θ + ZᵀW(M⁻¹ − WᵀZZᵀW/θ)⁻¹WᵀZr/θ².
    DenseLu lu = new DenseLu(nMatrix);
    if (lu.singular()) {
      return xcp;
    }
    double[] v = lu.solve(wr);
    double[] du = new double[free];
    for (int j = 0; j < free; j++) {
      du[j] = r[j] / theta + Vectors.dot(w[j], v) / (theta * theta);
    }
    // First try the projection of the unconstrained subspace step on the box.
    double[] z = xcp.clone();
    boolean hitBound = false;
    for (int j = 0; j < free; j++) {
      int i = index[j];
      double lo = bounds.lower(i);
      double hi = bounds.upper(i);
      z[i] = Math.min(Math.max(xcp[i] + du[j], lo), hi);
      if (z[i] == lo || z[i] == hi) {
        hitBound = true;
      }
    }
    if (!hitBound) {
      return z;
    }
    double slope = 0;
    for (int i = 0; i < n; i++) {
      slope += (z[i] - x[i]) * g[i];
    }
    if (slope <= 0) {
      return z;
    }
    // The projection is not a descent direction: backtrack along the subspace step to stay feasible instead.
    z = xcp.clone();
    double alpha = 1;
    int limiting = -1;
    for (int j = 0; j < free; j++) {
      int i = index[j];
      double dk = du[j];
      double limit = alpha;
      if (dk < 0 && bounds.lower(i) > Double.NEGATIVE_INFINITY) {
        double room = bounds.lower(i) - z[i];
        limit = room >= 0 ? 0 : dk * alpha < room ? room / dk : limit;
      } else if (dk > 0 && bounds.upper(i) < Double.POSITIVE_INFINITY) {
        double room = bounds.upper(i) - z[i];
        limit = room <= 0 ? 0 : dk * alpha > room ? room / dk : limit;
      }
      if (limit < alpha) {
        alpha = limit;
        limiting = j;
      }
    }
    if (alpha < 1 && limiting >= 0) {
      int i = index[limiting];
      z[i] = du[limiting] > 0 ? bounds.upper(i) : bounds.lower(i);
      du[limiting] = 0;
    }
    for (int j = 0; j < free; j++) {
      z[index[j]] += alpha * du[j];
    }
    return z;
  }
}
