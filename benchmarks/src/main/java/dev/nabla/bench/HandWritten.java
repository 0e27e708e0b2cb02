package dev.nabla.bench;

/**
 * Derivatives as an expert writes them by hand: analytic formulas, transcendental values shared between the function
 * and its derivative, no allocation where the caller provides the output.
 */
public final class HandWritten {
  private HandWritten() {}

  /** d/dx of √(x² + eˣ²) + cos(x² + eˣ²). */
  public static double adExampleDerivative(double x) {
    double a = x * x;
    double b = Math.exp(a);
    double c = a + b;
    return 2 * x * (1 + b) * (0.5 / Math.sqrt(c) - Math.sin(c));
  }

  /** √(x² + eˣ²) + cos(x² + eˣ²), returned, and its derivative, written into g[0], as the generated gradient does. */
  public static double adExampleGradient(double x, double[] g) {
    double a = x * x;
    double b = Math.exp(a);
    double c = a + b;
    double s = Math.sqrt(c);
    g[0] = 2 * x * (1 + b) * (0.5 / s - Math.sin(c));
    return s + Math.cos(c);
  }

  /** Equation 2.17 and its gradient; sin and cos of each xᵢ computed once (rolled to the next term). */
  public static double eq217Gradient(double[] x, double[] g) {
    int n = x.length;
    double s0 = Math.sin(x[0]);
    double c0 = Math.cos(x[0]);
    double si = s0;
    double ci = c0;
    double sum = 0;
    double gFirst = 0; // the wrap-around contribution to g[0], added at the end
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double sj;
      double cj;
      if (i + 1 < n) {
        double xj = x[i + 1];
        sj = Math.sin(xj);
        cj = Math.cos(xj);
      } else {
        sj = s0;
        cj = c0;
      }
      double shift = xi - (i + 1);
      double e = Math.exp(-xi * xi);
      sum += 0.1 * shift * shift + si * cj + e;
      double gi = 0.2 * shift + ci * cj - 2 * xi * e;
      if (i > 0) {
        g[i] += gi;
      } else {
        g[0] = gi;
      }
      if (i + 1 < n) {
        g[i + 1] = -si * sj;
      } else {
        gFirst = -si * sj;
      }
      si = sj;
      ci = cj;
    }
    g[0] += gFirst;
    return sum;
  }

  /** The 50-term ring Σ sin(xᵢ − xᵢ₊₁)(xᵢ − xᵢ₊₁) and its gradient. */
  public static double ring50Gradient(double[] x, double[] g) {
    java.util.Arrays.fill(g, 0, 50, 0.0);
    double sum = 0;
    for (int i = 0; i < 50; i++) {
      int j = i + 1 == 50 ? 0 : i + 1;
      double d = x[i] - x[j];
      double s = Math.sin(d);
      sum += s * d;
      double dd = Math.cos(d) * d + s;
      g[i] += dd;
      g[j] -= dd;
    }
    return sum;
  }

  /** Extended Rosenbrock and its gradient. */
  public static double rosenbrockGradient(double[] x, double[] g) {
    int n = x.length;
    double sum = 0;
    for (int i = 0; i < n; i += 2) {
      double x0 = x[i];
      double a = x[i + 1] - x0 * x0;
      double b = 1 - x0;
      sum += 100 * a * a + b * b;
      g[i] = -400 * a * x0 - 2 * b;
      g[i + 1] = 200 * a;
    }
    return sum;
  }

  /** Extended Rosenbrock and the Hessian–vector product H·v (2×2 blocks). */
  public static double rosenbrockHessianVector(double[] x, double[] v, double[] hv) {
    int n = x.length;
    double sum = 0;
    for (int i = 0; i < n; i += 2) {
      double x0 = x[i];
      double x1 = x[i + 1];
      double a = x1 - x0 * x0;
      double b = 1 - x0;
      sum += 100 * a * a + b * b;
      double h00 = 1200 * x0 * x0 - 400 * x1 + 2;
      double h01 = -400 * x0;
      hv[i] = h00 * v[i] + h01 * v[i + 1];
      hv[i + 1] = h01 * v[i] + 200 * v[i + 1];
    }
    return sum;
  }

  /**
   * The two-layer ReLU network's mean squared loss and its gradient in the layout of the generated code:
   * [W1 row by row (hidden×inputs), b1, w2, b2].
   */
  public static double mlpLossGradient(double[][] w1, double[] b1, double[] w2, double b2,
      double[][] xs, double[] ys, double[] g) {
    int batch = ys.length;
    int hidden = b1.length;
    int inputs = xs[0].length;
    int ob1 = hidden * inputs;
    int ow2 = ob1 + hidden;
    int ob2 = ow2 + hidden;
    java.util.Arrays.fill(g, 0.0);
    double[] z = new double[hidden];
    double loss = 0;
    double scale = 2.0 / batch;
    for (int s = 0; s < batch; s++) {
      double[] x = xs[s];
      double y = b2;
      for (int j = 0; j < hidden; j++) {
        double[] row = w1[j];
        double zj = b1[j];
        for (int k = 0; k < inputs; k++) {
          zj += row[k] * x[k];
        }
        z[j] = zj;
        if (zj > 0) {
          y += w2[j] * zj;
        }
      }
      double e = y - ys[s];
      loss += e * e;
      double dy = scale * e;
      g[ob2] += dy;
      for (int j = 0; j < hidden; j++) {
        double zj = z[j];
        if (zj > 0) {
          g[ow2 + j] += dy * zj;
          double dz = dy * w2[j];
          g[ob1 + j] += dz;
          int o = j * inputs;
          for (int k = 0; k < inputs; k++) {
            g[o + k] += dz * x[k];
          }
        }
      }
    }
    return loss / batch;
  }

  /** The m×n Jacobian of r(t) = sin(x₀t + x₁)·exp(−x₂t) + x₃t², written into j; returns r. */
  public static double[] tallJacobian(double[] x, double[] ts, double[][] jac) {
    double[] r = new double[ts.length];
    for (int i = 0; i < ts.length; i++) {
      double t = ts[i];
      double u = x[0] * t + x[1];
      double s = Math.sin(u);
      double c = Math.cos(u);
      double e = Math.exp(-x[2] * t);
      r[i] = s * e + x[3] * t * t;
      double[] row = jac[i];
      row[0] = c * e * t;
      row[1] = c * e;
      row[2] = -t * s * e;
      row[3] = t * t;
    }
    return r;
  }

  /** The 4×n Jacobian of the wide function, written into jac; returns its value. */
  public static double[] wideJacobian(double[] x, double[][] jac) {
    int n = x.length;
    double[] r = new double[4];
    double[] j0 = jac[0];
    double[] j1 = jac[1];
    double[] j2 = jac[2];
    double[] j3 = jac[3];
    for (int i = 0; i < n; i++) {
      double xi = x[i];
      double next = x[i + 1 == n ? 0 : i + 1];
      double prev = x[i == 0 ? n - 1 : i - 1];
      double e = Math.exp(-xi);
      r[0] += xi * xi;
      r[1] += Math.sin(xi);
      r[2] += xi * next;
      r[3] += e;
      j0[i] = 2 * xi;
      j1[i] = Math.cos(xi);
      j2[i] = next + prev;
      j3[i] = -e;
    }
    return r;
  }

  /** The n×n Hessian of equation 2.17 (n ≥ 3). */
  public static double[][] eq217Hessian(double[] x) {
    int n = x.length;
    double[][] h = new double[n][n];
    for (int i = 0; i < n; i++) {
      int j = i + 1 == n ? 0 : i + 1;
      double xi = x[i];
      double xj = x[j];
      double si = Math.sin(xi);
      double ci = Math.cos(xi);
      double sj = Math.sin(xj);
      double cj = Math.cos(xj);
      double e = Math.exp(-xi * xi);
      h[i][i] += 0.2 - si * cj + (4 * xi * xi - 2) * e;
      h[j][j] -= si * cj;
      h[i][j] -= ci * sj;
      h[j][i] -= ci * sj;
    }
    return h;
  }

  /** The pose alignment Σᵢ ‖R(θ)pᵢ + (x, y) − qᵢ‖² and its gradient (∂x, ∂y, ∂θ); cos θ and sin θ computed once. */
  public static double alignmentGradient(Pose pose, double[] px, double[] py, double[] qx, double[] qy, double[] g) {
    double x = pose.x();
    double y = pose.y();
    double c = Math.cos(pose.theta());
    double s = Math.sin(pose.theta());
    double sum = 0;
    double gx = 0;
    double gy = 0;
    double gt = 0;
    for (int i = 0; i < px.length; i++) {
      double rx = c * px[i] - s * py[i];
      double ry = s * px[i] + c * py[i];
      double dx = rx + x - qx[i];
      double dy = ry + y - qy[i];
      sum += dx * dx + dy * dy;
      gx += dx;
      gy += dy;
      gt += dy * rx - dx * ry;
    }
    g[0] = 2 * gx;
    g[1] = 2 * gy;
    g[2] = 2 * gt;
    return sum;
  }

  /**
   * The circle fit Σᵢ (‖pᵢ − c‖ − r)² and its gradient (∂cx, ∂cy, ∂r): one division per point, the factor 2 applied
   * once at the end.
   */
  public static double circleFitGradient(Circle circle, double[] x, double[] y, double[] g) {
    double cx = circle.cx();
    double cy = circle.cy();
    double r = circle.r();
    double sum = 0;
    double gx = 0;
    double gy = 0;
    double gr = 0;
    for (int i = 0; i < x.length; i++) {
      double dx = x[i] - cx;
      double dy = y[i] - cy;
      double distance = Math.sqrt(dx * dx + dy * dy);
      double residual = distance - r;
      sum += residual * residual;
      double k = residual / distance;
      gx -= k * dx;
      gy -= k * dy;
      gr -= residual;
    }
    g[0] = 2 * gx;
    g[1] = 2 * gy;
    g[2] = 2 * gr;
    return sum;
  }
}
