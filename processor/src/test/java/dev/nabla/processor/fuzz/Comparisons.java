package dev.nabla.processor.fuzz;

import static dev.nabla.processor.fuzz.Differential.append;
import static dev.nabla.processor.fuzz.Differential.copy;
import static dev.nabla.processor.fuzz.Differential.flatten;
import static dev.nabla.processor.fuzz.Differential.garbage;
import static dev.nabla.processor.fuzz.Differential.invoke;
import static dev.nabla.processor.fuzz.Differential.outputs;

import dev.nabla.processor.Reflect;
import dev.nabla.processor.fuzz.Ast.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The comparisons at one point, each named: what every generated method returned there, and what it should have
 * returned by an oracle's {@link Reference} and Java's own value of f.
 */
final class Comparisons {
  /** The comparison of the original's value with the oracle's. */
  static final String VALUE = "f (original vs oracle)";

  private Comparisons() {}

  /**
   * What the original returned at {@code args} (as Java passes them), {@code java}, and what the generated methods of
   * {@code main} return there: value, gradient, Hessian and Hessian–vector product of a scalar function; value,
   * Jacobian, JVP and VJP of a vector one.
   */
  static Map<String, double[]> generated(Method main, Class<?> derivatives, Object[] args, double[] java) {
    String name = main.name();
    int n = Differential.dimension(main);
    int outputs = java.length;
    Map<String, double[]> got = new LinkedHashMap<>();
    got.put(VALUE, java);
    if (!main.vector()) {
      double[] g = garbage(n);
      got.put("fGradient return value",
          new double[] {(double) invoke(derivatives, name + "Gradient", append(copy(args), (Object) g))});
      got.put("gradient", g);
      got.put("allocating gradient", (double[]) invoke(derivatives, name + "Gradient", copy(args)));
      got.put("Hessian", flatten((double[][]) invoke(derivatives, name + "Hessian", copy(args))));
      double[] hv = garbage(n);
      got.put("fHessianVector return value", new double[] {
          (double) invoke(derivatives, name + "HessianVector", append(copy(args), direction(n), hv))});
      got.put("Hessian-vector product", hv);
    } else {
      got.put("Jacobian", flatten((double[][]) invoke(derivatives, name + "Jacobian", copy(args))));
      double[][] filled = new double[outputs][];
      for (int i = 0; i < outputs; i++) {
        filled[i] = garbage(n);
      }
      got.put("fJacobian return value",
          outputs(invoke(derivatives, name + "Jacobian", append(copy(args), (Object) filled))));
      got.put("filled Jacobian", flatten(filled));
      got.put("JVP", outputs(invoke(derivatives, name + "Jvp", append(copy(args), tangent(n)))));
      got.put("VJP", (double[]) invoke(derivatives, name + "Vjp", append(copy(args), cotangent(outputs))));
    }
    return got;
  }

  /** What {@link #generated} should give by {@code oracle}, the returned values being Java's values {@code java}. */
  static Map<String, double[]> expected(Method main, Reference oracle, double[] java) {
    int n = oracle.hessian().length;
    Map<String, double[]> want = new LinkedHashMap<>();
    want.put(VALUE, oracle.values());
    if (!main.vector()) {
      want.put("fGradient return value", java);
      want.put("gradient", oracle.jacobian()[0]);
      want.put("allocating gradient", oracle.jacobian()[0]);
      want.put("Hessian", flatten(oracle.hessian()));
      want.put("fHessianVector return value", java);
      want.put("Hessian-vector product", Reflect.matVec(oracle.hessian(), direction(n)));
    } else {
      want.put("Jacobian", flatten(oracle.jacobian()));
      want.put("fJacobian return value", java);
      want.put("filled Jacobian", flatten(oracle.jacobian()));
      want.put("JVP", Reflect.matVec(oracle.jacobian(), tangent(n)));
      want.put("VJP", Reflect.vecMat(cotangent(java.length), oracle.jacobian()));
    }
    return want;
  }

  /** The comparisons where {@code actual} differs from {@code expected} beyond the tolerance, one line each. */
  static String differences(Map<String, double[]> expected, Map<String, double[]> actual) {
    StringBuilder bad = new StringBuilder();
    for (Map.Entry<String, double[]> e : expected.entrySet()) {
      Differential.close(bad, e.getKey(), e.getValue(), actual.get(e.getKey()));
    }
    return bad.toString();
  }

  /** The direction of the Hessian–vector product. */
  private static double[] direction(int n) {
    double[] v = new double[n];
    for (int i = 0; i < n; i++) {
      v[i] = Math.sin(1.7 * i + 0.3) + 0.1;
    }
    return v;
  }

  /** The tangent of the JVP. */
  private static double[] tangent(int n) {
    double[] t = new double[n];
    for (int i = 0; i < n; i++) {
      t[i] = Math.cos(0.9 * i + 0.2);
    }
    return t;
  }

  /** The cotangent of the VJP. */
  private static double[] cotangent(int outputs) {
    double[] c = new double[outputs];
    for (int i = 0; i < outputs; i++) {
      c[i] = Math.sin(1.3 * i + 0.4);
    }
    return c;
  }

}
