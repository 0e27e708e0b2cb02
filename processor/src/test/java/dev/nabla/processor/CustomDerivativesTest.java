package dev.nabla.processor;

import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User derivative rules ({@code @DerivativeOf}, fixture {@code custom/Rules.java}): a library function without source,
 * a method whose rule replaces nabla's differentiation of its body, and a rule that serves first derivatives only.
 */
class CustomDerivativesTest {
  private static InProcessCompiler.Fixture rules;
  private static InProcessCompiler.Fixture naive;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    rules = InProcessCompiler.compileFixture(dir.resolve("rules"), "custom.Rules");
    naive = InProcessCompiler.compileFixture(dir.resolve("naive"), "custom.Naive");
  }

  @Test
  void erfOfALibraryWithoutSourceHasGradientAndHessian() {
    for (double[] p : new double[][] {{0.3, 1.2}, {-0.7, 0.6}, {1.5, 2.5}}) {
      checkScalar(rules.type(), rules.derivatives(), "between", q -> new Object[] {q[0], q[1], -1.0, 0.5}, p, 1e-7,
          1e-5);
    }
  }

  @Test
  void erfInAVectorFunctionHasJacobianJvpAndVjp() {
    for (double[] p : new double[][] {{0.3, 1.2, -0.4}, {-0.9, 0.2, 0.7}}) {
      checkVector(rules.type(), rules.derivatives(), "erfs", q -> new Object[] {q}, p, 1e-7);
    }
  }

  @Test
  void aRuleForASourceMethodReplacesDifferentiatingItsBody() {
    for (double[] p : new double[][] {{0.3, 1.2, -0.4}, {-0.9, 0.2, 0.7}, {2.0, -1.5, 0.5}}) {
      checkScalar(rules.type(), rules.derivatives(), "softPlusOfSum", SCALARS, p, 1e-7, 1e-5);
    }
    // e^-750 underflows to 0, so the naive body's derivative e^a / (e^a + e^b) is 0 / 0; the rules' softmax is not
    double[] far = {-400, -350, -750};
    double[] g = (double[]) call(rules.derivatives(), "softPlusOfSumGradient", far[0], far[1], far[2]);
    double[] naiveG = (double[]) call(naive.derivatives(), "softPlusOfSumGradient", far[0], far[1], far[2]);
    assertTrue(Double.isNaN(naiveG[0]), "the naive body's derivative is 0/0 there: " + naiveG[0]);
    double weight = 1 / (1 + Math.exp(far[2] - far[0] - far[1]));
    double inner = 1 / (1 + Math.exp(-far[0] * far[2]));
    assertEquals(2 * weight + far[2] * inner, g[0], 1e-12, "∂/∂a by the rules");
    assertEquals(2 * weight, g[1], 1e-12, "∂/∂b by the rules");
    assertEquals(2 * (1 - weight) + far[0] * inner, g[2], 1e-9, "∂/∂c by the rules");
  }

  @Test
  void aRuleCallingALibraryServesFirstDerivatives() {
    for (double[] p : new double[][] {{2.5, 3.0}, {0.7, 1.4}, {6.0, 4.5}}) {
      checkScalar(rules.type(), rules.derivatives(), "poissonLogLikelihood", SCALARS, p, 1e-7, 0);
    }
    assertFalse(Reflect.hasMethod(rules.derivatives(), "poissonLogLikelihoodHessian"), "order 1: no Hessian");
    assertEquals(Math.log(2.5) - org.hipparchus.special.Gamma.digamma(4.0),
        ((double[]) call(rules.derivatives(), "poissonLogLikelihoodGradient", 2.5, 3.0))[1], 1e-15, "∂/∂k = log λ − ψ(k + 1)");
  }

  @Test
  void generatedCodeCallsTheOriginalAndInlinesTheRule() {
    System.out.println(rules.generated());
    assertTrue(rules.generated().contains("org.hipparchus.special.Erf.erf("), rules.generated());
    assertFalse(rules.generated().contains("withPartial"), rules.generated());
    assertEquals(0.0, d(call(rules.type(), "between", 0.0, 1.0, -1.0, -1.0)), 0);
  }
}
