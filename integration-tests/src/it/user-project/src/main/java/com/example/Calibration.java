package com.example;

import dev.nabla.Differentiable;
import dev.nabla.NoDerivative;

/** A user's least-squares model: y ≈ a·exp(−b·t). */
public final class Calibration {
  private Calibration() {}

  @Differentiable
  public static double[] residuals(double[] p, @NoDerivative double[] t, @NoDerivative double[] y) {
    double[] r = new double[t.length];
    for (int i = 0; i < t.length; i++) {
      r[i] = p[0] * Math.exp(-p[1] * t[i]) - y[i];
    }
    return r;
  }

  @Differentiable
  public static double loss(double[] p, @NoDerivative double[] t, @NoDerivative double[] y) {
    double s = 0;
    double[] r = residuals(p, t, y);
    for (double ri : r) {
      s += ri * ri;
    }
    return s;
  }
}
