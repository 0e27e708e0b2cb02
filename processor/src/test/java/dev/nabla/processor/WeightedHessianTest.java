package dev.nabla.processor;

import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.d;
import static dev.nabla.processor.Reflect.hasMethod;
import static dev.nabla.processor.Reflect.matVec;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.VectorFunction;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vector function annotated {@code order = 2} gets {@code fHessianVector(P..., cotangent, v, hv)} and
 * {@code fHessian(P..., cotangent)}: the second derivatives of cotangentᵀf, Σ cotangentᵢ∇²fᵢ, which a constrained
 * optimizer's Lagrangian needs. They are checked against central differences of the generated VJP, whose gradient
 * they are; without {@code order = 2} a vector function gets none.
 */
class WeightedHessianTest {
  private static InProcessCompiler.Fixture constraints;
  private final Random random = new Random(16);

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    constraints = InProcessCompiler.compileFixture(dir, "weighted.Constraints");
  }

  @Test
  void theWeightedHessianIsTheJacobianOfTheVectorJacobianProduct() {
    for (int n : new int[] {2, 3, 7, 13, 30}) {
      double[] x = randoms(n);
      double[] w = randoms(3);
      double[][] expected = FiniteDifferences.jacobian(
          p -> (double[]) call(constraints.derivatives(), "ringVjp", p, w), x);
      double[][] hessian = (double[][]) call(constraints.derivatives(), "ringHessian", x, w);
      assertClose(expected, hessian, 1e-6, "ring's Σ wᵢ∇²cᵢ at n = " + n);
      assertSymmetric(hessian);
      assertProductsMatch(p -> new Object[] {p}, "ring", x, w, hessian);
    }
  }

  @Test
  void aPointOfDoublesIsOneChunk() {
    double[] x = {0.7, -0.4};
    double[] w = randoms(3);
    Function<double[], Object[]> pack = p -> new Object[] {p[0], p[1]};
    double[][] expected = FiniteDifferences.jacobian(
        p -> (double[]) call(constraints.derivatives(), "pairVjp", p[0], p[1], w), x);
    double[][] hessian = (double[][]) call(constraints.derivatives(), "pairHessian", x[0], x[1], w);
    assertClose(expected, hessian, 1e-6, "pair's Σ wᵢ∇²cᵢ");
    assertSymmetric(hessian);
    assertProductsMatch(pack, "pair", x, w, hessian);
  }

  @Test
  void theVectorFunctionAdapterGivesTheWeightedHessian() {
    double[] x = randoms(5);
    double[] w = randoms(3);
    VectorFunction ring = (VectorFunction) call(constraints.derivatives(), "ringVectorFunction");
    assertTrue(ring.hasHessian());
    assertClose((double[][]) call(constraints.derivatives(), "ringHessian", x, w), ring.hessian(x, w), 0,
        "adapter's Hessian");
  }

  @Test
  void withoutOrderTwoAVectorFunctionHasFirstDerivativesOnly() {
    for (String kind : List.of("Hessian", "HessianVector", "HessianChunk")) {
      assertFalse(hasMethod(constraints.derivatives(), "firstOrder" + kind), "firstOrder" + kind);
    }
    VectorFunction firstOrder = (VectorFunction) call(constraints.derivatives(), "firstOrderVectorFunction");
    assertFalse(firstOrder.hasHessian());
    assertTrue(hasMethod(constraints.derivatives(), "firstOrderJacobian"));
  }

  /** H·v by fHessianVector equals the Hessian times v, and its value is cotangent·f. */
  private static void assertProductsMatch(Function<double[], Object[]> pack, String f, double[] x, double[] w,
      double[][] hessian) {
    double[] v = new double[x.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = Math.cos(i + 1.0);
    }
    double[] hv = new double[x.length];
    Object[] point = pack.apply(x);
    Object[] args = Reflect.append(point, w, v, hv);
    double value = d(call(constraints.derivatives(), f + "HessianVector", args));
    assertClose(matVec(hessian, v), hv, 1e-12 * (1 + norm(hessian)), f + "HessianVector");
    double[] c = (double[]) call(constraints.type(), f, point);
    double dot = 0;
    for (int i = 0; i < c.length; i++) {
      dot += w[i] * c[i];
    }
    assertEquals(dot, value, 1e-14 * (1 + Math.abs(dot)), f + "HessianVector's value");
  }

  private static void assertSymmetric(double[][] h) {
    for (int i = 0; i < h.length; i++) {
      for (int j = 0; j < i; j++) {
        assertEquals(h[i][j], h[j][i], 0, "H[" + i + "][" + j + "]");
      }
    }
  }

  private static double norm(double[][] h) {
    double max = 0;
    for (double[] row : h) {
      for (double v : row) {
        max = Math.max(max, Math.abs(v));
      }
    }
    return max;
  }

  private double[] randoms(int n) {
    double[] x = new double[n];
    for (int i = 0; i < n; i++) {
      x[i] = -1 + 2 * random.nextDouble();
    }
    return x;
  }
}
