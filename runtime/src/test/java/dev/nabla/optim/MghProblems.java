package dev.nabla.optim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Moré, Garbow and Hillstrom (1981), "Testing unconstrained optimization software", ACM TOMS 7(1): residuals with
 * hand-written Jacobians, standard starting points and best known values f* of Σ rᵢ². The same list, in the
 * same order, is in {@code src/test/python/mgh.py}.
 */
final class MghProblems {
  private MghProblems() {}

  /** Writes the residuals into r and, when J is not null, the Jacobian into the zeroed J. */
  interface Residuals {
    void evaluate(double[] x, double[] r, double[][] j);
  }

  /** One test problem. */
  record Problem(String name, int m, double[] x0, double fStar, Residuals residuals) implements LeastSquaresProblem {
    int n() {
      return x0.length;
    }

    @Override
    public double[] residuals(double[] x, double[][] jacobian) {
      double[] r = new double[m];
      if (jacobian != null) {
        for (double[] row : jacobian) {
          Arrays.fill(row, 0);
        }
      }
      residuals.evaluate(x, r, jacobian);
      return r;
    }

    /** f = Σ rᵢ² with gradient 2Jᵀr, for the general-purpose minimizers. */
    Objective objective() {
      return new Objective() {
        @Override
        public double value(double[] x) {
          double s = 0;
          for (double v : residuals(x, null)) {
            s += v * v;
          }
          return s;
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
          double[][] jac = new double[m][x.length];
          double[] r = residuals(x, jac);
          double s = 0;
          Arrays.fill(g, 0);
          for (int i = 0; i < m; i++) {
            s += r[i] * r[i];
            for (int k = 0; k < x.length; k++) {
              g[k] += 2 * jac[i][k] * r[i];
            }
          }
          return s;
        }
      };
    }

    /** The definition of "solved" shared with mgh.py: |f − f*| ≤ 1e-6·max(1, |f*|) + 1e-10. */
    boolean solvedBy(double f) {
      return Math.abs(f - fStar) <= 1e-6 * Math.max(1, Math.abs(fStar)) + 1e-10;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static double[] fill(int n, double v) {
    double[] x = new double[n];
    Arrays.fill(x, v);
    return x;
  }

  static double[] repeat(int times, double... block) {
    double[] x = new double[times * block.length];
    for (int i = 0; i < x.length; i++) {
      x[i] = block[i % block.length];
    }
    return x;
  }

  private static final double[] BARD_Y = {
    0.14, 0.18, 0.22, 0.25, 0.29, 0.32, 0.35, 0.39, 0.37, 0.58, 0.73, 0.96, 1.34, 2.10, 4.39
  };
  private static final double[] GAUSSIAN_Y = {
    0.0009, 0.0044, 0.0175, 0.0540, 0.1295, 0.2420, 0.3521, 0.3989, 0.3521, 0.2420, 0.1295, 0.0540, 0.0175, 0.0044,
    0.0009
  };
  private static final double[] MEYER_Y = {
    34780, 28610, 23650, 19630, 16370, 13720, 11540, 9744, 8261, 7030, 6005, 5147, 4427, 3820, 3307, 2872
  };
  private static final double[] KO_Y = {
    0.1957, 0.1947, 0.1735, 0.1600, 0.0844, 0.0627, 0.0456, 0.0342, 0.0323, 0.0235, 0.0246
  };
  private static final double[] KO_U = {4, 2, 1, 0.5, 0.25, 0.167, 0.125, 0.1, 0.0833, 0.0714, 0.0625};
  private static final double[] OSB1_Y = {
    0.844, 0.908, 0.932, 0.936, 0.925, 0.908, 0.881, 0.850, 0.818, 0.784, 0.751, 0.718, 0.685, 0.658, 0.628, 0.603,
    0.580, 0.558, 0.538, 0.522, 0.506, 0.490, 0.478, 0.467, 0.457, 0.448, 0.438, 0.431, 0.424, 0.420, 0.414, 0.411,
    0.406
  };
  private static final double[] OSB2_Y = {
    1.366, 1.191, 1.112, 1.013, 0.991, 0.885, 0.831, 0.847, 0.786, 0.725, 0.746, 0.679, 0.608, 0.655, 0.616, 0.606,
    0.602, 0.626, 0.651, 0.724, 0.649, 0.649, 0.694, 0.644, 0.624, 0.661, 0.612, 0.558, 0.533, 0.495, 0.500, 0.423,
    0.395, 0.375, 0.372, 0.391, 0.396, 0.405, 0.428, 0.429, 0.523, 0.562, 0.607, 0.653, 0.672, 0.708, 0.633, 0.668,
    0.645, 0.632, 0.591, 0.559, 0.597, 0.625, 0.739, 0.710, 0.729, 0.720, 0.636, 0.581, 0.428, 0.292, 0.162, 0.098,
    0.054
  };

  /**
   * All problems. f* values are the MGH paper's, with more digits where the paper rounds to 6 significant digits
   * (those digits agree with the minima scipy's MINPACK finds, see mgh_scipy.py's output).
   */
  static List<Problem> all() {
    List<Problem> p = new ArrayList<>();
    p.add(new Problem("Rosenbrock", 2, new double[] {-1.2, 1}, 0, (x, r, j) -> {
      r[0] = 10 * (x[1] - x[0] * x[0]);
      r[1] = 1 - x[0];
      if (j != null) {
        j[0][0] = -20 * x[0];
        j[0][1] = 10;
        j[1][0] = -1;
      }
    }));
    p.add(new Problem("Freudenstein-Roth", 2, new double[] {0.5, -2}, 0, (x, r, j) -> {
      r[0] = -13 + x[0] + ((5 - x[1]) * x[1] - 2) * x[1];
      r[1] = -29 + x[0] + ((x[1] + 1) * x[1] - 14) * x[1];
      if (j != null) {
        j[0][0] = 1;
        j[0][1] = 10 * x[1] - 3 * x[1] * x[1] - 2;
        j[1][0] = 1;
        j[1][1] = 3 * x[1] * x[1] + 2 * x[1] - 14;
      }
    }));
    p.add(new Problem("Powell badly scaled", 2, new double[] {0, 1}, 0, (x, r, j) -> {
      r[0] = 1e4 * x[0] * x[1] - 1;
      r[1] = Math.exp(-x[0]) + Math.exp(-x[1]) - 1.0001;
      if (j != null) {
        j[0][0] = 1e4 * x[1];
        j[0][1] = 1e4 * x[0];
        j[1][0] = -Math.exp(-x[0]);
        j[1][1] = -Math.exp(-x[1]);
      }
    }));
    p.add(new Problem("Brown badly scaled", 3, new double[] {1, 1}, 0, (x, r, j) -> {
      r[0] = x[0] - 1e6;
      r[1] = x[1] - 2e-6;
      r[2] = x[0] * x[1] - 2;
      if (j != null) {
        j[0][0] = 1;
        j[1][1] = 1;
        j[2][0] = x[1];
        j[2][1] = x[0];
      }
    }));
    p.add(new Problem("Beale", 3, new double[] {1, 1}, 0, (x, r, j) -> {
      double[] y = {1.5, 2.25, 2.625};
      for (int i = 0; i < 3; i++) {
        int e = i + 1;
        r[i] = y[i] - x[0] * (1 - Math.pow(x[1], e));
        if (j != null) {
          j[i][0] = -(1 - Math.pow(x[1], e));
          j[i][1] = x[0] * e * Math.pow(x[1], e - 1);
        }
      }
    }));
    p.add(new Problem("Jennrich-Sampson", 10, new double[] {0.3, 0.4}, 124.362182355615, (x, r, j) -> {
      for (int i = 0; i < 10; i++) {
        int k = i + 1;
        r[i] = 2 + 2 * k - (Math.exp(k * x[0]) + Math.exp(k * x[1]));
        if (j != null) {
          j[i][0] = -k * Math.exp(k * x[0]);
          j[i][1] = -k * Math.exp(k * x[1]);
        }
      }
    }));
    p.add(new Problem("Helical valley", 3, new double[] {-1, 0, 0}, 0, (x, r, j) -> {
      double theta = Math.atan(x[1] / x[0]) / (2 * Math.PI) + (x[0] < 0 ? 0.5 : 0);
      double rho2 = x[0] * x[0] + x[1] * x[1];
      double rho = Math.sqrt(rho2);
      r[0] = 10 * (x[2] - 10 * theta);
      r[1] = 10 * (rho - 1);
      r[2] = x[2];
      if (j != null) {
        j[0][0] = 100 * x[1] / (2 * Math.PI * rho2);
        j[0][1] = -100 * x[0] / (2 * Math.PI * rho2);
        j[0][2] = 10;
        j[1][0] = 10 * x[0] / rho;
        j[1][1] = 10 * x[1] / rho;
        j[2][2] = 1;
      }
    }));
    p.add(new Problem("Bard", 15, new double[] {1, 1, 1}, 8.21487730657897e-3, (x, r, j) -> {
      for (int i = 0; i < 15; i++) {
        double u = i + 1;
        double v = 16 - u;
        double w = Math.min(u, v);
        double den = v * x[1] + w * x[2];
        r[i] = BARD_Y[i] - (x[0] + u / den);
        if (j != null) {
          j[i][0] = -1;
          j[i][1] = u * v / (den * den);
          j[i][2] = u * w / (den * den);
        }
      }
    }));
    p.add(new Problem("Gaussian", 15, new double[] {0.4, 1, 0}, 1.12793276961912e-8, (x, r, j) -> {
      for (int i = 0; i < 15; i++) {
        double t = (8 - (i + 1)) / 2.0;
        double d = t - x[2];
        double e = Math.exp(-x[1] * d * d / 2);
        r[i] = x[0] * e - GAUSSIAN_Y[i];
        if (j != null) {
          j[i][0] = e;
          j[i][1] = -x[0] * e * d * d / 2;
          j[i][2] = x[0] * e * x[1] * d;
        }
      }
    }));
    p.add(new Problem("Meyer", 16, new double[] {0.02, 4000, 250}, 87.9458551718, (x, r, j) -> {
      for (int i = 0; i < 16; i++) {
        double t = 45 + 5 * (i + 1);
        double e = Math.exp(x[1] / (t + x[2]));
        r[i] = x[0] * e - MEYER_Y[i];
        if (j != null) {
          j[i][0] = e;
          j[i][1] = x[0] * e / (t + x[2]);
          j[i][2] = -x[0] * e * x[1] / ((t + x[2]) * (t + x[2]));
        }
      }
    }));
    p.add(new Problem("Gulf", 99, new double[] {5, 2.5, 0.15}, 0, (x, r, j) -> {
      for (int i = 0; i < 99; i++) {
        double t = (i + 1) / 100.0;
        double y = 25 + Math.pow(-50 * Math.log(t), 2.0 / 3.0);
        double a = Math.abs(y - x[1]);
        double pw = Math.pow(a, x[2]);
        double e = Math.exp(-pw / x[0]);
        r[i] = e - t;
        if (j != null) {
          j[i][0] = e * pw / (x[0] * x[0]);
          j[i][1] = e * x[2] * Math.pow(a, x[2] - 1) * Math.signum(y - x[1]) / x[0];
          j[i][2] = a == 0 ? 0 : -e * pw * Math.log(a) / x[0];
        }
      }
    }));
    p.add(new Problem("Box 3D", 10, new double[] {0, 10, 20}, 0, (x, r, j) -> {
      for (int i = 0; i < 10; i++) {
        double t = 0.1 * (i + 1);
        double c = Math.exp(-t) - Math.exp(-10 * t);
        r[i] = Math.exp(-t * x[0]) - Math.exp(-t * x[1]) - x[2] * c;
        if (j != null) {
          j[i][0] = -t * Math.exp(-t * x[0]);
          j[i][1] = t * Math.exp(-t * x[1]);
          j[i][2] = -c;
        }
      }
    }));
    p.add(new Problem("Powell singular", 4, new double[] {3, -1, 0, 1}, 0, MghProblems::powellBlocks));
    p.add(new Problem("Wood", 6, new double[] {-3, -1, -3, -1}, 0, (x, r, j) -> {
      double s90 = Math.sqrt(90);
      double s10 = Math.sqrt(10);
      r[0] = 10 * (x[1] - x[0] * x[0]);
      r[1] = 1 - x[0];
      r[2] = s90 * (x[3] - x[2] * x[2]);
      r[3] = 1 - x[2];
      r[4] = s10 * (x[1] + x[3] - 2);
      r[5] = (x[1] - x[3]) / s10;
      if (j != null) {
        j[0][0] = -20 * x[0];
        j[0][1] = 10;
        j[1][0] = -1;
        j[2][2] = -2 * s90 * x[2];
        j[2][3] = s90;
        j[3][2] = -1;
        j[4][1] = s10;
        j[4][3] = s10;
        j[5][1] = 1 / s10;
        j[5][3] = -1 / s10;
      }
    }));
    p.add(new Problem("Kowalik-Osborne", 11, new double[] {0.25, 0.39, 0.415, 0.39}, 3.07505603849e-4,
        (x, r, j) -> {
          for (int i = 0; i < 11; i++) {
            double u = KO_U[i];
            double num = u * u + u * x[1];
            double den = u * u + u * x[2] + x[3];
            r[i] = KO_Y[i] - x[0] * num / den;
            if (j != null) {
              j[i][0] = -num / den;
              j[i][1] = -x[0] * u / den;
              j[i][2] = x[0] * num * u / (den * den);
              j[i][3] = x[0] * num / (den * den);
            }
          }
        }));
    p.add(new Problem("Brown-Dennis", 20, new double[] {25, 5, -5, -1}, 85822.2016263563, (x, r, j) -> {
      for (int i = 0; i < 20; i++) {
        double t = (i + 1) / 5.0;
        double a = x[0] + t * x[1] - Math.exp(t);
        double b = x[2] + x[3] * Math.sin(t) - Math.cos(t);
        r[i] = a * a + b * b;
        if (j != null) {
          j[i][0] = 2 * a;
          j[i][1] = 2 * a * t;
          j[i][2] = 2 * b;
          j[i][3] = 2 * b * Math.sin(t);
        }
      }
    }));
    p.add(new Problem("Osborne 1", 33, new double[] {0.5, 1.5, -1, 0.01, 0.02}, 5.46489469748e-5, (x, r, j) -> {
      for (int i = 0; i < 33; i++) {
        double t = 10.0 * i;
        double e4 = Math.exp(-t * x[3]);
        double e5 = Math.exp(-t * x[4]);
        r[i] = OSB1_Y[i] - (x[0] + x[1] * e4 + x[2] * e5);
        if (j != null) {
          j[i][0] = -1;
          j[i][1] = -e4;
          j[i][2] = -e5;
          j[i][3] = x[1] * t * e4;
          j[i][4] = x[2] * t * e5;
        }
      }
    }));
    p.add(new Problem("Biggs EXP6", 13, new double[] {1, 2, 1, 1, 1, 1}, 0, (x, r, j) -> {
      for (int i = 0; i < 13; i++) {
        double t = 0.1 * (i + 1);
        double y = Math.exp(-t) - 5 * Math.exp(-10 * t) + 3 * Math.exp(-4 * t);
        double e1 = Math.exp(-t * x[0]);
        double e2 = Math.exp(-t * x[1]);
        double e5 = Math.exp(-t * x[4]);
        r[i] = x[2] * e1 - x[3] * e2 + x[5] * e5 - y;
        if (j != null) {
          j[i][0] = -t * x[2] * e1;
          j[i][1] = t * x[3] * e2;
          j[i][2] = e1;
          j[i][3] = -e2;
          j[i][4] = -t * x[5] * e5;
          j[i][5] = e5;
        }
      }
    }));
    p.add(new Problem("Osborne 2", 65, new double[] {1.3, 0.65, 0.65, 0.7, 0.6, 3, 5, 7, 2, 4.5, 5.5},
        4.01377362935e-2, (x, r, j) -> {
          for (int i = 0; i < 65; i++) {
            double t = i / 10.0;
            double e1 = Math.exp(-t * x[4]);
            double d2 = t - x[8];
            double d3 = t - x[9];
            double d4 = t - x[10];
            double e2 = Math.exp(-d2 * d2 * x[5]);
            double e3 = Math.exp(-d3 * d3 * x[6]);
            double e4 = Math.exp(-d4 * d4 * x[7]);
            r[i] = OSB2_Y[i] - (x[0] * e1 + x[1] * e2 + x[2] * e3 + x[3] * e4);
            if (j != null) {
              j[i][0] = -e1;
              j[i][1] = -e2;
              j[i][2] = -e3;
              j[i][3] = -e4;
              j[i][4] = x[0] * t * e1;
              j[i][5] = x[1] * d2 * d2 * e2;
              j[i][6] = x[2] * d3 * d3 * e3;
              j[i][7] = x[3] * d4 * d4 * e4;
              j[i][8] = -2 * x[1] * x[5] * d2 * e2;
              j[i][9] = -2 * x[2] * x[6] * d3 * e3;
              j[i][10] = -2 * x[3] * x[7] * d4 * e4;
            }
          }
        }));
    p.add(new Problem("Watson n=6", 31, new double[6], 2.28767005355e-3, MghProblems::watson));
    p.add(new Problem("Watson n=9", 31, new double[9], 1.39976013809e-6, MghProblems::watson));
    p.add(new Problem("Extended Rosenbrock n=10", 10, repeat(5, -1.2, 1), 0, (x, r, j) -> {
      for (int i = 0; i < x.length; i += 2) {
        r[i] = 10 * (x[i + 1] - x[i] * x[i]);
        r[i + 1] = 1 - x[i];
        if (j != null) {
          j[i][i] = -20 * x[i];
          j[i][i + 1] = 10;
          j[i + 1][i] = -1;
        }
      }
    }));
    p.add(new Problem("Extended Powell n=12", 12, repeat(3, 3, -1, 0, 1), 0, MghProblems::powellBlocks));
    double[] penaltyStart = new double[10];
    for (int i = 0; i < 10; i++) {
      penaltyStart[i] = i + 1;
    }
    p.add(new Problem("Penalty I n=10", 11, penaltyStart, 7.08765146709e-5, (x, r, j) -> {
      int n = x.length;
      double a = Math.sqrt(1e-5);
      double s = 0;
      for (int i = 0; i < n; i++) {
        r[i] = a * (x[i] - 1);
        s += x[i] * x[i];
        if (j != null) {
          j[i][i] = a;
          j[n][i] = 2 * x[i];
        }
      }
      r[n] = s - 0.25;
    }));
    p.add(new Problem("Penalty II n=10", 20, fill(10, 0.5), 2.93660537e-4, (x, r, j) -> {
      int n = x.length;
      double a = Math.sqrt(1e-5);
      r[0] = x[0] - 0.2;
      if (j != null) {
        j[0][0] = 1;
      }
      for (int i = 1; i < n; i++) {
        double y = Math.exp((i + 1) / 10.0) + Math.exp(i / 10.0);
        r[i] = a * (Math.exp(x[i] / 10) + Math.exp(x[i - 1] / 10) - y);
        if (j != null) {
          j[i][i] = a * Math.exp(x[i] / 10) / 10;
          j[i][i - 1] = a * Math.exp(x[i - 1] / 10) / 10;
        }
      }
      for (int i = n; i < 2 * n - 1; i++) {
        int k = i - n + 1;
        r[i] = a * (Math.exp(x[k] / 10) - Math.exp(-0.1));
        if (j != null) {
          j[i][k] = a * Math.exp(x[k] / 10) / 10;
        }
      }
      double s = 0;
      for (int k = 0; k < n; k++) {
        s += (n - k) * x[k] * x[k];
        if (j != null) {
          j[2 * n - 1][k] = 2 * (n - k) * x[k];
        }
      }
      r[2 * n - 1] = s - 1;
    }));
    double[] vdStart = new double[10];
    for (int i = 0; i < 10; i++) {
      vdStart[i] = 1 - (i + 1) / 10.0;
    }
    p.add(new Problem("Variably dimensioned n=10", 12, vdStart, 0, (x, r, j) -> {
      int n = x.length;
      double s = 0;
      for (int i = 0; i < n; i++) {
        r[i] = x[i] - 1;
        s += (i + 1) * (x[i] - 1);
      }
      r[n] = s;
      r[n + 1] = s * s;
      if (j != null) {
        for (int i = 0; i < n; i++) {
          j[i][i] = 1;
          j[n][i] = i + 1;
          j[n + 1][i] = 2 * s * (i + 1);
        }
      }
    }));
    p.add(new Problem("Trigonometric n=10", 10, fill(10, 0.1), 0, (x, r, j) -> {
      int n = x.length;
      double sumCos = 0;
      for (double v : x) {
        sumCos += Math.cos(v);
      }
      for (int i = 0; i < n; i++) {
        r[i] = n - sumCos + (i + 1) * (1 - Math.cos(x[i])) - Math.sin(x[i]);
        if (j != null) {
          for (int k = 0; k < n; k++) {
            j[i][k] = Math.sin(x[k]);
          }
          j[i][i] += (i + 1) * Math.sin(x[i]) - Math.cos(x[i]);
        }
      }
    }));
    p.add(new Problem("Brown almost-linear n=10", 10, fill(10, 0.5), 0, (x, r, j) -> {
      int n = x.length;
      double sum = 0;
      double product = 1;
      for (double v : x) {
        sum += v;
        product *= v;
      }
      for (int i = 0; i < n - 1; i++) {
        r[i] = x[i] + sum - (n + 1);
        if (j != null) {
          Arrays.fill(j[i], 1);
          j[i][i] = 2;
        }
      }
      r[n - 1] = product - 1;
      if (j != null) {
        for (int k = 0; k < n; k++) {
          double partial = 1;
          for (int l = 0; l < n; l++) {
            if (l != k) {
              partial *= x[l];
            }
          }
          j[n - 1][k] = partial;
        }
      }
    }));
    double[] dbvStart = new double[10];
    for (int i = 0; i < 10; i++) {
      double t = (i + 1) / 11.0;
      dbvStart[i] = t * (t - 1);
    }
    p.add(new Problem("Discrete boundary value n=10", 10, dbvStart, 0, (x, r, j) -> {
      int n = x.length;
      double h = 1.0 / (n + 1);
      for (int i = 0; i < n; i++) {
        double t = (i + 1) * h;
        double left = i > 0 ? x[i - 1] : 0;
        double right = i < n - 1 ? x[i + 1] : 0;
        double c = x[i] + t + 1;
        r[i] = 2 * x[i] - left - right + h * h * c * c * c / 2;
        if (j != null) {
          j[i][i] = 2 + 1.5 * h * h * c * c;
          if (i > 0) {
            j[i][i - 1] = -1;
          }
          if (i < n - 1) {
            j[i][i + 1] = -1;
          }
        }
      }
    }));
    p.add(new Problem("Discrete integral equation n=10", 10, dbvStart.clone(), 0, (x, r, j) -> {
      int n = x.length;
      double h = 1.0 / (n + 1);
      double[] t = new double[n];
      double[] c = new double[n];
      double[] dc = new double[n];
      for (int k = 0; k < n; k++) {
        t[k] = (k + 1) * h;
        double u = x[k] + t[k] + 1;
        c[k] = u * u * u;
        dc[k] = 3 * u * u;
      }
      for (int i = 0; i < n; i++) {
        double s1 = 0;
        double s2 = 0;
        for (int k = 0; k <= i; k++) {
          s1 += t[k] * c[k];
        }
        for (int k = i + 1; k < n; k++) {
          s2 += (1 - t[k]) * c[k];
        }
        r[i] = x[i] + h * ((1 - t[i]) * s1 + t[i] * s2) / 2;
        if (j != null) {
          for (int k = 0; k < n; k++) {
            j[i][k] = h / 2 * (k <= i ? (1 - t[i]) * t[k] * dc[k] : t[i] * (1 - t[k]) * dc[k]);
          }
          j[i][i] += 1;
        }
      }
    }));
    p.add(new Problem("Broyden tridiagonal n=10", 10, fill(10, -1), 0, (x, r, j) -> {
      int n = x.length;
      for (int i = 0; i < n; i++) {
        double left = i > 0 ? x[i - 1] : 0;
        double right = i < n - 1 ? x[i + 1] : 0;
        r[i] = (3 - 2 * x[i]) * x[i] - left - 2 * right + 1;
        if (j != null) {
          j[i][i] = 3 - 4 * x[i];
          if (i > 0) {
            j[i][i - 1] = -1;
          }
          if (i < n - 1) {
            j[i][i + 1] = -2;
          }
        }
      }
    }));
    p.add(new Problem("Broyden banded n=10", 10, fill(10, -1), 0, (x, r, j) -> {
      int n = x.length;
      for (int i = 0; i < n; i++) {
        double s = 0;
        for (int k = Math.max(0, i - 5); k <= Math.min(n - 1, i + 1); k++) {
          if (k != i) {
            s += x[k] * (1 + x[k]);
            if (j != null) {
              j[i][k] = -(1 + 2 * x[k]);
            }
          }
        }
        r[i] = x[i] * (2 + 5 * x[i] * x[i]) + 1 - s;
        if (j != null) {
          j[i][i] = 2 + 15 * x[i] * x[i];
        }
      }
    }));
    p.add(new Problem("Linear full rank n=5 m=10", 10, fill(5, 1), 5, (x, r, j) -> {
      int m = 10;
      double s = 0;
      for (double v : x) {
        s += v;
      }
      for (int i = 0; i < m; i++) {
        r[i] = (i < x.length ? x[i] : 0) - 2 * s / m - 1;
        if (j != null) {
          Arrays.fill(j[i], -2.0 / m);
          if (i < x.length) {
            j[i][i] += 1;
          }
        }
      }
    }));
    p.add(new Problem("Linear rank 1 n=5 m=10", 10, fill(5, 1), 10.0 * 9 / (2 * 21), (x, r, j) -> {
      double s = 0;
      for (int k = 0; k < x.length; k++) {
        s += (k + 1) * x[k];
      }
      for (int i = 0; i < 10; i++) {
        r[i] = (i + 1) * s - 1;
        if (j != null) {
          for (int k = 0; k < x.length; k++) {
            j[i][k] = (i + 1) * (k + 1);
          }
        }
      }
    }));
    p.add(new Problem("Linear rank 1 zero columns n=5 m=10", 10, fill(5, 1), (100.0 + 30 - 6) / (2 * 17),
        (x, r, j) -> {
          int n = x.length;
          double s = 0;
          for (int k = 1; k < n - 1; k++) {
            s += (k + 1) * x[k];
          }
          r[0] = -1;
          r[9] = -1;
          for (int i = 1; i < 9; i++) {
            r[i] = i * s - 1;
            if (j != null) {
              for (int k = 1; k < n - 1; k++) {
                j[i][k] = i * (k + 1);
              }
            }
          }
        }));
    double[] chebyStart = new double[8];
    for (int i = 0; i < 8; i++) {
      chebyStart[i] = (i + 1) / 9.0;
    }
    p.add(new Problem("Chebyquad n=8", 8, chebyStart, 3.51687372568e-3, (x, r, j) -> {
      int n = x.length;
      double[] tPrev = new double[n];
      double[] t = new double[n];
      double[] dPrev = new double[n];
      double[] d = new double[n];
      for (int k = 0; k < n; k++) {
        tPrev[k] = 1;
        t[k] = 2 * x[k] - 1;
        d[k] = 1;
      }
      for (int i = 1; i <= r.length; i++) {
        double mean = 0;
        for (int k = 0; k < n; k++) {
          mean += t[k] / n;
          if (j != null) {
            j[i - 1][k] = 2 * d[k] / n; // d/dx of T_i(2x − 1)
          }
        }
        r[i - 1] = mean - (i % 2 == 1 ? 0 : -1.0 / (i * i - 1));
        for (int k = 0; k < n; k++) {
          double y = 2 * x[k] - 1;
          double tNext = 2 * y * t[k] - tPrev[k];
          double dNext = 2 * t[k] + 2 * y * d[k] - dPrev[k];
          tPrev[k] = t[k];
          t[k] = tNext;
          dPrev[k] = d[k];
          d[k] = dNext;
        }
      }
    }));
    return p;
  }

  /** Powell's singular function on consecutive blocks of four variables. */
  private static void powellBlocks(double[] x, double[] r, double[][] j) {
    double s5 = Math.sqrt(5);
    double s10 = Math.sqrt(10);
    for (int b = 0; b < x.length; b += 4) {
      double a = x[b + 1] - 2 * x[b + 2];
      double c = x[b] - x[b + 3];
      r[b] = x[b] + 10 * x[b + 1];
      r[b + 1] = s5 * (x[b + 2] - x[b + 3]);
      r[b + 2] = a * a;
      r[b + 3] = s10 * c * c;
      if (j != null) {
        j[b][b] = 1;
        j[b][b + 1] = 10;
        j[b + 1][b + 2] = s5;
        j[b + 1][b + 3] = -s5;
        j[b + 2][b + 1] = 2 * a;
        j[b + 2][b + 2] = -4 * a;
        j[b + 3][b] = 2 * s10 * c;
        j[b + 3][b + 3] = -2 * s10 * c;
      }
    }
  }

  /** Watson's function (m = 31) for any n. */
  private static void watson(double[] x, double[] r, double[][] j) {
    int n = x.length;
    for (int i = 0; i < 29; i++) {
      double t = (i + 1) / 29.0;
      double s1 = 0;
      double s2 = 0;
      for (int k = 0; k < n; k++) {
        if (k > 0) {
          s1 += k * x[k] * Math.pow(t, k - 1);
        }
        s2 += x[k] * Math.pow(t, k);
      }
      r[i] = s1 - s2 * s2 - 1;
      if (j != null) {
        for (int k = 0; k < n; k++) {
          j[i][k] = (k > 0 ? k * Math.pow(t, k - 1) : 0) - 2 * s2 * Math.pow(t, k);
        }
      }
    }
    r[29] = x[0];
    r[30] = x[1] - x[0] * x[0] - 1;
    if (j != null) {
      j[29][0] = 1;
      j[30][0] = -2 * x[0];
      j[30][1] = 1;
    }
  }
}
