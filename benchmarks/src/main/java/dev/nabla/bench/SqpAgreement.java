package dev.nabla.bench;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Constraint;
import dev.nabla.optim.Objective;
import dev.nabla.optim.OptimizationResult;
import dev.nabla.optim.Sqp;
import dev.nabla.optim.VectorFunction;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs nabla's {@link Sqp} on the random problems {@code slsqp_random.py} solved with scipy's SLSQP and compares
 * iterations, evaluations, outcome and time. Usage: {@code SqpAgreement <problems file>}; prints one line per
 * disagreement and a summary.
 */
public final class SqpAgreement {
  private static final int LINES = 13;

  private SqpAgreement() {}

  public static void main(String[] args) throws IOException {
    List<String> lines = Files.readAllLines(Path.of(args[0]));
    for (int warmup = 0; warmup < 5; warmup++) {
      for (int p = 0; p + LINES <= lines.size(); p += LINES) {
        solve(lines, p);
      }
    }
    int problems = 0;
    int same = 0;
    int solvedByScipy = 0;
    int solvedByBoth = 0;
    long nablaEvaluations = 0;
    long scipyEvaluations = 0;
    double nablaSeconds = 0;
    double scipySeconds = 0;
    for (int p = 0; p + LINES <= lines.size(); p += LINES) {
      String[] head = lines.get(p).split(" ");
      int status = Integer.parseInt(head[3]);
      int nit = Integer.parseInt(head[4]);
      int nfev = Integer.parseInt(head[5]);
      long start = System.nanoTime();
      OptimizationResult r = solve(lines, p);
      nablaSeconds += (System.nanoTime() - start) / 1e9;
      if (r == null) {
        System.out.println("seed " + head[0] + ": more equalities than variables (scipy status " + status + ")");
        continue;
      }
      problems++;
      scipySeconds += Double.parseDouble(head[7]);
      nablaEvaluations += r.evaluations();
      scipyEvaluations += nfev;
      boolean agree = r.iterations() == nit && r.evaluations() == nfev && r.converged() == (status == 0);
      same += agree ? 1 : 0;
      solvedByScipy += status == 0 ? 1 : 0;
      solvedByBoth += status == 0 && r.converged() ? 1 : 0;
      if (!agree) {
        System.out.printf("seed %s: scipy status %d nit %d nfev %d f %s; nabla %s nit %d nfev %d f %s%n", head[0],
            status, nit, nfev, head[6], r.status(), r.iterations(), r.evaluations(), r.value());
      }
    }
    System.out.printf("%d problems: %d with scipy's iterations, evaluations and outcome; scipy solved %d, nabla %d of"
        + " them; evaluations nabla %d, scipy %d; time nabla %.1f ms, scipy %.1f ms%n", problems, same,
        solvedByScipy, solvedByBoth, nablaEvaluations, scipyEvaluations, nablaSeconds * 1e3, scipySeconds * 1e3);
  }

  /** Solves the problem whose first line is {@code lines.get(p)}; null when SLSQP rejects it. */
  private static OptimizationResult solve(List<String> lines, int p) {
    String[] head = lines.get(p).split(" ");
    int n = Integer.parseInt(head[1]);
    int k = Integer.parseInt(head[2]);
    double[] q = numbers(lines.get(p + 1));
    double[] t = numbers(lines.get(p + 2));
    double[] s = numbers(lines.get(p + 3));
    double[] a = numbers(lines.get(p + 5));
    double[] b = numbers(lines.get(p + 6));
    double[] lower = numbers(lines.get(p + 8));
    double[] upper = numbers(lines.get(p + 9));
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
    Sqp.Builder builder = Sqp.builder().bounds(Bounds.of(numbers(lines.get(p + 10)), numbers(lines.get(p + 11))));
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
    return equalities > n ? null : builder.build().minimize(f, numbers(lines.get(p + 12)));
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
