package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Every minimizer fuzzed with random objectives (quadratics with random conditioning, Rosenbrock chains,
 * log-sum-exp, exponential sums, and objectives that return NaN or +∞ in part of the space), random starting points
 * (also outside the bounds) and random options, valid and invalid. Asserted: no exception except the documented
 * {@link IllegalArgumentException} for an invalid option; with bounds, every evaluated point and the result lie in the
 * box; the result's value is the smallest finite value the objective returned, and {@code f(result.x())} is
 * {@code result.value()}. {@code -Dnabla.fuzz.optimizers=N} sets the number of runs (400 by default).
 */
class OptimizerFuzzTest {

  /** A smooth test function with gradient and Hessian. */
  interface Fn {
    double value(double[] x, double[] g, double[][] h);
  }

  /** Wraps an objective and records every evaluation. */
  static final class Recording implements Objective {
    final Fn fn;
    final Bounds bounds;
    final boolean hessian;
    double best = Double.POSITIVE_INFINITY;
    int evaluations;
    String outside;

    Recording(Fn fn, Bounds bounds, boolean hessian) {
      this.fn = fn;
      this.bounds = bounds;
      this.hessian = hessian;
    }

    private double record(double[] x, double v) {
      evaluations++;
      if (bounds != null && outside == null) {
        for (int i = 0; i < x.length; i++) {
          if (!(x[i] >= bounds.lower(i) && x[i] <= bounds.upper(i))) {
            outside = "evaluated x[" + i + "] = " + x[i] + " outside [" + bounds.lower(i) + ", " + bounds.upper(i)
                + "]";
          }
        }
      }
      if (Double.isFinite(v) && v < best) {
        best = v;
      }
      return v;
    }

    @Override
    public double value(double[] x) {
      return record(x, fn.value(x, null, null));
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
      return record(x, fn.value(x, gradient, null));
    }

    @Override
    public boolean hasHessian() {
      return hessian;
    }

    @Override
    public double[][] hessian(double[] x) {
      if (!hessian) {
        return Objective.super.hessian(x);
      }
      double[][] h = new double[x.length][x.length];
      record(x, fn.value(x, new double[x.length], h));
      return h;
    }
  }

  // ---------------------------------------------------------------- objectives

  static Fn quadratic(Random r, int n) {
    double[] lambda = new double[n];
    double[] c = new double[n];
    for (int i = 0; i < n; i++) {
      lambda[i] = Math.pow(10, -2 + 5 * r.nextDouble());
      c[i] = 3 * r.nextGaussian();
    }
    double rho = n > 1 ? 0.5 * Math.sqrt(lambda[0] * lambda[1]) * r.nextDouble() : 0;
    return (x, g, h) -> {
      double f = 0;
      for (int i = 0; i < n; i++) {
        double d = x[i] - c[i];
        f += lambda[i] * d * d;
        if (g != null) {
          g[i] = 2 * lambda[i] * d;
        }
        if (h != null) {
          h[i][i] = 2 * lambda[i];
        }
      }
      if (n > 1) {
        f += rho * (x[0] - c[0]) * (x[1] - c[1]);
        if (g != null) {
          g[0] += rho * (x[1] - c[1]);
          g[1] += rho * (x[0] - c[0]);
        }
        if (h != null) {
          h[0][1] += rho;
          h[1][0] += rho;
        }
      }
      return f;
    };
  }

  static Fn rosenbrock(int n) {
    return (x, g, h) -> {
      double f = 0;
      if (g != null) {
        Arrays.fill(g, 0);
      }
      for (int i = 0; i + 1 < n; i++) {
        double a = x[i + 1] - x[i] * x[i];
        double b = 1 - x[i];
        f += 100 * a * a + b * b;
        if (g != null) {
          g[i] += -400 * x[i] * a - 2 * b;
          g[i + 1] += 200 * a;
        }
        if (h != null) {
          h[i][i] += 1200 * x[i] * x[i] - 400 * x[i + 1] + 2;
          h[i][i + 1] += -400 * x[i];
          h[i + 1][i] += -400 * x[i];
          h[i + 1][i + 1] += 200;
        }
      }
      if (n == 1) {
        double b = 1 - x[0];
        f = b * b;
        if (g != null) {
          g[0] = -2 * b;
        }
        if (h != null) {
          h[0][0] = 2;
        }
      }
      return f;
    };
  }

  static Fn logSumExp(Random r, int n) {
    int m = n + 2;
    double[][] a = new double[m][n];
    double[] b = new double[m];
    for (int k = 0; k < m; k++) {
      for (int i = 0; i < n; i++) {
        a[k][i] = r.nextGaussian();
      }
      b[k] = r.nextGaussian();
    }
    return (x, g, h) -> {
      double[] z = new double[m];
      double max = Double.NEGATIVE_INFINITY;
      for (int k = 0; k < m; k++) {
        for (int i = 0; i < n; i++) {
          z[k] += a[k][i] * x[i];
        }
        z[k] += b[k];
        max = Math.max(max, z[k]);
      }
      double s = 0;
      for (int k = 0; k < m; k++) {
        s += Math.exp(z[k] - max);
      }
      double f = max + Math.log(s);
      double[] p = new double[m];
      for (int k = 0; k < m; k++) {
        p[k] = Math.exp(z[k] - max) / s;
      }
      double sq = 0;
      for (int i = 0; i < n; i++) {
        sq += x[i] * x[i];
      }
      f += 0.1 * sq;
      if (g != null) {
        for (int i = 0; i < n; i++) {
          double gi = 0.2 * x[i];
          for (int k = 0; k < m; k++) {
            gi += p[k] * a[k][i];
          }
          g[i] = gi;
        }
      }
      if (h != null) {
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            double v = i == j ? 0.2 : 0;
            double pi = 0;
            double pj = 0;
            for (int k = 0; k < m; k++) {
              v += p[k] * a[k][i] * a[k][j];
              pi += p[k] * a[k][i];
              pj += p[k] * a[k][j];
            }
            h[i][j] = v - pi * pj;
          }
        }
      }
      return f;
    };
  }

  static Fn expSum(Random r, int n) {
    double[] s = new double[n];
    for (int i = 0; i < n; i++) {
      s[i] = 0.2 + 2 * r.nextDouble();
    }
    return (x, g, h) -> {
      double f = 0;
      for (int i = 0; i < n; i++) {
        double e = Math.exp(s[i] * x[i]);
        f += e - s[i] * x[i];
        if (g != null) {
          g[i] = s[i] * e - s[i];
        }
        if (h != null) {
          h[i][i] = s[i] * s[i] * e;
        }
      }
      return f;
    };
  }

  /** The base function, but NaN or +∞ (value and gradient) where x[k] > t. */
  static Fn withBadRegion(Fn base, Random r, int n) {
    int k = r.nextInt(n);
    double t = 2 * r.nextGaussian();
    double bad = r.nextBoolean() ? Double.NaN : Double.POSITIVE_INFINITY;
    return (x, g, h) -> {
      double f = base.value(x, g, h);
      if (x[k] > t) {
        if (g != null) {
          Arrays.fill(g, bad);
        }
        return bad;
      }
      return f;
    };
  }

  static Fn objective(Random r, int n) {
    Fn f = switch (r.nextInt(4)) {
      case 0 -> quadratic(r, n);
      case 1 -> rosenbrock(n);
      case 2 -> logSumExp(r, n);
      default -> expSum(r, n);
    };
    return r.nextDouble() < 0.25 ? withBadRegion(f, r, n) : f;
  }

  // ---------------------------------------------------------------- options

  /** Applies a random common option; returns false if the value is invalid (so an IAE is expected). */
  static boolean common(Random r, OptimizerBuilder<?> b) {
    boolean valid = true;
    int k = r.nextInt(8);
    boolean bad = r.nextDouble() < 0.08 && k < 5;
    commonBad = bad;
    switch (k) {
      case 0 -> b.maxIterations(bad ? -r.nextInt(3) : 1 + r.nextInt(2000));
      case 1 -> b.maxEvaluations(bad ? -r.nextInt(3) : 1 + r.nextInt(3000));
      case 2 -> b.gradientTolerance(bad ? -1e-3 : Math.pow(10, -12 + 10 * r.nextDouble()));
      case 3 -> b.valueTolerance(bad ? Double.NaN : r.nextBoolean() ? 0 : Math.pow(10, -12 + 10 * r.nextDouble()));
      case 4 -> b.stepTolerance(bad ? -1 : r.nextBoolean() ? 0 : Math.pow(10, -12 + 10 * r.nextDouble()));
      default -> {
        bad = false;
      }
    }
    return !bad && valid;
  }

  /** Whether the last {@link #common} call applied an invalid value (it throws before returning). */
  static boolean commonBad;

  static double lr(Random r, boolean bad) {
    return bad ? (r.nextBoolean() ? 0 : -0.1) : Math.pow(10, -4 + 4 * r.nextDouble());
  }

  record Case(String name, Supplier<OptimizationResult> run, Recording objective, Bounds bounds,
      boolean expectIae) {}

  @Test
  void minimizersKeepTheirContract() {
    int runs = Integer.getInteger("nabla.fuzz.optimizers", 400);
    Random r = new Random(Long.getLong("nabla.fuzz.seed", 20261122L));
    List<String> problems = new ArrayList<>();
    int iaes = 0;
    int ran = 0;
    for (int run = 0; run < runs; run++) {
      int n = 1 + r.nextInt(6);
      Fn fn = objective(r, n);
      double[] x0 = new double[n];
      for (int i = 0; i < n; i++) {
        x0[i] = 3 * r.nextGaussian();
      }
      int which = r.nextInt(8);
      String name = "";
      boolean invalid = false;
      Bounds bounds = null;
      Recording obj = null;
      Supplier<OptimizationResult> call = null;
      commonBad = false;
      try {
        boolean bad = r.nextDouble() < 0.05;
        invalid = bad;
        switch (which) {
          case 0 -> {
            name = "GradientDescent";
            GradientDescent.Builder b = GradientDescent.builder().learningRate(lr(r, bad)).armijo(r.nextBoolean());
            invalid |= !common(r, b);
            b.maxIterations(1 + r.nextInt(3000));
            GradientDescent m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 1 -> {
            name = "Momentum";
            boolean badM = r.nextDouble() < 0.05;
            invalid |= badM;
            Momentum.Builder b = Momentum.builder().learningRate(lr(r, bad)).nesterov(r.nextBoolean())
                .momentum(badM ? 1 + r.nextDouble() : 0.99 * r.nextDouble());
            invalid |= !common(r, b);
            b.maxIterations(1 + r.nextInt(3000));
            Momentum m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 2 -> {
            name = "AdaGrad";
            AdaGrad.Builder b = AdaGrad.builder().learningRate(lr(r, bad)).learningRateDecay(r.nextDouble() * 0.1)
                .initialAccumulator(r.nextDouble()).epsilon(Math.pow(10, -12 + 8 * r.nextDouble()));
            invalid |= !common(r, b);
            b.maxIterations(1 + r.nextInt(3000));
            AdaGrad m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 3 -> {
            name = "RmsProp";
            RmsProp.Builder b = RmsProp.builder().learningRate(lr(r, bad)).alpha(0.999 * r.nextDouble())
                .centered(r.nextBoolean()).momentum(r.nextBoolean() ? 0 : 0.95 * r.nextDouble())
                .weightDecay(r.nextBoolean() ? 0 : 0.01 * r.nextDouble());
            invalid |= !common(r, b);
            b.maxIterations(1 + r.nextInt(3000));
            RmsProp m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 4 -> {
            name = "Adam";
            boolean badB = r.nextDouble() < 0.05;
            invalid |= badB;
            Adam.Builder b = Adam.builder().learningRate(lr(r, bad)).beta1(badB ? 1.0 : 0.99 * r.nextDouble())
                .beta2(0.9 + 0.0999 * r.nextDouble()).amsgrad(r.nextBoolean());
            if (r.nextBoolean()) {
              b.adamW();
            }
            invalid |= !common(r, b);
            b.maxIterations(1 + r.nextInt(3000));
            Adam m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 5 -> {
            name = "Lbfgs-B";
            double[] lo = new double[n];
            double[] hi = new double[n];
            for (int i = 0; i < n; i++) {
              double a = 2 * r.nextGaussian();
              double w = r.nextDouble() * 3;
              lo[i] = r.nextDouble() < 0.2 ? Double.NEGATIVE_INFINITY : a;
              hi[i] = r.nextDouble() < 0.2 ? Double.POSITIVE_INFINITY : a + (r.nextDouble() < 0.05 ? 0 : w);
            }
            bounds = Bounds.of(lo, hi);
            Lbfgs.Builder b = Lbfgs.builder().memory(bad ? 0 : 1 + r.nextInt(12)).bounds(bounds);
            invalid |= !common(r, b);
            Lbfgs m = b.build();
            obj = new Recording(fn, bounds, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          case 6 -> {
            name = "Lbfgs";
            Lbfgs.Builder b = Lbfgs.builder().memory(bad ? 0 : 1 + r.nextInt(12));
            invalid |= !common(r, b);
            Lbfgs m = b.build();
            obj = new Recording(fn, null, false);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
          default -> {
            name = "Newton";
            Newton.Builder b = Newton.builder().denseLimit(bad ? 0 : 1 + r.nextInt(8))
                .conjugateGradient(r.nextBoolean());
            invalid |= !common(r, b);
            Newton m = b.build();
            obj = new Recording(fn, null, true);
            Recording o = obj;
            call = () -> m.minimize(o, x0);
          }
        }
      } catch (IllegalArgumentException e) {
        if (!invalid && !commonBad) {
          problems.add("run " + run + " " + name + ": IAE for valid options: " + e.getMessage());
        }
        iaes++;
        continue;
      }
      if (invalid) {
        problems.add("run " + run + " " + name + ": invalid option accepted");
        continue;
      }
      ran++;
      check("run " + run + " " + name + " n=" + n, call, obj, bounds, problems);
    }
    // Levenberg–Marquardt on random residuals, some with a non-finite region.
    for (int run = 0; run < runs / 4; run++) {
      int n = 1 + r.nextInt(5);
      int m = n + r.nextInt(4);
      double[][] a = new double[m][n];
      double[] b = new double[m];
      double[] c = new double[m];
      for (int k = 0; k < m; k++) {
        for (int i = 0; i < n; i++) {
          a[k][i] = r.nextGaussian();
        }
        b[k] = r.nextGaussian();
        c[k] = r.nextGaussian();
      }
      double t = r.nextDouble() < 0.25 ? 2 * r.nextGaussian() : Double.POSITIVE_INFINITY;
      double[] best = {Double.POSITIVE_INFINITY};
      LeastSquaresProblem problem = (x, jac) -> {
        double[] res = new double[m];
        for (int k = 0; k < m; k++) {
          double s = b[k] + c[k] * Math.sin(x[k % n]);
          for (int i = 0; i < n; i++) {
            s += a[k][i] * x[i];
          }
          res[k] = x[0] > t ? Double.NaN : s;
          if (jac != null) {
            for (int i = 0; i < n; i++) {
              jac[k][i] = a[k][i] + (i == k % n ? c[k] * Math.cos(x[i]) : 0);
            }
          }
        }
        double ss = 0;
        for (double v : res) {
          ss += v * v;
        }
        if (Double.isFinite(ss)) {
          best[0] = Math.min(best[0], ss);
        }
        return res;
      };
      double[] x0 = new double[n];
      for (int i = 0; i < n; i++) {
        x0[i] = 3 * r.nextGaussian();
      }
      String at = "LM run " + run + " m=" + m + " n=" + n;
      commonBad = false;
      try {
        LevenbergMarquardt.Builder builder = LevenbergMarquardt.builder()
            .initialStepBound(Math.pow(10, -2 + 4 * r.nextDouble()));
        boolean valid = common(r, builder);
        if (!valid) {
          problems.add(at + ": invalid option accepted");
          continue;
        }
        OptimizationResult res = builder.build().minimize(problem, x0);
        ran++;
        if (Double.isFinite(best[0]) && !ulpClose(res.value(), best[0])) {
          problems.add(at + ": result value " + res.value() + " but best seen " + best[0] + " (" + res + ")");
        }
        double[] rx = problem.residuals(res.x(), null);
        double ss = 0;
        for (double v : rx) {
          ss += v * v;
        }
        if (Double.isFinite(res.value()) && !ulpClose(ss, res.value())) {
          problems.add(at + ": f(result.x()) = " + ss + " but result.value() = " + res.value());
        }
      } catch (IllegalArgumentException e) {
        iaes++;
        if (!commonBad) {
          problems.add(at + ": IAE for valid options: " + e.getMessage());
        }
      } catch (RuntimeException e) {
        problems.add(at + ": threw " + e);
      }
    }
    System.out.println("[nabla optimizer fuzz] runs " + ran + ", rejected options " + iaes + ", problems "
        + problems.size());
    problems.stream().limit(20).forEach(System.out::println);
    assertEquals(List.of(), problems);
  }

  /**
   * Levenberg–Marquardt reports ‖r‖² from MINPACK's overflow-safe scaled norm, which can differ from Σ rᵢ² in the last
   * bits; anything beyond a few ulps is a real mismatch.
   */
  static boolean ulpClose(double a, double b) {
    return Math.abs(a - b) <= 8 * Math.ulp(Math.max(Math.abs(a), Math.abs(b)));
  }

  static void check(String at, Supplier<OptimizationResult> call, Recording obj, Bounds bounds,
      List<String> problems) {
    OptimizationResult res;
    try {
      res = call.get();
    } catch (RuntimeException e) {
      problems.add(at + ": threw " + e);
      return;
    }
    if (obj.outside != null) {
      problems.add(at + ": " + obj.outside);
    }
    double[] x = res.x();
    if (bounds != null) {
      for (int i = 0; i < x.length; i++) {
        if (!(x[i] >= bounds.lower(i) && x[i] <= bounds.upper(i))) {
          problems.add(at + ": result x[" + i + "] = " + x[i] + " outside the bounds");
        }
      }
    }
    if (Double.isFinite(obj.best) && res.value() != obj.best) {
      problems.add(at + ": result value " + res.value() + " but the best finite value seen is " + obj.best + " ("
          + res.status() + ")");
    }
    double fx = obj.fn.value(x, null, null);
    if (Double.isFinite(obj.best) && Double.compare(fx, res.value()) != 0) {
      problems.add(at + ": f(result.x()) = " + fx + " but result.value() = " + res.value());
    }
  }
}
