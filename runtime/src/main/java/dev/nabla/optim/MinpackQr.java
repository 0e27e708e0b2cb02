package dev.nabla.optim;

/**
 * MINPACK's QR tools for Levenberg–Marquardt: Householder QR with column pivoting ({@code qrfac}), the
 * Levenberg–Marquardt parameter by Moré's 1978 iteration ({@code lmpar}) and the solution of the damped
 * least-squares system from the QR factors ({@code qrsolv}). Matrices are row-major {@code a[row][column]}.
 */
final class MinpackQr {
  private static final double EPS = Math.ulp(1.0);
  private static final double DWARF = Double.MIN_NORMAL;

  private MinpackQr() {}

  /**
   * The Euclidean norm as MINPACK's {@code enorm} computes it, so that LM's tests see the same rounding: squares
   * of components in (3.834e-20, 1.304e19/n) are summed unscaled, smaller and larger ones are summed scaled by
   * their maximum so that nothing overflows or underflows destructively.
   */
  static double norm(double[] v, int from, int to) {
    final double rdwarf = 3.834e-20;
    final double agiant = 1.304e19 / (to - from);
    double large = 0;
    double intermediate = 0;
    double small = 0;
    double largeMax = 0;
    double smallMax = 0;
    for (int i = from; i < to; i++) {
      double a = Math.abs(v[i]);
      if (a > rdwarf && a < agiant) {
        intermediate += a * a;
      } else if (a > rdwarf) {
        if (a > largeMax) {
          large = 1 + large * (largeMax / a) * (largeMax / a);
          largeMax = a;
        } else {
          large += (a / largeMax) * (a / largeMax);
        }
      } else if (a > smallMax) {
        small = 1 + small * (smallMax / a) * (smallMax / a);
        smallMax = a;
      } else if (a != 0) {
        small += (a / smallMax) * (a / smallMax);
      }
    }
    if (large != 0) {
      return largeMax * Math.sqrt(large + (intermediate / largeMax) / largeMax);
    }
    if (intermediate == 0) {
      return smallMax * Math.sqrt(small);
    }
    return intermediate >= smallMax
        ? Math.sqrt(intermediate * (1 + (smallMax / intermediate) * (smallMax * small)))
        : Math.sqrt(smallMax * ((intermediate / smallMax) + (smallMax * small)));
  }

  private static double columnNorm(double[][] a, int column, int fromRow) {
    double[] c = new double[a.length - fromRow];
    for (int i = fromRow; i < a.length; i++) {
      c[i - fromRow] = a[i][column];
    }
    return norm(c, 0, c.length);
  }

  /**
   * Factors a·P = Q·R in place (qrfac with pivoting): on return the strict upper triangle of a holds R's, rdiag
   * its diagonal, the lower trapezoid the Householder vectors, ipvt the permutation and acnorm the column norms
   * of the original a.
   */
  static void qrfac(double[][] a, int[] ipvt, double[] rdiag, double[] acnorm) {
    int m = a.length;
    int n = rdiag.length;
    double[] wa = new double[n];
    for (int j = 0; j < n; j++) {
      acnorm[j] = columnNorm(a, j, 0);
      rdiag[j] = acnorm[j];
      wa[j] = rdiag[j];
      ipvt[j] = j;
    }
    for (int j = 0; j < Math.min(m, n); j++) {
      int kmax = j;
      for (int k = j; k < n; k++) {
        if (rdiag[k] > rdiag[kmax]) {
          kmax = k;
        }
      }
      if (kmax != j) {
        for (int i = 0; i < m; i++) {
          double t = a[i][j];
          a[i][j] = a[i][kmax];
          a[i][kmax] = t;
        }
        rdiag[kmax] = rdiag[j];
        wa[kmax] = wa[j];
        int k = ipvt[j];
        ipvt[j] = ipvt[kmax];
        ipvt[kmax] = k;
      }
      double ajnorm = columnNorm(a, j, j);
      if (ajnorm != 0) {
        if (a[j][j] < 0) {
          ajnorm = -ajnorm;
        }
        for (int i = j; i < m; i++) {
          a[i][j] /= ajnorm;
        }
        a[j][j] += 1;
        for (int k = j + 1; k < n; k++) {
          double sum = 0;
          for (int i = j; i < m; i++) {
            sum += a[i][j] * a[i][k];
          }
          double temp = sum / a[j][j];
          for (int i = j; i < m; i++) {
            a[i][k] -= temp * a[i][j];
          }
          if (rdiag[k] != 0) {
            // Downdate the remaining column norm; recompute it when cancellation has eaten its accuracy.
            temp = a[j][k] / rdiag[k];
            rdiag[k] *= Math.sqrt(Math.max(0, 1 - temp * temp));
            if (0.05 * (rdiag[k] / wa[k]) * (rdiag[k] / wa[k]) <= EPS) {
              rdiag[k] = columnNorm(a, k, j + 1);
              wa[k] = rdiag[k];
            }
          }
        }
      }
      rdiag[j] = -ajnorm;
    }
  }

  /**
   * Finds par ≥ 0 such that x solving min ‖[R; √par·D]·Pᵀx − [qtb; 0]‖ has ‖Dx‖ within 10% of delta, or par = 0
   * when the Gauss–Newton step is already shorter (lmpar). r holds R in its upper triangle (the strict lower
   * triangle is overwritten), qtb = Qᵀb; x and sdiag are outputs. Returns par.
   */
  static double lmpar(double[][] r, int[] ipvt, double[] diag, double[] qtb, double delta, double par, double[] x,
      double[] sdiag) {
    int n = x.length;
    double[] wa1 = new double[n];
    double[] wa2 = new double[n];
    // The Gauss–Newton direction, a least-squares solution when R is singular.
    int nsing = n;
    for (int j = 0; j < n; j++) {
      wa1[j] = qtb[j];
      if (r[j][j] == 0 && nsing == n) {
        nsing = j;
      }
      if (nsing < n) {
        wa1[j] = 0;
      }
    }
    for (int j = nsing - 1; j >= 0; j--) {
      wa1[j] /= r[j][j];
      double temp = wa1[j];
      for (int i = 0; i < j; i++) {
        wa1[i] -= r[i][j] * temp;
      }
    }
    for (int j = 0; j < n; j++) {
      x[ipvt[j]] = wa1[j];
    }
    int iter = 0;
    for (int j = 0; j < n; j++) {
      wa2[j] = diag[j] * x[j];
    }
    double dxnorm = norm(wa2, 0, n);
    double fp = dxnorm - delta;
    if (fp <= 0.1 * delta) {
      return 0;
    }
    // Lower bound parl from the Newton step when J has full rank, else 0.
    double parl = 0;
    if (nsing >= n) {
      for (int j = 0; j < n; j++) {
        int l = ipvt[j];
        wa1[j] = diag[l] * (wa2[l] / dxnorm);
      }
      for (int j = 0; j < n; j++) {
        double sum = 0;
        for (int i = 0; i < j; i++) {
          sum += r[i][j] * wa1[i];
        }
        wa1[j] = (wa1[j] - sum) / r[j][j];
      }
      double temp = norm(wa1, 0, n);
      parl = ((fp / delta) / temp) / temp;
    }
    // Upper bound paru.
    for (int j = 0; j < n; j++) {
      double sum = 0;
      for (int i = 0; i <= j; i++) {
        sum += r[i][j] * qtb[i];
      }
      wa1[j] = sum / diag[ipvt[j]];
    }
    double gnorm = norm(wa1, 0, n);
    double paru = gnorm / delta;
    if (paru == 0) {
      paru = DWARF / Math.min(delta, 0.1);
    }
    par = Math.min(Math.max(par, parl), paru);
    if (par == 0) {
      par = gnorm / dxnorm;
    }
    while (true) {
      iter++;
      if (par == 0) {
        par = Math.max(DWARF, 0.001 * paru);
      }
      double sqrtPar = Math.sqrt(par);
      for (int j = 0; j < n; j++) {
        wa1[j] = sqrtPar * diag[j];
      }
      qrsolv(r, ipvt, wa1, qtb, x, sdiag);
      for (int j = 0; j < n; j++) {
        wa2[j] = diag[j] * x[j];
      }
      dxnorm = norm(wa2, 0, n);
      double previous = fp;
      fp = dxnorm - delta;
      if (Math.abs(fp) <= 0.1 * delta || parl == 0 && fp <= previous && previous < 0 || iter == 10) {
        return par;
      }
      // Newton correction of par.
      for (int j = 0; j < n; j++) {
        int l = ipvt[j];
        wa1[j] = diag[l] * (wa2[l] / dxnorm);
      }
      for (int j = 0; j < n; j++) {
        wa1[j] /= sdiag[j];
        double temp = wa1[j];
        for (int i = j + 1; i < n; i++) {
          wa1[i] -= r[i][j] * temp;
        }
      }
      double temp = norm(wa1, 0, n);
      double parc = ((fp / delta) / temp) / temp;
      if (fp > 0) {
        parl = Math.max(parl, par);
      }
      if (fp < 0) {
        paru = Math.min(paru, par);
      }
      par = Math.max(parl, par + parc);
    }
  }

  /**
   * Solves min ‖[R; D]·Pᵀx − [qtb; 0]‖ by Givens rotations that eliminate D (qrsolv); leaves the triangular S of
   * the rotated system in sdiag (diagonal) and the strict lower triangle of r (transposed).
   */
  static void qrsolv(double[][] r, int[] ipvt, double[] diag, double[] qtb, double[] x, double[] sdiag) {
    int n = x.length;
    double[] wa = new double[n];
    for (int j = 0; j < n; j++) {
      for (int i = j; i < n; i++) {
        r[i][j] = r[j][i];
      }
      x[j] = r[j][j];
      wa[j] = qtb[j];
    }
    for (int j = 0; j < n; j++) {
      int l = ipvt[j];
      if (diag[l] != 0) {
        for (int k = j; k < n; k++) {
          sdiag[k] = 0;
        }
        sdiag[j] = diag[l];
        double qtbpj = 0;
        for (int k = j; k < n; k++) {
          if (sdiag[k] == 0) {
            continue;
          }
          double sin;
          double cos;
          if (Math.abs(r[k][k]) < Math.abs(sdiag[k])) {
            double cotan = r[k][k] / sdiag[k];
            sin = 0.5 / Math.sqrt(0.25 + 0.25 * cotan * cotan);
            cos = sin * cotan;
          } else {
            double tan = sdiag[k] / r[k][k];
            cos = 0.5 / Math.sqrt(0.25 + 0.25 * tan * tan);
            sin = cos * tan;
          }
          r[k][k] = cos * r[k][k] + sin * sdiag[k];
          double temp = cos * wa[k] + sin * qtbpj;
          qtbpj = -sin * wa[k] + cos * qtbpj;
          wa[k] = temp;
          for (int i = k + 1; i < n; i++) {
            temp = cos * r[i][k] + sin * sdiag[i];
            sdiag[i] = -sin * r[i][k] + cos * sdiag[i];
            r[i][k] = temp;
          }
        }
      }
      sdiag[j] = r[j][j];
      r[j][j] = x[j];
    }
    int nsing = n;
    for (int j = 0; j < n; j++) {
      if (sdiag[j] == 0 && nsing == n) {
        nsing = j;
      }
      if (nsing < n) {
        wa[j] = 0;
      }
    }
    for (int j = nsing - 1; j >= 0; j--) {
      double sum = 0;
      for (int i = j + 1; i < nsing; i++) {
        sum += r[i][j] * wa[i];
      }
      wa[j] = (wa[j] - sum) / sdiag[j];
    }
    for (int j = 0; j < n; j++) {
      x[ipvt[j]] = wa[j];
    }
  }
}
