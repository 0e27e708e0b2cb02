package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The line search on the test functions of Moré and Thuente (1994), and the L-BFGS memory's two forms. */
class MoreThuenteTest {

  /** A line function from φ and φ'. */
  private static final class Phi implements LineFunction {
    private final DoubleUnaryOperator f;
    private final DoubleUnaryOperator df;
    private double t;

    Phi(DoubleUnaryOperator f, DoubleUnaryOperator df) {
      this.f = f;
      this.df = df;
    }

    DoubleUnaryOperator f() {
      return f;
    }

    DoubleUnaryOperator df() {
      return df;
    }

    @Override
    public double value(double step) {
      t = step;
      return f.applyAsDouble(step);
    }

    @Override
    public double slope() {
      return df.applyAsDouble(t);
    }
  }

  private static void assertStrongWolfe(Phi phi, double ftol, double gtol) {
    for (double start : new double[] {1e-3, 1e-1, 1e1, 1e3}) {
      MoreThuente search = new MoreThuente(ftol, gtol, 1e-10, 60);
      double f0 = phi.value(0);
      double g0 = phi.slope();
      MoreThuente.Outcome outcome = search.search(phi, f0, g0, start, 1e10);
      double t = search.step();
      assertEquals(MoreThuente.Outcome.CONVERGED, outcome, "from " + start);
      assertTrue(phi.f().applyAsDouble(t) <= f0 + ftol * t * g0, "sufficient decrease from " + start);
      assertTrue(Math.abs(phi.df().applyAsDouble(t)) <= gtol * Math.abs(g0), "curvature from " + start);
    }
  }

  @Test
  void nonFiniteTrialsShrinkTheStepAndAreNeverPassedAgain() {
    // φ(t) = (t − 0.6)² on a domain ending at t = 0.7, NaN beyond (as log of a negative number gives).
    List<Double> trials = new ArrayList<>();
    Phi phi = new Phi(t -> {
      trials.add(t);
      return t < 0.7 ? (t - 0.6) * (t - 0.6) : Double.NaN;
    }, t -> 2 * (t - 0.6));
    for (double start : new double[] {1, 1e3}) {
      trials.clear();
      MoreThuente search = new MoreThuente(1e-4, 0.9, 1e-10, 30);
      assertEquals(MoreThuente.Outcome.CONVERGED, search.search(phi, 0.36, -1.2, start, 1e10), "from " + start);
      double t = search.step();
      assertTrue(t < 0.7 && (t - 0.6) * (t - 0.6) <= 0.36 - 1e-4 * 1.2 * t, "sufficient decrease at " + t);
      assertTrue(Math.abs(2 * (t - 0.6)) <= 0.9 * 1.2, "curvature at " + t);
      double nonFinite = Double.POSITIVE_INFINITY;
      for (double trial : trials) {
        assertTrue(trial < nonFinite, "trial " + trial + " after a non-finite one at " + nonFinite + ": " + trials);
        if (trial >= 0.7) {
          nonFinite = trial;
        }
      }
    }
  }

  @Test
  void aSearchWhoseTrialsAreAllNonFiniteSaysSo() {
    Phi phi = new Phi(t -> t > 0 ? Double.POSITIVE_INFINITY : 0, t -> -1);
    MoreThuente search = new MoreThuente(1e-4, 0.9, 1e-10, 30);
    assertEquals(MoreThuente.Outcome.NON_FINITE, search.search(phi, 0, -1, 1, 1e10));
  }

  @Test
  void function1() {
    double b = 2;
    assertStrongWolfe(new Phi(a -> -a / (a * a + b), a -> (a * a - b) / ((a * a + b) * (a * a + b))), 1e-3, 0.1);
  }

  @Test
  void function2() {
    double b = 0.004;
    assertStrongWolfe(new Phi(a -> Math.pow(a + b, 5) - 2 * Math.pow(a + b, 4),
        a -> 5 * Math.pow(a + b, 4) - 8 * Math.pow(a + b, 3)), 0.1, 0.1);
  }

  @Test
  void function3() {
    double b = 0.01;
    double l = 39;
    DoubleUnaryOperator phi0 = a -> a <= 1 - b ? 1 - a : a >= 1 + b ? a - 1 : (a - 1) * (a - 1) / (2 * b) + b / 2;
    DoubleUnaryOperator dphi0 = a -> a <= 1 - b ? -1 : a >= 1 + b ? 1 : (a - 1) / b;
    double c = 2 * (1 - b) / (l * Math.PI);
    assertStrongWolfe(new Phi(a -> phi0.applyAsDouble(a) + c * Math.sin(l * Math.PI / 2 * a),
        a -> dphi0.applyAsDouble(a) + (1 - b) * Math.cos(l * Math.PI / 2 * a)), 0.1, 0.1);
  }

  @Test
  void compactRepresentationInvertsTheTwoLoopRecursion() {
    // B from W·M·Wᵀ (used by L-BFGS-B) must be the inverse of H from the two-loop recursion (used by L-BFGS).
    int n = 7;
    Random random = new Random(11);
    LbfgsMemory memory = new LbfgsMemory(4, n);
    for (int k = 0; k < 6; k++) {
      double[] s = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        s[i] = random.nextGaussian();
        y[i] = (1 + i) * s[i] + 0.1 * random.nextGaussian(); // y ≈ A·s with A positive definite
      }
      assertTrue(Vectors.dot(s, y) > 0);
      memory.add(s, y);
    }
    double[] g = new double[n];
    for (int i = 0; i < n; i++) {
      g[i] = random.nextGaussian();
    }
    double[] d = new double[n];
    memory.twoLoopDirection(g, d); // d = −H·g
    int c2 = 2 * memory.size();
    double[] wTd = new double[c2];
    for (int i = 0; i < n; i++) {
      Vectors.axpy(d[i], memory.wRow(i), wTd);
    }
    double[] mWtd = memory.timesMiddle(wTd);
    double[] bd = new double[n];
    for (int i = 0; i < n; i++) {
      bd[i] = memory.theta() * d[i] - Vectors.dot(memory.wRow(i), mWtd);
    }
    double[] minusG = new double[n];
    for (int i = 0; i < n; i++) {
      minusG[i] = -g[i];
    }
    assertArrayEquals(minusG, bd, 1e-10);
  }
}
