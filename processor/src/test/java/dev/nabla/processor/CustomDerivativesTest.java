package dev.nabla.processor;

import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.nabla.processor.diagnostics.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * User derivative rules ({@code @DerivativeOf}, fixture {@code custom/Rules.java}): library functions without source,
 * a method whose rules replace nabla's differentiation of its body, an iterative solver differentiated implicitly, each
 * checked against finite differences and closed forms; and every bad rule, an error on its line.
 */
class CustomDerivativesTest {
  private static InProcessCompiler.Fixture rules;
  private static InProcessCompiler.Fixture naive;
  private static InProcessCompiler.Fixture distributions;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    rules = InProcessCompiler.compileFixture(dir.resolve("rules"), "custom.Rules");
    naive = InProcessCompiler.compileFixture(dir.resolve("naive"), "custom.Naive");
    distributions = InProcessCompiler.compileFixture(dir.resolve("distributions"), "custom.Distributions");
  }

  @Test
  void erfOfALibraryWithoutSourceHasGradientAndHessian() {
    for (double[] p : new double[][] {{0.3, 1.2}, {-0.7, 0.6}, {1.5, 2.5}}) {
      checkScalar(rules.type(), rules.derivatives(), "between", q -> new Object[] {q[0], q[1], -1.0, 0.5}, p, 1e-7,
          1e-5);
    }
  }

  @Test
  void erfInALoopOfRunTimeLengthUsesTheTape() {
    for (double[] p : new double[][] {{0.3, 1.2, -0.4, 0.8}, {-0.9, 0.2, 0.7, 0.4, -0.3, 0.6}}) {
      checkScalar(rules.type(), rules.derivatives(), "erfSum",
          q -> new Object[] {java.util.Arrays.copyOf(q, q.length - 1), q[q.length - 1]}, p, 1e-7, 1e-5);
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
  void anIterativeSolverDifferentiatedImplicitlyHasSecondDerivatives() {
    for (double[] p : new double[][] {{0.3, 1.2}, {-1.7, 0.6}, {2.5, -2.0}}) {
      double[] g = checkScalar(rules.type(), rules.derivatives(), "cubeRootOfSquares", SCALARS, p, 1e-7, 1e-5);
      double a = p[0];
      double b = p[1];
      double inner = b * b + 2 * a * a + 3;
      double expected = b * 2 * a / (3 * Math.cbrt((a * a + 1) * (a * a + 1))) + 4 * a / (3 * Math.cbrt(inner * inner));
      assertEquals(expected, g[0], 1e-13, "∂/∂a in closed form");
    }
  }

  @Test
  void aRuleWhoseLibraryCallHasARuleItselfGivesSecondDerivatives() {
    for (double[] p : new double[][] {{2.5, 1.5}, {0.8, 0.3}, {6.0, 4.5}}) {
      // the Hessian's FD differences Hipparchus's digamma, whose error (3e-9 at k = 6) its step of 6e-6 magnifies
      checkScalar(rules.type(), rules.derivatives(), "gammaLogDensity", SCALARS, p, 1e-7, 1e-4);
      double[][] h = (double[][]) call(rules.derivatives(), "gammaLogDensityHessian", p[0], p[1]);
      assertEquals(-org.hipparchus.special.Gamma.trigamma(p[0]), h[0][0], 1e-13, "∂²/∂k² = −ψ'(k)");
    }
  }

  @Test
  void rulesForMethodsOfAPassiveObjectGiveGradientAndHessian() {
    NormalDistribution dist = new NormalDistribution(0.4, 1.3);
    for (double[] p : new double[][] {{0.3, 1.2}, {-0.7, 0.6}, {1.5, 2.5}}) {
      double[] g = checkScalar(distributions.type(), distributions.derivatives(), "discounted",
          q -> new Object[] {dist, q[0], q[1]}, p, 1e-7, 1e-5);
      double a = p[0];
      double b = p[1];
      double slope = -(a - b - dist.getMean()) / (1.3 * 1.3) * dist.density(a - b);
      assertEquals(b * dist.density(a * b) * Math.exp(-b) + slope, g[0], 1e-14, "∂/∂a in closed form");
    }
  }

  @Test
  void rulesForMethodsOfAnObjectInAStaticFieldGiveGradientAndHessian() {
    NormalDistribution standard = new NormalDistribution();
    for (double[] p : new double[][] {{0.3, 1.2}, {-0.7, 0.6}, {1.5, -0.5}}) {
      double[] g = checkScalar(distributions.type(), distributions.derivatives(), "standardRatio", SCALARS, p, 1e-7,
          1e-5);
      double a = p[0];
      double b = p[1];
      double ratio = standard.density(a - b) / standard.density(b);
      assertEquals(ratio, g[0], 1e-14, "∂/∂a in closed form");
      assertEquals(-ratio + standard.cumulativeProbability(a - b) * b / standard.density(b), g[1], 1e-13,
          "∂/∂b in closed form");
    }
  }

  @Test
  void rulesServeAMethodOfFirstDerivativesOnly() {
    for (double[] p : new double[][] {{2.5, 3.0}, {0.7, 1.4}, {6.0, 4.5}}) {
      checkScalar(rules.type(), rules.derivatives(), "poissonLogLikelihood", SCALARS, p, 1e-7, 0);
    }
    assertFalse(Reflect.hasMethod(rules.derivatives(), "poissonLogLikelihoodHessian"), "order 1: no Hessian");
    double[] g = (double[]) call(rules.derivatives(), "poissonLogLikelihoodGradient", 2.5, 3.0);
    assertEquals(Math.log(2.5) - org.hipparchus.special.Gamma.digamma(4.0), g[1], 1e-15, "∂/∂k = log λ − ψ(k + 1)");
  }

  /** A class whose one method {@code rule} is a rule for the method {@code name} of Hipparchus's {@code Erf}. */
  private static String erfRule(String name, String rule) {
    return ruleOf("org.hipparchus.special.Erf", name, rule);
  }

  /** A class whose one method {@code rule} is a rule for the method {@code name} of the class {@code type}. */
  private static String ruleOf(String type, String name, String rule) {
    return """
        class Bad {
          @dev.nabla.DerivativeOf(type = %s.class, method = "%s")
          %s
        }""".formatted(type, name, rule);
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        row("a misspelled original", Diagnostic.RULE_NO_ORIGINAL, "method = \"erff\"", "(did you mean erf or erfc?)",
            erfRule("erff", "static double erfPartial(double x) { return Math.exp(-x * x); }")),
        row("an original of the wrong class", Diagnostic.RULE_NO_ORIGINAL, "type = Math.class",
            "java.lang.Math.erf, which does not exist",
            ruleOf("Math", "erf", "static double erfPartial(double x) { return Math.exp(-x * x); }")),
        row("parameters of no overload", Diagnostic.RULE_SIGNATURE, "method = \"erf\"",
            "its parameters (float) are those of no overload; erf needs (double)",
            erfRule("erf", "static double erfPartial(float x) { return Math.exp(-x * x); }")),
        row("a rule that does not return double", Diagnostic.RULE_SIGNATURE, "method = \"erf\"",
            "the rule returns float, not double",
            erfRule("erf", "static float erfPartial(double x) { return (float) Math.exp(-x * x); }")),
        row("a rule that is not static", Diagnostic.RULE_SIGNATURE, "method = \"erf\"", "the rule is not static",
            erfRule("erf", "double erfPartial(double x) { return Math.exp(-x * x); }")),
        row("an original whose result is not a double", Diagnostic.RULE_SIGNATURE, "method = \"round\"",
            "the original returns long", ruleOf("Math", "round", "static double roundPartial(double x) { return 0; }")),
        row("a private original", Diagnostic.RULE_SIGNATURE, "method = \"g\"", "the original is private", """
            class Bad {
              private static double g(double x) { return x * x; }
              @dev.nabla.DerivativeOf(method = "g")
              static double gPartial(double x) { return 2 * x; }
            }"""),
        row("wrt out of range", Diagnostic.RULE_WRT, "wrt = 2", "wrt = 2 is out of range, as g has 2 parameters", """
            class Bad {
              static double g(double x, double y) { return x * y; }
              @dev.nabla.DerivativeOf(method = "g", wrt = 2)
              static double gPartial(double x, double y) { return y; }
            }"""),
        row("wrt naming an int", Diagnostic.RULE_WRT, "wrt = 1", "names the parameter n of type int, not a double", """
            class Bad {
              static double g(double x, int n) { return Math.pow(x, n); }
              @dev.nabla.DerivativeOf(method = "g", wrt = 1)
              static double gPartial(double x, int n) { return 0; }
            }"""),
        row("wrt left out with two double parameters", Diagnostic.RULE_WRT, "method = \"g\")",
            "wrt must be given, as g has the double parameters 0 (x), 1 (y)", """
            class Bad {
              static double g(double x, double y) { return x * y; }
              @dev.nabla.DerivativeOf(method = "g")
              static double gPartial(double x, double y) { return y; }
            }"""),
        row("two rules for one partial", Diagnostic.RULE_DUPLICATE, "method = \"g\", wrt = 0) // second",
            "Bad.gPartial and Bad.gPartialAgain both give the partial of p.Bad.g with respect to parameter 0 (x)", """
            class Bad {
              static double g(double x, double y) { return x * y; }
              @dev.nabla.DerivativeOf(method = "g", wrt = 0)
              static double gPartial(double x, double y) { return y; }
              @dev.nabla.DerivativeOf(method = "g", wrt = 0) // second
              static double gPartialAgain(double x, double y) { return y; }
            }"""),
        row("a call whose argument without a rule depends on the point", Diagnostic.RULE_MISSING,
            "return g(x, x * x);", "p.Bad.g has derivative rules, but none for its parameter 1 (y)", """
            class Bad {
              static double g(double x, double y) { return x * y; }
              @dev.nabla.DerivativeOf(method = "g", wrt = 0)
              static double gPartial(double x, double y) { return y; }
              @Differentiable static double f(double x) {
                return g(x, x * x);
              }
            }"""),
        row("second derivatives through a rule that calls a library", Diagnostic.RULE_FIRST_ORDER,
            "logGamma(x) * x;", "need the derivative of its rule logGammaPartial, which calls "
                + "org.hipparchus.special.Gamma.digamma", """
            class Bad {
              @dev.nabla.DerivativeOf(type = Gamma.class, method = "logGamma")
              static double logGammaPartial(double x) { return Gamma.digamma(x); }
              @Differentiable static double f(double x) {
                return Gamma.logGamma(x) * x;
              }
            }""".replace("Gamma.", "org.hipparchus.special.Gamma.")));
  }

  private static Arguments row(String name, Diagnostic tag, String line, String named, String decl) {
    return DiagnosticsTest.row(name, tag, line, named, decl);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsABadRuleOnItsLine(String name, Diagnostic tag, String line, String decl) {
    new DiagnosticsTest().reportsTheConstructOnItsLine(name, tag, line, decl);
  }

  @Test
  void aRuleThatIsRightIsNoError() {
    Compilation compilation = DiagnosticsTest.compile(DiagnosticsTest.source("""
        class Bad {
          static double g(double x, double y) { return x * y; }
          @dev.nabla.DerivativeOf(method = "g", wrt = 0)
          static double gPartial(double x, double y) { return y; }
          @Differentiable static double f(double x, @NoDerivative double y) {
            return g(x, y * y);
          }
        }"""));
    assertEquals(List.of(), DiagnosticsTest.nablaErrors(compilation), "a constant argument needs no rule");
  }
}
