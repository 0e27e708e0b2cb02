package dev.nabla.optim;

/**
 * The m most recent correction pairs (s, y) of L-BFGS, with the two-loop product H·g and the compact
 * representation B = θI − W·M·Wᵀ, W = [Y θS], M⁻¹ = [[−D, Lᵀ], [L, θSᵀS]] of Byrd, Nocedal and Schnabel.
 */
final class LbfgsMemory {
  private final int capacity;
  private final double[][] s;
  private final double[][] y;
  private int count;
  private int oldest;
  private double theta = 1;
  private DenseLu middleInverse;

  LbfgsMemory(int capacity, int n) {
    this.capacity = capacity;
    this.s = new double[capacity][n];
    this.y = new double[capacity][n];
  }

  /** The number of stored pairs. */
  int size() {
    return count;
  }

  /** θ = yᵀy/sᵀy of the newest pair, 1 when empty. */
  double theta() {
    return theta;
  }

  void clear() {
    count = 0;
    oldest = 0;
    theta = 1;
    middleInverse = null;
  }

  /** Stores a pair (the caller checked sᵀy > 0), dropping the oldest when full. */
  void add(double[] sNew, double[] yNew) {
    int slot = (oldest + count) % capacity;
    if (count == capacity) {
      oldest = (oldest + 1) % capacity;
    } else {
      count++;
    }
    System.arraycopy(sNew, 0, s[slot], 0, sNew.length);
    System.arraycopy(yNew, 0, y[slot], 0, yNew.length);
    theta = Vectors.dot(yNew, yNew) / Vectors.dot(sNew, yNew);
    middleInverse = null;
  }

  private double[] s(int k) {
    return s[(oldest + k) % capacity];
  }

  private double[] y(int k) {
    return y[(oldest + k) % capacity];
  }

  /** Writes d = −H·g by the two-loop recursion with H₀ = I/θ. */
  void twoLoopDirection(double[] g, double[] d) {
    int n = g.length;
    double[] alpha = new double[count];
    for (int i = 0; i < n; i++) {
      d[i] = -g[i];
    }
    for (int k = count - 1; k >= 0; k--) {
      alpha[k] = Vectors.dot(s(k), d) / Vectors.dot(s(k), y(k));
      Vectors.axpy(-alpha[k], y(k), d);
    }
    for (int i = 0; i < n; i++) {
      d[i] /= theta;
    }
    for (int k = 0; k < count; k++) {
      double beta = Vectors.dot(y(k), d) / Vectors.dot(s(k), y(k));
      Vectors.axpy(alpha[k] - beta, s(k), d);
    }
  }

  /** Row i of W = [Y θS] (length 2·size()). */
  double[] wRow(int i) {
    double[] w = new double[2 * count];
    for (int k = 0; k < count; k++) {
      w[k] = y(k)[i];
      w[count + k] = theta * s(k)[i];
    }
    return w;
  }

  /** M⁻¹ = [[−D, Lᵀ], [L, θSᵀS]] with D = diag(sₖᵀyₖ) and L the strictly lower part of SᵀY. */
  double[][] middleMatrixInverse() {
    int c = count;
    double[][] k = new double[2 * c][2 * c];
    for (int i = 0; i < c; i++) {
      for (int j = 0; j < c; j++) {
        double sy = Vectors.dot(s(i), y(j));
        if (i == j) {
          k[i][i] = -sy;
        } else if (i > j) {
          k[c + i][j] = sy; // L
          k[j][c + i] = sy; // Lᵀ
        }
        k[c + i][c + j] = theta * Vectors.dot(s(i), s(j));
      }
    }
    return k;
  }

  /** Returns M·v. */
  double[] timesMiddle(double[] v) {
    if (middleInverse == null) {
      middleInverse = new DenseLu(middleMatrixInverse());
    }
    return middleInverse.solve(v);
  }
}
