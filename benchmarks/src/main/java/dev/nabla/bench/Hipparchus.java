package dev.nabla.bench;

import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.FieldGradient;
import org.hipparchus.analysis.differentiation.Gradient;

/**
 * The workloads written once over Hipparchus' {@link CalculusFieldElement} and differentiated in forward mode:
 * {@link Gradient} for first derivatives, {@link DerivativeStructure} for the Hessian, {@link FieldGradient} of
 * {@link Gradient} for the Hessian–vector product.
 */
public final class Hipparchus {
  private Hipparchus() {}

  static <T extends CalculusFieldElement<T>> T adExample(T x) {
    T a = x.multiply(x);
    T c = a.add(a.exp());
    return c.sqrt().add(c.cos());
  }

  static <T extends CalculusFieldElement<T>> T eq217(T[] x) {
    int n = x.length;
    T sum = x[0].getField().getZero();
    for (int i = 0; i < n; i++) {
      T shift = x[i].subtract(i + 1);
      sum = sum.add(shift.multiply(shift).multiply(0.1))
          .add(x[i].sin().multiply(x[(i + 1) % n].cos()))
          .add(x[i].multiply(x[i]).negate().exp());
    }
    return sum;
  }

  static <T extends CalculusFieldElement<T>> T rosenbrock(T[] x) {
    T sum = x[0].getField().getZero();
    for (int i = 0; i < x.length; i += 2) {
      T a = x[i + 1].subtract(x[i].multiply(x[i]));
      T b = x[i].negate().add(1);
      sum = sum.add(a.multiply(a).multiply(100)).add(b.multiply(b));
    }
    return sum;
  }

  static <T extends CalculusFieldElement<T>> T mlpLoss(T[][] w1, T[] b1, T[] w2, T b2, double[][] xs, double[] ys) {
    T zero = b2.getField().getZero();
    T loss = zero;
    for (int s = 0; s < ys.length; s++) {
      T y = b2;
      for (int j = 0; j < b1.length; j++) {
        T z = b1[j];
        for (int k = 0; k < xs[s].length; k++) {
          z = z.add(w1[j][k].multiply(xs[s][k]));
        }
        if (z.getReal() > 0) {
          y = y.add(w2[j].multiply(z));
        }
      }
      T e = y.subtract(ys[s]);
      loss = loss.add(e.multiply(e));
    }
    return loss.divide(ys.length);
  }

  static <T extends CalculusFieldElement<T>> T[] tall(T[] x, double[] ts) {
    T[] r = org.hipparchus.util.MathArrays.buildArray(x[0].getField(), ts.length);
    for (int i = 0; i < ts.length; i++) {
      double t = ts[i];
      r[i] = x[0].multiply(t).add(x[1]).sin().multiply(x[2].multiply(-t).exp()).add(x[3].multiply(t * t));
    }
    return r;
  }

  static <T extends CalculusFieldElement<T>> T[] wide(T[] x) {
    int n = x.length;
    T zero = x[0].getField().getZero();
    T[] r = org.hipparchus.util.MathArrays.buildArray(x[0].getField(), 4);
    java.util.Arrays.fill(r, zero);
    for (int i = 0; i < n; i++) {
      T xi = x[i];
      r[0] = r[0].add(xi.multiply(xi));
      r[1] = r[1].add(xi.sin());
      r[2] = r[2].add(xi.multiply(x[(i + 1) % n]));
      r[3] = r[3].add(xi.negate().exp());
    }
    return r;
  }

  static Gradient[] variables(double[] x) {
    Gradient[] g = new Gradient[x.length];
    for (int i = 0; i < x.length; i++) {
      g[i] = Gradient.variable(x.length, i, x[i]);
    }
    return g;
  }

  public static double adExampleDerivative(double x) {
    return adExample(Gradient.variable(1, 0, x)).getGradient()[0];
  }

  public static double[] eq217Gradient(double[] x) {
    return eq217(variables(x)).getGradient();
  }

  public static double[] rosenbrockGradient(double[] x) {
    return rosenbrock(variables(x)).getGradient();
  }

  /** The gradient in the generated code's layout: [W1 row by row, b1, w2, b2]. */
  public static double[] mlpLossGradient(double[][] w1, double[] b1, double[] w2, double b2,
      double[][] xs, double[] ys) {
    int hidden = w1.length;
    int inputs = w1[0].length;
    int n = hidden * inputs + 2 * hidden + 1;
    int p = 0;
    Gradient[][] gw1 = new Gradient[hidden][inputs];
    for (int j = 0; j < hidden; j++) {
      for (int k = 0; k < inputs; k++) {
        gw1[j][k] = Gradient.variable(n, p++, w1[j][k]);
      }
    }
    Gradient[] gb1 = new Gradient[hidden];
    for (int j = 0; j < hidden; j++) {
      gb1[j] = Gradient.variable(n, p++, b1[j]);
    }
    Gradient[] gw2 = new Gradient[hidden];
    for (int j = 0; j < hidden; j++) {
      gw2[j] = Gradient.variable(n, p++, w2[j]);
    }
    Gradient gb2 = Gradient.variable(n, p, b2);
    return mlpLoss(gw1, gb1, gw2, gb2, xs, ys).getGradient();
  }

  public static double[][] tallJacobian(double[] x, double[] ts) {
    Gradient[] r = tall(variables(x), ts);
    double[][] j = new double[r.length][];
    for (int i = 0; i < r.length; i++) {
      j[i] = r[i].getGradient();
    }
    return j;
  }

  public static double[][] wideJacobian(double[] x) {
    Gradient[] r = wide(variables(x));
    double[][] j = new double[r.length][];
    for (int i = 0; i < r.length; i++) {
      j[i] = r[i].getGradient();
    }
    return j;
  }

  /** The Hessian of equation 2.17 from one second-order {@link DerivativeStructure} evaluation. */
  public static double[][] eq217Hessian(double[] x) {
    int n = x.length;
    DSFactory factory = new DSFactory(n, 2);
    DerivativeStructure[] v = new DerivativeStructure[n];
    for (int i = 0; i < n; i++) {
      v[i] = factory.variable(i, x[i]);
    }
    DerivativeStructure f = eq217(v);
    double[][] h = new double[n][n];
    int[] orders = new int[n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        orders[i]++;
        orders[j]++;
        h[i][j] = f.getPartialDerivative(orders);
        orders[i] = 0;
        orders[j] = 0;
      }
    }
    return h;
  }

  /**
   * H·v of extended Rosenbrock: forward mode over forward mode, the outer {@link FieldGradient} for ∇, the inner
   * {@link Gradient} for the derivative along v.
   */
  public static double[] rosenbrockHessianVector(double[] x, double[] v) {
    int n = x.length;
    @SuppressWarnings("unchecked")
    FieldGradient<Gradient>[] p = (FieldGradient<Gradient>[]) new FieldGradient<?>[n];
    for (int i = 0; i < n; i++) {
      p[i] = FieldGradient.variable(n, i, new Gradient(x[i], v[i]));
    }
    Gradient[] g = rosenbrock(p).getGradient();
    double[] hv = new double[n];
    for (int i = 0; i < n; i++) {
      hv[i] = g[i].getGradient()[0];
    }
    return hv;
  }
}
