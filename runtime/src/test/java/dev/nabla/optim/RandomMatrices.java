package dev.nabla.optim;

import java.util.Random;

/** Seeded standard normal matrices for the property tests of the least-squares subproblems. */
final class RandomMatrices {
  private RandomMatrices() {}

  /** A rows×columns matrix of independent standard normal entries. */
  static double[][] gaussian(Random random, int rows, int columns) {
    double[][] a = new double[rows][columns];
    for (double[] row : a) {
      for (int j = 0; j < columns; j++) {
        row[j] = random.nextGaussian();
      }
    }
    return a;
  }

  /** A deep copy. */
  static double[][] copy(double[][] a) {
    double[][] c = new double[a.length][];
    for (int i = 0; i < a.length; i++) {
      c[i] = a[i].clone();
    }
    return c;
  }
}
