package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.function.Executable;

/** Reflection calls into compiled fixtures and their generated derivative classes, plus shared derivative checks. */
public final class Reflect {
  private Reflect() {}

  /** Packs a point as the arguments of a method whose parameters are all {@code double}s. */
  static final Function<double[], Object[]> SCALARS = p -> Arrays.stream(p).boxed().toArray();

  /** Packs a point as the single {@code double[]} argument of a method. */
  static final Function<double[], Object[]> ONE_ARRAY = p -> new Object[] {p};

  /**
   * Calls the method {@code name} of {@code c}: a static one whose parameter types accept {@code args}, or an instance
   * one on the receiver {@code args[0]} whose parameter types accept the others.
   */
  static Object call(Class<?> c, String name, Object... args) {
    Method found = null;
    for (Method m : c.getDeclaredMethods()) {
      boolean isStatic = Modifier.isStatic(m.getModifiers());
      Object[] taken = isStatic || args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
      boolean onReceiver = isStatic || args.length > 0 && c.isInstance(args[0]);
      if (m.getName().equals(name) && onReceiver && accepts(m.getParameterTypes(), taken)) {
        if (found != null) {
          throw new IllegalArgumentException("ambiguous " + name + "/" + args.length);
        }
        found = m;
      }
    }
    if (found == null) {
      throw new IllegalArgumentException("no method " + c.getName() + "." + name + "/" + args.length);
    }
    boolean isStatic = Modifier.isStatic(found.getModifiers());
    try {
      found.setAccessible(true);
      return isStatic ? found.invoke(null, args) : found.invoke(args[0], Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  static boolean hasMethod(Class<?> c, String name) {
    return Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.getName().equals(name));
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
    if (types.length != args.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i];
      Object a = args[i];
      if (a == null) {
        if (t.isPrimitive()) {
          return false;
        }
        continue;
      }
      Class<?> boxed = t == double.class ? Double.class : t == int.class ? Integer.class : t == long.class
          ? Long.class : t == boolean.class ? Boolean.class : t;
      if (!boxed.isInstance(a)) {
        return false;
      }
    }
    return true;
  }

  /** Asserts that {@code call} throws an IllegalArgumentException naming the parameter and both sizes. */
  static void assertRejects(String parameter, int given, int expected, Executable call) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, call);
    String message = String.valueOf(e.getMessage());
    assertTrue(message.contains(parameter) && message.contains(String.valueOf(given))
        && message.contains(String.valueOf(expected)), "message names " + parameter + ", " + given + " and "
        + expected + ": " + message);
  }

  /**
   * The bytes this thread allocates per call of {@code call}, measured over 2,000 calls after 2,000 for the JIT;
   * {@code call} should invoke the generated method exactly ({@code MethodHandle.invokeExact}), not by reflection.
   */
  static double bytesPerCall(Executable call) throws Throwable {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    for (int i = 0; i < 2_000; i++) {
      call.execute();
    }
    long before = threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    for (int i = 0; i < 2_000; i++) {
      call.execute();
    }
    return (threads.getThreadAllocatedBytes(Thread.currentThread().getId()) - before) / 2_000.0;
  }

  static double d(Object o) {
    return (double) o;
  }

  static void assertClose(double expected, double actual, double tol, String what) {
    double err = Math.abs(expected - actual);
    if (!(err <= tol * Math.max(1, Math.abs(expected)))) {
      fail(what + ": expected " + expected + " but was " + actual);
    }
  }

  static void assertClose(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + ": length");
    for (int i = 0; i < expected.length; i++) {
      assertClose(expected[i], actual[i], tol, what + " [" + i + "]");
    }
  }

  static void assertClose(double[][] expected, double[][] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + ": rows");
    for (int i = 0; i < expected.length; i++) {
      assertClose(expected[i], actual[i], tol, what + " row " + i);
    }
  }

  static double[] flatten(double[][] a) {
    return Arrays.stream(a).flatMapToDouble(Arrays::stream).toArray();
  }

  static double[][] reshape(double[] p, int offset, int m, int n) {
    double[][] a = new double[m][];
    for (int i = 0; i < m; i++) {
      a[i] = Arrays.copyOfRange(p, offset + i * n, offset + (i + 1) * n);
    }
    return a;
  }

  static double[] concat(double[]... parts) {
    return Arrays.stream(parts).flatMapToDouble(Arrays::stream).toArray();
  }

  static Object[] append(Object[] args, Object... more) {
    Object[] all = Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return all;
  }

  /** Whether {@code a} and {@code b} are the same double bit for bit, any NaN being the same as any other NaN. */
  public static boolean sameBits(double a, double b) {
    return Double.isNaN(a) ? Double.isNaN(b) : Double.doubleToRawLongBits(a) == Double.doubleToRawLongBits(b);
  }

  /** A·v. */
  public static double[] matVec(double[][] a, double[] v) {
    double[] r = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < v.length; j++) {
        r[i] += a[i][j] * v[j];
      }
    }
    return r;
  }

  /** cᵀ·A. */
  public static double[] vecMat(double[] c, double[][] a) {
    double[] r = new double[a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < r.length; j++) {
        r[j] += c[i] * a[i][j];
      }
    }
    return r;
  }

  /**
   * Checks every generated method of a scalar function {@code name} at the point {@code p}: gradient (both overloads)
   * against central differences of the original, the returned value against the original exactly, the Hessian against
   * central differences of the generated gradient and its symmetry, the Hessian–vector product against H·v, and
   * {@code fDerivative}, where the point is one double, against the gradient.
   * {@code pack} turns a point into the original method's arguments. Returns the gradient.
   */
  static double[] checkScalar(Class<?> f, Class<?> d, String name, Function<double[], Object[]> pack, double[] p,
      double tol1, double tol2) {
    String at = name + " at " + Arrays.toString(p);
    Object[] args = pack.apply(p);
    double value = d(call(f, name, args));
    double[] g = new double[p.length];
    Arrays.fill(g, Double.NaN); // what the caller's array held must not matter
    double returned = d(call(d, name + "Gradient", append(args, (Object) g)));
    assertEquals(value, returned, 0, at + ": fGradient returns f");
    double[] g2 = (double[]) call(d, name + "Gradient", args);
    assertTrue(Arrays.equals(g, g2), at + ": both gradient overloads agree");
    double[] fd = FiniteDifferences.gradient(q -> d(call(f, name, pack.apply(q))), p);
    assertClose(fd, g, tol1, at + ": gradient vs FD");
    if (hasMethod(d, name + "Derivative")) {
      assertEquals(g[0], d(call(d, name + "Derivative", args)), 1e-15 * Math.max(1, Math.abs(g[0])),
          at + ": fDerivative is the gradient's entry");
    }
    if (tol2 > 0) {
      double[][] h = (double[][]) call(d, name + "Hessian", args);
      double[][] fdh = FiniteDifferences.jacobian(q -> (double[]) call(d, name + "Gradient", pack.apply(q)), p);
      assertClose(fdh, h, tol2, at + ": Hessian vs FD of gradient");
      for (int i = 0; i < p.length; i++) {
        for (int j = 0; j < i; j++) {
          assertClose(h[i][j], h[j][i], 1e-12, at + ": Hessian symmetric " + i + "," + j);
        }
      }
      double[] v = new double[p.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = Math.sin(1.7 * i + 0.3) + 0.1;
      }
      double[] hv = new double[p.length];
      Arrays.fill(hv, Double.NaN);
      double hvValue = d(call(d, name + "HessianVector", append(args, v, hv)));
      assertClose(value, hvValue, 1e-14, at + ": fHessianVector returns f");
      assertClose(matVec(h, v), hv, 1e-10, at + ": HVP vs H·v");
    }
    return g;
  }

  /**
   * Checks every generated method of a vector function: Jacobian (both overloads) vs central differences, the
   * returned values, JVP vs J·t and VJP vs cᵀJ. Returns the Jacobian.
   */
  static double[][] checkVector(Class<?> f, Class<?> d, String name, Function<double[], Object[]> pack, double[] p,
      double tol) {
    return checkVector(args -> flattenResult(call(f, name, args)), d, name, pack, p, tol);
  }

  /** {@link #checkVector(Class, Class, String, Function, double[], double)} with f's values given by {@code f}. */
  static double[][] checkVector(Function<Object[], double[]> f, Class<?> d, String name,
      Function<double[], Object[]> pack, double[] p, double tol) {
    String at = name + " at " + Arrays.toString(p);
    Object[] args = pack.apply(p);
    double[] value = f.apply(args);
    args = pack.apply(p);
    double[][] j = (double[][]) call(d, name + "Jacobian", args);
    assertEquals(value.length, j.length, at + ": Jacobian rows");
    double[][] fd = FiniteDifferences.jacobian(q -> f.apply(pack.apply(q)), p);
    assertClose(fd, j, tol, at + ": Jacobian vs FD");
    double[][] out = new double[value.length][p.length];
    for (double[] row : out) {
      Arrays.fill(row, Double.NaN); // every entry must be written, also those that are zero
    }
    double[] returned = (double[]) call(d, name + "Jacobian", append(args, (Object) out));
    assertTrue(Arrays.equals(value, returned), at + ": fJacobian returns f: " + Arrays.toString(returned));
    assertTrue(Arrays.deepEquals(j, out) || close(j, out), at + ": Jacobian overloads agree");
    double[] t = new double[p.length];
    for (int i = 0; i < t.length; i++) {
      t[i] = Math.cos(0.9 * i + 0.2);
    }
    assertClose(matVec(j, t), (double[]) call(d, name + "Jvp", append(args, (Object) t)), 1e-10, at + ": JVP");
    double[] c = new double[value.length];
    for (int i = 0; i < c.length; i++) {
      c[i] = Math.sin(1.3 * i + 0.4);
    }
    assertClose(vecMat(c, j), (double[]) call(d, name + "Vjp", append(args, (Object) c)), 1e-10, at + ": VJP");
    return j;
  }

  private static boolean close(double[][] a, double[][] b) {
    for (int i = 0; i < a.length; i++) {
      for (int k = 0; k < a[i].length; k++) {
        if (!(Math.abs(a[i][k] - b[i][k]) <= 1e-12 * Math.max(1, Math.abs(a[i][k])))) { // NaN is not close
          return false;
        }
      }
    }
    return true;
  }

  /**
   * A vector function's result as one array: a matrix's rows concatenated, a record's components in declaration order
   * (nested records depth-first, read here through reflection, independently of the processor).
   */
  static double[] flattenResult(Object r) {
    if (r instanceof Record record) {
      double[] all = {};
      for (java.lang.reflect.RecordComponent c : record.getClass().getRecordComponents()) {
        try {
          Object part = c.getAccessor().invoke(record);
          all = concat(all, part instanceof Double x ? new double[] {x} : flattenResult(part));
        } catch (ReflectiveOperationException e) {
          throw new AssertionError(e);
        }
      }
      return all;
    }
    return r instanceof double[][] m ? flatten(m) : (double[]) r;
  }
}
