package dev.nabla.processor.fuzz;

import dev.nabla.processor.Reflect;
import dev.nabla.processor.fuzz.Ast.*;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DerivativeStructure;

/** Compares the generated derivatives of one program at one point with the {@link Interpreter} oracle. */
final class Differential {
  private Differential() {}

  enum Verdict { PASS, SKIP, MISMATCH }

  record Check(Verdict verdict, String detail) {}

  static final double MARGIN = 1e-6;
  static final String ILL_CONDITIONED = "ill-conditioned: the oracle's derivatives move when the point moves by ulps";
  static final String ROUNDING_DECIDES =
      "ill-conditioned: the oracle's result moves when the program's roundings move by an ulp";
  static final String DERIVATIVES_OVERFLOW =
      "ill-conditioned: an intermediate value's derivatives exceed double's range, though the result's do not";

  /** How the message of a generated argument check's exception starts. */
  static final String GUARD = "fuzz guard: ";

  /** The detail of a passing check where the methods threw as the original did. */
  static final String THREW = "threw as the original";

  static int dimension(Method m) {
    int n = 0;
    for (Param p : m.params()) {
      if (!p.noDeriv()) {
        n += switch (p.kind()) {
          case D -> 1;
          case A, R -> p.rows();
          case M -> p.rows() * p.cols();
          case I, O -> 0;
        };
      }
    }
    return n;
  }

  /**
   * A random point of {@code m}, a record's components as an array, a passive object as its field's value (see
   * {@link #javaArguments}).
   */
  static Object[] randomArgs(Method m, Random r) {
    return randomArgs(m, r, Differential::coord);
  }

  /** A random point of {@code m} as {@link #randomArgs(Method, Random)}, each coordinate drawn by {@code coord}. */
  static Object[] randomArgs(Method m, Random r, java.util.function.ToDoubleFunction<Random> coord) {
    Object[] args = new Object[m.params().size()];
    for (int k = 0; k < args.length; k++) {
      Param p = m.params().get(k);
      args[k] = switch (p.kind()) {
        case D, O -> coord.applyAsDouble(r);
        case A, R -> {
          double[] a = new double[p.rows()];
          for (int i = 0; i < a.length; i++) {
            a[i] = coord.applyAsDouble(r);
          }
          yield a;
        }
        case M -> {
          double[][] a = new double[p.rows()][p.cols()];
          for (double[] row : a) {
            for (int j = 0; j < row.length; j++) {
              row[j] = coord.applyAsDouble(r);
            }
          }
          yield a;
        }
        case I -> r.nextInt(4);
      };
    }
    return args;
  }

  /** An ordinary coordinate: uniform in [−2, 2], rounded to six decimals. */
  static double coord(Random r) {
    return Math.round((r.nextDouble() * 4 - 2) * 1e6) / 1e6;
  }

  static Object[] copy(Object[] args) {
    Object[] c = args.clone();
    for (int i = 0; i < c.length; i++) {
      if (c[i] instanceof double[] a) {
        c[i] = a.clone();
      } else if (c[i] instanceof double[][] m) {
        double[][] mm = new double[m.length][];
        for (int j = 0; j < m.length; j++) {
          mm[j] = m[j].clone();
        }
        c[i] = mm;
      }
    }
    return c;
  }

  static String describe(Object[] args) {
    StringBuilder b = new StringBuilder("(");
    for (int i = 0; i < args.length; i++) {
      if (i > 0) {
        b.append(", ");
      }
      Object a = args[i];
      b.append(a instanceof double[] d ? Arrays.toString(d) : a instanceof double[][] m ? Arrays.deepToString(m)
          : String.valueOf(a));
    }
    return b.append(')').toString();
  }

  /** The method {@code name} of {@code c} that takes {@code arity} arguments, an instance method's receiver first. */
  static java.lang.reflect.Method find(Class<?> c, String name, int arity) {
    for (java.lang.reflect.Method m : c.getDeclaredMethods()) {
      int receiver = Modifier.isStatic(m.getModifiers()) ? 0 : 1;
      if (m.getName().equals(name) && m.getParameterCount() + receiver == arity) {
        m.setAccessible(true);
        return m;
      }
    }
    throw new IllegalStateException("no method " + c.getSimpleName() + "." + name + "/" + arity);
  }

  static Object invoke(Class<?> c, String name, Object... args) {
    try {
      java.lang.reflect.Method m = find(c, name, args.length);
      return Modifier.isStatic(m.getModifiers()) ? m.invoke(null, args)
          : m.invoke(args[0], Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw new GeneratedCodeThrew(name, e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static final class GeneratedCodeThrew extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GeneratedCodeThrew(String name, Throwable cause) {
      super(name + " threw " + cause, cause);
    }
  }

  static Object[] append(Object[] args, Object... more) {
    Object[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /**
   * The arguments of {@code main} at {@code point} as Java passes them: a new receiver of {@code original} first for an
   * instance method, each record built from its components (a nested one from those its flat index gives it), each
   * passive object from its field's value.
   */
  static Object[] javaArguments(Method main, Class<?> original, Object[] point) {
    try {
      Object[] args = point.clone();
      for (int k = 0; k < args.length; k++) {
        Param p = main.params().get(k);
        if (p.kind() == Kind.R) {
          List<Object> components = new ArrayList<>(Arrays.stream((double[]) point[k]).boxed().toList());
          if (p.cols() > 0) {
            List<Object> inner = components.subList(1, 1 + p.cols());
            Object nested = construct(original, Printer.innerRecordType(main, p), inner.toArray());
            inner.clear();
            components.add(1, nested);
          }
          args[k] = construct(original, Printer.recordType(main, p), components.toArray());
        } else if (p.kind() == Kind.O) {
          args[k] = construct(original, Printer.modelType(main.name()), point[k]);
        }
      }
      return main.instance() ? append(new Object[] {original.getConstructor().newInstance()}, args) : args;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A new object of the class {@code type} nested in {@code original}, from its only constructor. */
  private static Object construct(Class<?> original, String type, Object... args)
      throws ReflectiveOperationException {
    Constructor<?> only = original.getClassLoader().loadClass(original.getName() + "$" + type)
        .getDeclaredConstructors()[0];
    only.setAccessible(true);
    return only.newInstance(args);
  }

  /** The outputs of a vector function's result: the array, or the components of a record of doubles. */
  static double[] outputs(Object result) {
    if (result == null || result instanceof double[]) {
      return (double[]) result;
    }
    RecordComponent[] components = result.getClass().getRecordComponents();
    double[] out = new double[components.length];
    try {
      for (int i = 0; i < out.length; i++) {
        java.lang.reflect.Method accessor = components[i].getAccessor();
        accessor.setAccessible(true);
        out[i] = (double) accessor.invoke(result);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return out;
  }

  /** Checks every generated method of the program's entry point at {@code point}. */
  static Check check(Program prog, Class<?> original, Class<?> derivatives, Object[] point) {
    Method main = prog.main();
    Object[] args = javaArguments(main, original, point);
    int n = dimension(main);
    Interpreter in = new Interpreter(prog, n);
    Object oracle;
    Object value;
    try {
      value = invoke(original, main.name(), copy(args));
    } catch (GeneratedCodeThrew e) {
      return threwAsTheOriginal(main, derivatives, args, n, e.getCause());
    }
    try {
      oracle = in.run(copy(point));
    } catch (RuntimeException e) {
      return new Check(Verdict.SKIP, "interpreter: " + e);
    }
    if (in.minMargin < MARGIN) {
      return new Check(Verdict.SKIP, "not smooth here (margin " + in.minMargin + ")");
    }
    DerivativeStructure[] outs = oracle instanceof DerivativeStructure d ? new DerivativeStructure[] {d}
        : (DerivativeStructure[]) oracle;
    double[] values = new double[outs.length];
    double[][] jac = new double[outs.length][n];
    for (int i = 0; i < outs.length; i++) {
      values[i] = outs[i].getValue();
      if (!Double.isFinite(values[i]) || Math.abs(values[i]) > 1e8) {
        return new Check(Verdict.SKIP, "value out of range " + values[i]);
      }
      for (int j = 0; j < n; j++) {
        int[] orders = new int[n];
        orders[j] = 1;
        jac[i][j] = outs[i].getPartialDerivative(orders);
        if (!Double.isFinite(jac[i][j]) || Math.abs(jac[i][j]) > 1e8) {
          return new Check(Verdict.SKIP, "derivative out of range");
        }
        // a Hessian far out of range marks a point where rounding is amplified as much as by a large gradient
        orders[j] = 2;
        if (!main.vector() && Math.abs(outs[i].getPartialDerivative(orders)) > 1e8) {
          return new Check(Verdict.SKIP, "second derivative out of range");
        }
      }
    }
    StringBuilder bad = new StringBuilder();
    try {
      if (!main.vector()) {
        double v = (double) value;
        close(bad, "f (original vs oracle)", new double[] {values[0]}, new double[] {v});
        double[] hess = new double[n * n];
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
          for (int j = 0; j < n; j++) {
            int[] orders = new int[n];
            orders[i]++;
            orders[j]++;
            h[i][j] = outs[0].getPartialDerivative(orders);
            hess[i * n + j] = h[i][j];
          }
        }
        double[] g = garbage(n);
        double returned = (double) invoke(derivatives, main.name() + "Gradient", append(copy(args), (Object) g));
        close(bad, "fGradient return value", new double[] {v}, new double[] {returned});
        close(bad, "gradient", jac[0], g);
        double[] g2 = (double[]) invoke(derivatives, main.name() + "Gradient", copy(args));
        close(bad, "allocating gradient", jac[0], g2);
        double[][] hh = (double[][]) invoke(derivatives, main.name() + "Hessian", copy(args));
        double[] flat = new double[n * n];
        for (int i = 0; i < n; i++) {
          System.arraycopy(hh[i], 0, flat, i * n, n);
        }
        close(bad, "Hessian", hess, flat);
        double[] vv = new double[n];
        for (int i = 0; i < n; i++) {
          vv[i] = Math.sin(1.7 * i + 0.3) + 0.1;
        }
        double[] hv = garbage(n);
        double hvValue = (double) invoke(derivatives, main.name() + "HessianVector", append(copy(args), vv, hv));
        close(bad, "fHessianVector return value", new double[] {v}, new double[] {hvValue});
        close(bad, "Hessian-vector product", Reflect.matVec(h, vv), hv);
      } else {
        double[] v = outputs(value);
        close(bad, "f (original vs oracle)", values, v);
        double[][] j = (double[][]) invoke(derivatives, main.name() + "Jacobian", copy(args));
        close(bad, "Jacobian", flatten(jac), flatten(j));
        double[][] filled = new double[values.length][];
        for (int i = 0; i < filled.length; i++) {
          filled[i] = garbage(n);
        }
        double[] returned =
            outputs(invoke(derivatives, main.name() + "Jacobian", append(copy(args), (Object) filled)));
        close(bad, "fJacobian return value", v, returned);
        close(bad, "filled Jacobian", flatten(jac), flatten(filled));
        double[] t = new double[n];
        for (int i = 0; i < n; i++) {
          t[i] = Math.cos(0.9 * i + 0.2);
        }
        close(bad, "JVP", Reflect.matVec(jac, t),
            outputs(invoke(derivatives, main.name() + "Jvp", append(copy(args), t))));
        double[] c = new double[values.length];
        for (int i = 0; i < c.length; i++) {
          c[i] = Math.sin(1.3 * i + 0.4);
        }
        close(bad, "VJP", Reflect.vecMat(c, jac),
            (double[]) invoke(derivatives, main.name() + "Vjp", append(copy(args), c)));
      }
    } catch (GeneratedCodeThrew e) {
      bad.append(e.getMessage()).append('\n');
    }
    if (bad.length() > 0) {
      return illConditioned(prog, n, point, outs) ? new Check(Verdict.SKIP, ILL_CONDITIONED)
          : roundingDecides(prog, n, point, outs) ? new Check(Verdict.SKIP, ROUNDING_DECIDES)
          : in.derivativesOverflowed ? new Check(Verdict.SKIP, DERIVATIVES_OVERFLOW)
          : new Check(Verdict.MISMATCH, "at " + describe(args) + ":\n" + bad);
    }
    return new Check(Verdict.PASS, "");
  }

  /**
   * Whether the oracle's own first and second derivatives move beyond the comparison's tolerance when every
   * coordinate of the point moves by a few ulps: then double precision does not determine them (a long loop that
   * amplifies rounding, as iterating {@code s = cos(k·s/t)} hundreds of times does), and neither nabla nor the oracle
   * can be held to them. Asked only of a point that mismatched.
   */
  private static boolean illConditioned(Program prog, int n, Object[] args, DerivativeStructure[] outs) {
    Object[] nudged = copy(args);
    for (int i = 0; i < nudged.length; i++) {
      if (nudged[i] instanceof Double d) {
        nudged[i] = d + 4 * Math.ulp(d);
      } else if (nudged[i] instanceof double[] a) {
        for (int j = 0; j < a.length; j++) {
          a[j] += 4 * Math.ulp(a[j]);
        }
      }
    }
    return drifts(new Interpreter(prog, n), nudged, outs, Differential::derivatives);
  }

  /**
   * Whether the oracle's values or derivatives move beyond the comparison's tolerance when every rounded result of the
   * program moves by an ulp (Monte Carlo arithmetic, three random draws): then Java's own value of f is decided by
   * rounding, not by the point, and so are its derivatives. Iterating {@code n = cos(i/n)} 225 times is such a
   * program: ∂f/∂n is exactly 0 (the first step computes cos(0/n)), but the sensitivity of f to the intermediate n
   * exceeds double's range, and a reverse sweep multiplies that ∞ by the first step's 0. Asked only of a point that
   * mismatched.
   */
  static boolean roundingDecides(Program prog, int n, Object[] args, DerivativeStructure[] outs) {
    for (long draw = 1; draw <= 3; draw++) {
      Interpreter rounding = new Interpreter(prog, n, new Random(draw));
      if (drifts(rounding, copy(args), outs, DerivativeStructure::getAllDerivatives)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code in}'s outputs at {@code args} differ from {@code outs} beyond the comparison's tolerance in the
   * entries {@code compared} picks; false if the interpreter fails there.
   */
  private static boolean drifts(Interpreter in, Object[] args, DerivativeStructure[] outs,
      java.util.function.Function<DerivativeStructure, double[]> compared) {
    Object again;
    try {
      again = in.run(args);
    } catch (RuntimeException e) {
      return false;
    }
    DerivativeStructure[] moved = again instanceof DerivativeStructure d ? new DerivativeStructure[] {d}
        : (DerivativeStructure[]) again;
    StringBuilder drift = new StringBuilder();
    for (int i = 0; i < outs.length; i++) {
      close(drift, "outputs", compared.apply(outs[i]), compared.apply(moved[i]));
    }
    return drift.length() > 0;
  }

  /** All partial derivatives of orders one and two that {@code d} holds. */
  private static double[] derivatives(DerivativeStructure d) {
    double[] all = d.getAllDerivatives();
    return Arrays.copyOfRange(all, 1, all.length);
  }

  /**
   * Where the original threw {@code thrown} at {@code args}: an argument check's exception must be thrown by every
   * generated method as well (see {@link #sameThrow}); any other exception skips the point.
   */
  static Check threwAsTheOriginal(Method main, Class<?> derivatives, Object[] args, int n, Throwable thrown) {
    return thrown instanceof IllegalArgumentException guard && guard.getMessage().startsWith(GUARD)
        ? sameThrow(main, derivatives, args, n, guard) : new Check(Verdict.SKIP, "original threw " + thrown);
  }

  /**
   * Checks that the generated methods throw what the original threw, an argument check's exception, with the same
   * message. (Those taking arrays sized by the number of outputs are left out: it is unknown when the method throws.)
   */
  private static Check sameThrow(Method main, Class<?> derivatives, Object[] args, int n, RuntimeException thrown) {
    String name = main.name();
    java.util.Map<String, Object[]> calls = new java.util.LinkedHashMap<>();
    if (main.vector()) {
      calls.put("Jacobian", copy(args));
      calls.put("Jvp", append(copy(args), (Object) new double[n]));
    } else {
      calls.put("Gradient", append(copy(args), (Object) garbage(n)));
      calls.put("Hessian", copy(args));
      calls.put("HessianVector", append(copy(args), new double[n], garbage(n)));
    }
    StringBuilder bad = new StringBuilder();
    for (java.util.Map.Entry<String, Object[]> call : calls.entrySet()) {
      try {
        invoke(derivatives, name + call.getKey(), call.getValue());
        bad.append(name).append(call.getKey()).append(" did not throw ").append(thrown).append('\n');
      } catch (GeneratedCodeThrew e) {
        if (e.getCause().getClass() != thrown.getClass() || !thrown.getMessage().equals(e.getCause().getMessage())) {
          bad.append(name).append(call.getKey()).append(" threw ").append(e.getCause()).append(" instead of ")
              .append(thrown).append('\n');
        }
      }
    }
    return bad.length() > 0 ? new Check(Verdict.MISMATCH, "at " + describe(args) + ":\n" + bad)
        : new Check(Verdict.PASS, THREW);
  }

  /** Entry-wise comparison with a tolerance relative to the entry and to the largest entry of the object. */
  static void close(StringBuilder bad, String what, double[] expected, double[] actual) {
    if (actual == null || expected.length != actual.length) {
      bad.append(what).append(": length ").append(actual == null ? "null" : actual.length).append(" != ")
          .append(expected.length).append('\n');
      return;
    }
    double scale = 0;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      double err = Math.abs(expected[i] - actual[i]);
      if (!(err <= 1e-7 * Math.abs(expected[i]) + 1e-9 * scale + 1e-11)) {
        bad.append(what).append('[').append(i).append("]: expected ").append(expected[i]).append(" but was ")
            .append(actual[i]).append('\n');
        return;
      }
    }
  }

  static double[] flatten(double[][] a) {
    return Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray();
  }

  /** An out-parameter as a caller may pass it: full of what it held before, here NaN, which no entry may keep. */
  private static double[] garbage(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
