package dev.nabla.bench;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Constraint;
import dev.nabla.optim.Objective;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import dev.nabla.optim.Status;
import dev.nabla.optim.VectorFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs nabla's {@link Sqp} on the random problems {@code slsqp_random.py} solved with scipy's SLSQP and compares
 * iterations, evaluations, outcome and time (nabla's after 20 warm-up passes over the problems, scipy's as the
 * script measured it). Usage: {@code SqpAgreement <problems file>}; prints one line per disagreement and a summary.
 */
public final class SqpAgreement {
  private static final int LINES = 13;

  private SqpAgreement() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    List<Problem> problems = new ArrayList<>();
    for (int p = 0; p + LINES <= lines.size(); p += LINES) {
      problems.add(new Problem(lines.subList(p, p + LINES)));
    }
    for (int warmup = 0; warmup < 20; warmup++) {
      for (Problem problem : problems) {
        problem.solve();
      }
    }
    int compared = 0;
    int same = 0;
    int solvedByScipy = 0;
    int solvedByBoth = 0;
    long nablaEvaluations = 0;
    long scipyEvaluations = 0;
    double nablaSeconds = 0;
    double scipySeconds = 0;
    for (Problem problem : problems) {
      long start = System.nanoTime();
      OptimizationResult r = problem.solve();
      nablaSeconds += (System.nanoTime() - start) / 1e9;
      if (r == null) {
        System.out.println("seed " + problem.seed + ": more equalities than variables (scipy status "
            + problem.status + ")");
        continue;
      }
      compared++;
      scipySeconds += problem.scipySeconds;
      nablaEvaluations += r.evaluations();
      scipyEvaluations += problem.nfev;
      // scipy's success is SLSQP's mode 0, which includes its step test: nabla's STEP_TOLERANCE, not converged().
      boolean success = r.converged() || r.status() == Status.STEP_TOLERANCE;
      boolean agree = r.iterations() == problem.nit && r.evaluations() == problem.nfev
          && success == (problem.status == 0);
      same += agree ? 1 : 0;
      solvedByScipy += problem.status == 0 ? 1 : 0;
      solvedByBoth += problem.status == 0 && success ? 1 : 0;
      if (!agree) {
        System.out.printf("seed %s: scipy status %d nit %d nfev %d f %s; nabla %s nit %d nfev %d f %s%n",
            problem.seed, problem.status, problem.nit, problem.nfev, problem.fun, r.status(), r.iterations(),
            r.evaluations(), r.value());
      }
    }
    System.out.printf("%d problems: %d with scipy's iterations, evaluations and outcome; scipy solved %d, nabla %d of"
        + " them; evaluations nabla %d, scipy %d; time nabla %.1f ms, scipy %.1f ms%n", compared, same,
        solvedByScipy, solvedByBoth, nablaEvaluations, scipyEvaluations, nablaSeconds * 1e3, scipySeconds * 1e3);
  }

  /** One problem of the file with scipy's outcome. */
  private static final class Problem {
    final String seed;
    final int status;
    final int nit;
    final int nfev;
    final String fun;
    final double scipySeconds;
    final int n;
    final int k;
    final double[] q;
    final double[] t;
    final double[] s;
    final double[] a;
    final double[] b;
    final double[] lower;
    final double[] upper;
    final double[] lowerBounds;
    final double[] upperBounds;
    final double[] x0;

    Problem(List<String> lines) {
      String[] head = lines.get(0).split(" ");
      seed = head[0];
      n = Integer.parseInt(head[1]);
      k = Integer.parseInt(head[2]);
      status = Integer.parseInt(head[3]);
      nit = Integer.parseInt(head[4]);
      nfev = Integer.parseInt(head[5]);
      fun = head[6];
      scipySeconds = Double.parseDouble(head[7]);
      q = numbers(lines.get(1));
      t = numbers(lines.get(2));
      s = numbers(lines.get(3));
      a = numbers(lines.get(5));
      b = numbers(lines.get(6));
      lower = numbers(lines.get(8));
      upper = numbers(lines.get(9));
      lowerBounds = numbers(lines.get(10));
      upperBounds = numbers(lines.get(11));
      x0 = numbers(lines.get(12));
    }

    /** Solves the problem with nabla's Sqp; null when SLSQP rejects it (more equalities than variables). */
    OptimizationResult solve() {
      Objective f = new Objective() {
        @Override
        public double value(double[] x) {
          return valueAndGradient(x, new double[n]);
        }

        @Override
        public double valueAndGradient(double[] x, double[] g) {
          double v = 0;
          for (int i = 0; i < n; i++) {
            double w = x[i] * x[i] - t[i];
            v = v + q[i] * (x[i] - t[i]) * (x[i] - t[i]) + s[i] * 0.1 * w * w;
            g[i] = 2 * q[i] * (x[i] - t[i]) + s[i] * 0.1 * 4 * x[i] * (x[i] * x[i] - t[i]);
          }
          return v;
        }
      };
      Sqp.Builder builder = Sqp.builder().bounds(Bounds.of(lowerBounds, upperBounds));
      int equalities = 0;
      for (int j = 0; j < k; j++) {
        int row = j * n;
        VectorFunction c = (x, jacobian) -> {
          double v = 0;
          for (int i = 0; i < n; i++) {
            v = v + a[row + i] * x[i] + b[row + i] * x[i] * x[i];
            if (jacobian != null) {
              jacobian[0][i] = a[row + i] + 2 * b[row + i] * x[i];
            }
          }
          return new double[] {v};
        };
        equalities += lower[j] == upper[j] ? 1 : 0;
        builder.constraint(Constraint.between(c, new double[] {lower[j]}, new double[] {upper[j]}));
      }
      return equalities > n ? null : builder.build().minimize(f, x0);
    }
  }

  private static double[] numbers(String line) {
    if (line.isBlank()) {
      return new double[0];
    }
    return Arrays.stream(line.trim().split(" ")).mapToDouble(SqpAgreement::number).toArray();
  }

  private static double number(String word) {
    return switch (word) {
      case "inf" -> Double.POSITIVE_INFINITY;
      case "-inf" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(word);
    };
  }
}
