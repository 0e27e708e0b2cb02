package dev.nabla.bench;

import java.util.function.UnaryOperator;

/**
 * Jacobians made in the mode the generated code does not choose, one direction at a time through the public JVP and
 * VJP: what the mode choice saves.
 */
public final class OtherMode {
  private OtherMode() {}

  /** The m×n Jacobian by n Jacobian–vector products, one per column. */
  public static double[][] byColumns(UnaryOperator<double[]> jvp, int m, int n) {
    double[][] jacobian = new double[m][n];
    double[] tangent = new double[n];
    for (int j = 0; j < n; j++) {
      tangent[j] = 1;
      double[] column = jvp.apply(tangent);
      tangent[j] = 0;
      for (int i = 0; i < m; i++) {
        jacobian[i][j] = column[i];
      }
    }
    return jacobian;
  }

  /** The m×n Jacobian by m vector–Jacobian products, one per row. */
  public static double[][] byRows(UnaryOperator<double[]> vjp, int m) {
    double[][] jacobian = new double[m][];
    double[] cotangent = new double[m];
    for (int i = 0; i < m; i++) {
      cotangent[i] = 1;
      jacobian[i] = vjp.apply(cotangent);
      cotangent[i] = 0;
    }
    return jacobian;
  }
}
