package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link LeastDistance} checked by the KKT conditions of min ½‖x‖² subject to G·x ≥ h. */
class LeastDistanceTest {

  @ParameterizedTest
  @CsvSource({"6, 3, 1", "2, 4, 2", "10, 5, 3", "1, 1, 4", "8, 2, 5"})
  void satisfiesTheKktConditions(int rows, int n, long seed) {
    Random random = new Random(seed);
    for (int trial = 0; trial < 20; trial++) {
      double[][] g = new double[rows][n];
      double[] h = new double[rows];
      for (int i = 0; i < rows; i++) {
        for (int j = 0; j < n; j++) {
          g[i][j] = random.nextGaussian();
        }
        h[i] = random.nextGaussian();
      }
      // Feasible: lower h until a random point satisfies every row with some slack.
      double[] point = new double[n];
      for (int j = 0; j < n; j++) {
        point[j] = 3 * random.nextGaussian();
      }
      for (int i = 0; i < rows; i++) {
        h[i] = Math.min(h[i], Vectors.dot(g[i], point) - Math.abs(random.nextGaussian()));
      }
      double[] x = new double[n];
      double[] lambda = new double[rows];
      assertEquals(SubproblemStatus.SOLVED, LeastDistance.solve(g, h, rows, n, x, lambda));
      double[] stationarity = x.clone();
      for (int i = 0; i < rows; i++) {
        double slack = Vectors.dot(g[i], x) - h[i];
        assertTrue(slack >= -1e-10, "primal feasibility");
        assertTrue(lambda[i] >= 0, "dual feasibility");
        assertEquals(0, lambda[i] * slack, 1e-10, "complementarity");
        Vectors.axpy(-lambda[i], g[i], stationarity);
      }
      assertEquals(0, Vectors.maxNorm(stationarity), 1e-10, "x = Gᵀλ");
    }
  }

  @Test
  void incompatibleRowsAreReported() {
    double[][] g = {{1, 0}, {-1, 0}};
    double[] h = {1, 0};
    assertEquals(SubproblemStatus.INCOMPATIBLE, LeastDistance.solve(g, h, 2, 2, new double[2], new double[2]));
  }
}
