package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Nnls} against the definition: the least residual over every passive set whose solution is positive. */
class NnlsTest {

  /** min ‖A·x − b‖ over x ≥ 0 by trying every passive set P: the unconstrained solution on P, kept if positive. */
  private static double bruteForceResidual(double[][] columns, double[] b) {
    int n = columns.length;
    double best = norm(b);
    for (int set = 1; set < 1 << n; set++) {
      int size = Integer.bitCount(set);
      int[] chosen = new int[size];
      for (int j = 0, k = 0; j < n; j++) {
        if ((set & 1 << j) != 0) {
          chosen[k++] = j;
        }
      }
      double[][] normal = new double[size][size];
      double[] rhs = new double[size];
      for (int p = 0; p < size; p++) {
        rhs[p] = dot(columns[chosen[p]], b);
        for (int q = 0; q < size; q++) {
          normal[p][q] = dot(columns[chosen[p]], columns[chosen[q]]);
        }
      }
      DenseLu lu = new DenseLu(normal);
      if (lu.singular()) {
        continue;
      }
      double[] xp = lu.solve(rhs);
      boolean positive = true;
      for (double v : xp) {
        positive &= v > 0;
      }
      if (positive) {
        double[] r = b.clone();
        for (int p = 0; p < size; p++) {
          Vectors.axpy(-xp[p], columns[chosen[p]], r);
        }
        best = Math.min(best, norm(r));
      }
    }
    return best;
  }

  @ParameterizedTest
  @CsvSource({"6, 4, 1", "6, 4, 2", "8, 5, 3", "3, 5, 4", "4, 4, 5", "10, 6, 6"})
  void reachesTheLeastResidualWithADualCertificate(int m, int n, long seed) {
    Random random = new Random(seed);
    for (int trial = 0; trial < 20; trial++) {
      double[][] a = new double[n][m];
      double[] b = new double[m];
      for (int j = 0; j < n; j++) {
        for (int i = 0; i < m; i++) {
          a[j][i] = random.nextGaussian();
        }
      }
      for (int i = 0; i < m; i++) {
        b[i] = random.nextGaussian();
      }
      double[][] original = new double[n][];
      for (int j = 0; j < n; j++) {
        original[j] = a[j].clone();
      }
      double[] bOriginal = b.clone();
      Nnls.Solution s = Nnls.solve(a, m, b);
      assertTrue(s.solved());
      double[] residual = bOriginal.clone();
      for (int j = 0; j < n; j++) {
        assertTrue(s.x()[j] >= 0);
        Vectors.axpy(-s.x()[j], original[j], residual);
      }
      assertEquals(norm(residual), s.residualNorm(), 1e-12);
      assertEquals(bruteForceResidual(original, bOriginal), s.residualNorm(), 1e-10);
      for (int j = 0; j < n; j++) {
        double dual = dot(original[j], residual);
        assertTrue(dual <= 1e-10, "the dual Aᵀ(b − Ax) is ≤ 0");
        if (s.x()[j] > 0) {
          assertEquals(0, dual, 1e-10, "and 0 where x > 0");
        }
      }
    }
  }

  @ParameterizedTest
  @CsvSource({"5, 3", "4, 4"})
  void solvesAConsistentPositiveSystemExactly(int m, int n) {
    double[][] a = new double[n][m];
    double[] x = new double[n];
    double[] b = new double[m];
    for (int j = 0; j < n; j++) {
      x[j] = j + 1;
      for (int i = 0; i < m; i++) {
        a[j][i] = 1.0 / (i + j + 1) + (i == j ? 1 : 0);
        b[i] += a[j][i] * x[j];
      }
    }
    Nnls.Solution s = Nnls.solve(a, m, b);
    assertArrayEquals(x, s.x(), 1e-12);
    assertEquals(0, s.residualNorm(), 1e-12);
  }

  private static double dot(double[] u, double[] v) {
    return Vectors.dot(u, v);
  }

  private static double norm(double[] v) {
    return Vectors.norm(v);
  }
}
