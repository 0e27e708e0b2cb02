package dev.nabla.processor.fuzz;

import dev.nabla.processor.fuzz.Ast.*;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DerivativeStructure;

/** Compares the generated derivatives of one program at one point with the {@link Interpreter} oracles. */
final class Differential {
  private Differential() {}

  enum Verdict { PASS, SKIP, MISMATCH }

  record Check(Verdict verdict, String detail) {}

  static final double MARGIN = 1e-6;

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

  /**
   * Checks every generated method of the program's entry point at {@code point} against the double oracle; where they
   * differ, the {@link Referee} decides.
   */
  static Check check(Program prog, Class<?> original, Class<?> derivatives, Object[] point) {
    Method main = prog.main();
    Object[] args = javaArguments(main, original, point);
    int n = dimension(main);
    Object value;
    try {
      value = invoke(original, main.name(), copy(args));
    } catch (GeneratedCodeThrew e) {
      return threwAsTheOriginal(main, derivatives, args, n, e.getCause());
    }
    Interpreter<DerivativeStructure> in = Interpreter.inDoubles(prog, n);
    Reference oracle;
    try {
      oracle = Reference.of(in, in.run(copy(point)), n);
    } catch (RuntimeException e) {
      return new Check(Verdict.SKIP, "interpreter: " + e);
    }
    if (in.minMargin < MARGIN) {
      return new Check(Verdict.SKIP, "not smooth here (margin " + in.minMargin + ")");
    }
    String range = oracle.outOfRange(main.vector());
    if (range != null) {
      return new Check(Verdict.SKIP, range);
    }
    double[] java = main.vector() ? outputs(value) : new double[] {(double) value};
    Map<String, double[]> generated;
    try {
      generated = Comparisons.generated(main, derivatives, args, java);
    } catch (GeneratedCodeThrew e) {
      return new Check(Verdict.MISMATCH, "at " + describe(args) + ":\n" + e.getMessage());
    }
    String bad = Comparisons.differences(Comparisons.expected(main, oracle, java), generated);
    return bad.isEmpty() ? new Check(Verdict.PASS, "") : Referee.decide(prog, point, describe(args), generated, bad);
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
  static double[] garbage(int n) {
    double[] a = new double[n];
    Arrays.fill(a, Double.NaN);
    return a;
  }
}
