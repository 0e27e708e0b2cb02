package dev.nabla.processor.fuzz;

import java.util.List;
import org.hipparchus.CalculusFieldElement;

/** An oracle's results at a point, rounded to double: the outputs' values, their Jacobian, the first one's Hessian. */
record Reference(double[] values, double[][] jacobian, double[][] hessian) {
  /** What the comparison trusts: values and derivatives up to this magnitude. */
  static final double RANGE = 1e8;

  /** The results of {@code in}'s run that gave {@code result}, over {@code n} variables. */
  static <T extends CalculusFieldElement<T>> Reference of(Interpreter<T> in, Object result, int n) {
    List<T> outs = in.outputs(result);
    double[] values = new double[outs.size()];
    double[][] jacobian = new double[outs.size()][n];
    for (int i = 0; i < values.length; i++) {
      values[i] = outs.get(i).getReal();
      for (int j = 0; j < n; j++) {
        jacobian[i][j] = in.partial(outs.get(i), orders(n, j, -1));
      }
    }
    double[][] hessian = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        hessian[i][j] = in.partial(outs.get(0), orders(n, i, j));
      }
    }
    return new Reference(values, jacobian, hessian);
  }

  /**
   * Why the comparison does not trust these results, or null: a value or first derivative not finite or beyond
   * {@link #RANGE}, or (of a scalar function) a second derivative beyond it, which marks a point where rounding is
   * amplified as much as by a large gradient.
   */
  String outOfRange(boolean vector) {
    for (int i = 0; i < values.length; i++) {
      if (!(Math.abs(values[i]) <= RANGE)) {
        return "value out of range " + values[i];
      }
      for (int j = 0; j < jacobian[i].length; j++) {
        if (!(Math.abs(jacobian[i][j]) <= RANGE)) {
          return "derivative out of range";
        }
        if (!vector && Math.abs(hessian[j][j]) > RANGE) {
          return "second derivative out of range";
        }
      }
    }
    return null;
  }

  /** The orders of ∂/∂x_i (j < 0) or ∂²/∂x_i∂x_j among {@code n} variables. */
  private static int[] orders(int n, int i, int j) {
    int[] orders = new int[n];
    orders[i]++;
    if (j >= 0) {
      orders[j]++;
    }
    return orders;
  }
}
