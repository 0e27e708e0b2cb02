package dev.nabla.processor;

import static dev.nabla.processor.InProcessCompiler.fixture;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.nabla.SpecialFunctions;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls of the runtime's special functions in the code statisticians write (fixture {@code special.Likelihoods}):
 * gradients and Hessians against finite differences and the closed forms, also in the tails where the functions' stable
 * forms matter.
 */
class SpecialFunctionCallsTest {
  private static final double[][] X = {{1.0, 0.3}, {1.0, -1.2}, {1.0, 2.1}, {1.0, 0.7}, {1.0, -0.4}};
  private static final double[] Y = {1, 0, 1, 1, 0};
  private static final double[] DATA = {0.8, 2.3, 1.1, 3.7, 0.4};
  private static final Function<double[], Object[]> REGRESSION = p -> new Object[] {p, X, Y};
  private static final Function<double[], Object[]> GAMMA = p -> new Object[] {p[0], p[1], DATA};

  private static Class<?> likelihoods;
  private static Class<?> derivatives;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(fixture("special/Likelihoods.java")));
    likelihoods = loader.loadClass("special.Likelihoods");
    derivatives = loader.loadClass("special.LikelihoodsDerivatives");
  }

  @Test
  void probitGradientIsTheClosedFormAndItsHessianMatchesFiniteDifferences() {
    for (double[] beta : new double[][] {{0.2, -0.5}, {-1.1, 0.8}, {3.0, 2.5}}) {
      double[] g = checkScalar(likelihoods, derivatives, "probit", REGRESSION, beta, 1e-6, 1e-5);
      double[] closed = new double[2];
      for (int i = 0; i < Y.length; i++) {
        double eta = X[i][0] * beta[0] + X[i][1] * beta[1];
        double pdf = SpecialFunctions.normalPdf(eta);
        double weight = Y[i] * pdf / SpecialFunctions.normalCdf(eta) - (1 - Y[i]) * pdf
            / SpecialFunctions.normalCdf(-eta);
        closed[0] += weight * X[i][0];
        closed[1] += weight * X[i][1];
      }
      assertClose(closed, g, 1e-12, "probit gradient at " + Arrays.toString(beta));
    }
  }

  @Test
  void gammaLikelihoodHasDigammaInItsGradientAndTrigammaInItsHessian() {
    for (double[] p : new double[][] {{1.7, 0.9}, {0.4, 2.2}, {12.5, 3.1}}) {
      double[] g = checkScalar(likelihoods, derivatives, "gamma", GAMMA, p, 1e-6, 1e-5);
      double logs = Arrays.stream(DATA).map(Math::log).sum();
      double n = DATA.length;
      assertClose(n * Math.log(p[1]) - n * SpecialFunctions.digamma(p[0]) + logs, g[0], 1e-12, "∂/∂shape");
      double[][] h = (double[][]) call(derivatives, "gammaHessian", p[0], p[1], DATA);
      assertClose(-n * SpecialFunctions.trigamma(p[0]), h[0][0], 1e-12, "∂²/∂shape²");
      assertClose(n / p[1], h[0][1], 1e-12, "∂²/∂shape∂rate");
    }
  }

  @Test
  void digammaHasAHessianThroughTetragamma() {
    for (double[] p : new double[][] {{1.7, 0.9}, {0.3, 2.2}, {-1.4, 1.5}, {25.0, 3.0}}) {
      checkScalar(likelihoods, derivatives, "expectedLog", SCALARS, p, 1e-6, 1e-5);
      double[][] h = (double[][]) call(derivatives, "expectedLogHessian", p[0], p[1]);
      assertClose(SpecialFunctions.tetragamma(p[0]), h[0][0], 1e-12, "ψ″ at " + p[0]);
    }
  }

  @Test
  void theOtherFunctionsMatchFiniteDifferences() {
    for (double[] p : new double[][] {{0.4, -0.9}, {-1.3, 1.7}, {2.2, 0.6}}) {
      checkScalar(likelihoods, derivatives, "logisticLoss", REGRESSION, p, 1e-6, 1e-5);
      checkScalar(likelihoods, derivatives, "gate", SCALARS, p, 1e-6, 1e-5);
      checkScalar(likelihoods, derivatives, "errors", SCALARS, p, 1e-6, 1e-5);
    }
    for (double[] p : new double[][] {{0.05, 1.3}, {0.5, 0.2}, {0.9, 2.0}}) {
      checkScalar(likelihoods, derivatives, "valueAtRisk", SCALARS, p, 1e-6, 1e-5);
    }
  }

  @Test
  void trigammaOfThePointHasFirstDerivativesAndOfAConstantEveryKind() {
    double[] g = checkScalar(likelihoods, derivatives, "trigammaScaled", SCALARS, new double[] {1.3, 0.7}, 1e-6, 0);
    assertClose(SpecialFunctions.tetragamma(1.3) * 0.7, g[0], 1e-12, "∂/∂a = ψ″(a)·b");
    assertFalse(Reflect.hasMethod(derivatives, "trigammaScaledHessian"), "order = 1 generates no Hessian");
    checkScalar(likelihoods, derivatives, "trigammaOfConstant", p -> new Object[] {p[0], 2.5}, new double[] {0.8},
        1e-6, 1e-5);
  }

  @Test
  void stableFormsKeepDerivativesFiniteAtPlusAndMinus750() {
    assertArrayEquals(new double[] {0, 0}, (double[]) call(derivatives, "gateGradient", -750.0, 1.0), 0);
    assertArrayEquals(new double[] {0, 1}, (double[]) call(derivatives, "gateGradient", 750.0, 1.0), 0);
    double[][] far = {{1.0, 0.0}};
    for (double w : new double[] {-750, 750}) {
      double[] g = (double[]) call(derivatives, "logisticLossGradient", new double[] {w, 0}, far, new double[] {1});
      assertEquals(w > 0 ? 0 : -1, g[0], 0, "softplus′ − y at " + w);
      double[][] h = (double[][]) call(derivatives, "logisticLossHessian", new double[] {w, 0}, far,
          new double[] {1});
      assertEquals(0, h[0][0], 0, "softplus″ at " + w);
    }
  }

  @Test
  void logSumExpOfAnActiveArrayIsInlinedAndHasTheSoftmaxAsItsGradient() {
    for (double[] logits : new double[][] {{0.3, -1.2, 2.5}, {700.0, 702.5, -40.0}, {1.0, 1.0, 1.0}}) {
      double[] g = checkScalar(likelihoods, derivatives, "crossEntropy", p -> new Object[] {p, 1}, logits, 1e-6,
          1e-5);
      double max = Arrays.stream(logits).max().orElseThrow();
      double sum = Arrays.stream(logits).map(v -> Math.exp(v - max)).sum();
      for (int i = 0; i < logits.length; i++) {
        double softmax = Math.exp(logits[i] - max) / sum;
        assertClose(softmax - (i == 1 ? 1 : 0), g[i], 1e-14, "softmax at " + Arrays.toString(logits));
      }
    }
  }
}
