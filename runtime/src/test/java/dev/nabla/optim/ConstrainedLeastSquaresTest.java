package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link ConstrainedLeastSquares} (LSEI, through LSI and LDP, or HFTI without inequalities) checked by the KKT
 * conditions of min ½‖E·x − f‖² subject to C·x = d, G·x ≥ h.
 */
class ConstrainedLeastSquaresTest {

  private static double[][] gaussian(Random random, int rows, int columns) {
    double[][] a = new double[rows][columns];
    for (double[] row : a) {
      for (int j = 0; j < columns; j++) {
        row[j] = random.nextGaussian();
      }
    }
    return a;
  }

  private static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }

  @ParameterizedTest
  @CsvSource({"4, 1, 3, 1", "5, 2, 6, 2", "3, 0, 4, 3", "6, 3, 0, 4", "4, 0, 0, 5", "5, 5, 2, 6", "2, 1, 8, 7"})
  void satisfiesTheKktConditions(int n, int mc, int mg, long seed) {
    Random random = new Random(seed);
    for (int trial = 0; trial < 20; trial++) {
      double[][] c = gaussian(random, mc, n);
      double[][] e = gaussian(random, n, n);
      double[][] g = gaussian(random, mg, n);
      double[] f = gaussian(random, 1, n)[0];
      double[] point = gaussian(random, 1, n)[0];
      double[] d = new double[mc];
      double[] h = new double[mg];
      for (int i = 0; i < mc; i++) {
        d[i] = Vectors.dot(c[i], point);
      }
      for (int i = 0; i < mg; i++) {
        h[i] = Vectors.dot(g[i], point) - Math.abs(random.nextGaussian());
      }
      double[][] c0 = copy(c);
      double[][] e0 = copy(e);
      double[][] g0 = copy(g);
      double[] f0 = f.clone();
      double[] d0 = d.clone();
      double[] h0 = h.clone();
      double[] x = new double[n];
      double[] lambda = new double[mc + mg];
      assertEquals(SubproblemStatus.SOLVED,
          ConstrainedLeastSquares.solve(c, d, mc, e, f, n, g, h, mg, n, x, lambda));
      double[] residual = new double[n];
      for (int i = 0; i < n; i++) {
        residual[i] = Vectors.dot(e0[i], x) - f0[i];
      }
      double[] stationarity = new double[n];
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < n; i++) {
          stationarity[j] += e0[i][j] * residual[i];
        }
      }
      for (int i = 0; i < mc; i++) {
        assertEquals(d0[i], Vectors.dot(c0[i], x), 1e-9, "C·x = d");
        Vectors.axpy(-lambda[i], c0[i], stationarity);
      }
      for (int i = 0; i < mg; i++) {
        double slack = Vectors.dot(g0[i], x) - h0[i];
        assertTrue(slack >= -1e-9, "G·x ≥ h");
        assertTrue(lambda[mc + i] >= 0, "λ_G ≥ 0");
        assertEquals(0, lambda[mc + i] * slack, 1e-8, "complementarity");
        Vectors.axpy(-lambda[mc + i], g0[i], stationarity);
      }
      assertEquals(0, Vectors.maxNorm(stationarity), 1e-8, "Eᵀ(E·x − f) = Cᵀλ_C + Gᵀλ_G");
    }
  }
}
