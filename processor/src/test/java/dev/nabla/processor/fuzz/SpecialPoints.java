package dev.nabla.processor.fuzz;

import static dev.nabla.processor.fuzz.Differential.append;
import static dev.nabla.processor.fuzz.Differential.copy;
import static dev.nabla.processor.fuzz.Differential.invoke;

import dev.nabla.processor.Reflect;
import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.fuzz.Differential.Check;
import dev.nabla.processor.fuzz.Differential.GeneratedCodeThrew;
import dev.nabla.processor.fuzz.Differential.Verdict;
import java.util.Random;

/**
 * Checks a program's generated methods at points with special coordinates (signed zeros, infinities, NaN, huge, tiny
 * and subnormal numbers): each value they return is bit for bit the original's, and they throw exactly where it does.
 */
final class SpecialPoints {
  private SpecialPoints() {}

  /** The special coordinates a point draws from. */
  static final double[] SPECIAL = {0.0, -0.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1e300,
      -1e300, Double.MAX_VALUE, -Double.MAX_VALUE, 1e-300, -1e-300, Double.MIN_VALUE, -Double.MIN_VALUE,
      Double.MIN_NORMAL / 3};

  /** The probability that a coordinate of a point is special rather than ordinary. */
  private static final double SPECIAL_SHARE = 0.4;

  /** A random point of {@code m} whose coordinates are each special with probability {@link #SPECIAL_SHARE}. */
  static Object[] randomArgs(Method m, Random r) {
    return Differential.randomArgs(m, r,
        g -> g.nextDouble() < SPECIAL_SHARE ? SPECIAL[g.nextInt(SPECIAL.length)] : Differential.coord(g));
  }

  /**
   * Calls every generated method of the program's entry point at {@code point}: a mismatch if one returns a value
   * other than the original's (any NaN is any NaN) or throws where the original does not; where the original throws,
   * as {@link Differential#threwAsTheOriginal}. Derivatives are not compared.
   */
  static Check check(Program prog, Class<?> original, Class<?> derivatives, Object[] point) {
    Method main = prog.main();
    Object[] args = Differential.javaArguments(main, original, point);
    int n = Differential.dimension(main);
    Object value;
    try {
      value = invoke(original, main.name(), copy(args));
    } catch (GeneratedCodeThrew e) {
      return Differential.threwAsTheOriginal(main, derivatives, args, n, e.getCause());
    }
    StringBuilder bad = new StringBuilder();
    String name = main.name();
    try {
      if (main.vector()) {
        double[] values = Differential.outputs(value);
        invoke(derivatives, name + "Jacobian", copy(args));
        double[][] filled = new double[values.length][n];
        same(bad, name + "Jacobian", values,
            Differential.outputs(invoke(derivatives, name + "Jacobian", append(copy(args), (Object) filled))));
        invoke(derivatives, name + "Jvp", append(copy(args), (Object) new double[n]));
        invoke(derivatives, name + "Vjp", append(copy(args), (Object) new double[values.length]));
      } else {
        double[] values = {(double) value};
        same(bad, name + "Gradient", values,
            new double[] {(double) invoke(derivatives, name + "Gradient", append(copy(args), (Object) new double[n]))});
        invoke(derivatives, name + "Gradient", copy(args));
        invoke(derivatives, name + "Hessian", copy(args));
        same(bad, name + "HessianVector", values, new double[] {(double) invoke(derivatives, name + "HessianVector",
            append(copy(args), new double[n], new double[n]))});
      }
    } catch (GeneratedCodeThrew e) {
      bad.append(e.getMessage()).append(", the original returned ").append(Differential.describe(new Object[] {value}))
          .append('\n');
    }
    return bad.length() > 0 ? new Check(Verdict.MISMATCH, "at " + Differential.describe(args) + ":\n" + bad)
        : new Check(Verdict.PASS, "");
  }

  /** Records the first entry of {@code actual} that is not bit for bit {@code expected}'s. */
  private static void same(StringBuilder bad, String what, double[] expected, double[] actual) {
    if (actual == null || actual.length != expected.length) {
      bad.append(what).append(" returned ").append(Differential.describe(new Object[] {actual})).append('\n');
      return;
    }
    for (int i = 0; i < expected.length; i++) {
      if (!Reflect.sameBits(expected[i], actual[i])) {
        bad.append(what).append(" returned [").append(i).append("] = ").append(actual[i]).append(", the original ")
            .append(expected[i]).append('\n');
        return;
      }
    }
  }
}
