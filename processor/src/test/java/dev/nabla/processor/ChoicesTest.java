package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.d;
import static dev.nabla.processor.Reflect.hasMethod;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nabla.optim.Objective;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users choose what is generated: {@code @Differentiable(order = 1)} for a method, {@code -Anabla.order} and
 * {@code -Anabla.omit} for the build. The methods left out are absent, those kept still compute the right numbers
 * (against finite differences), and the objective adapter degrades to {@code hasHessian() == false}.
 */
class ChoicesTest {
  private static final double[] X = {0.3, -0.7, 1.1};
  private static final double TOL = 1e-6;

  /** The fixture's class and its derivatives, compiled with the given javac options. */
  private record Compiled(Class<?> type, Class<?> derivatives) {}

  private static Compiled compile(Path dir, String... options) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("choices/Chosen.java")),
        List.of(options));
    return new Compiled(loader.loadClass("choices.Chosen"), loader.loadClass("choices.ChosenDerivatives"));
  }

  private static void assertGradientRight(Compiled c, String f) {
    double[] expected = FiniteDifferences.gradient(x -> d(call(c.type(), f, (Object) x)), X);
    assertClose(expected, (double[]) call(c.derivatives(), f + "Gradient", (Object) X.clone()), TOL, f + "Gradient");
    Objective objective = (Objective) call(c.derivatives(), f + "Objective");
    double[] gradient = new double[X.length];
    objective.valueAndGradient(X.clone(), gradient);
    assertClose(expected, gradient, TOL, f + "Objective's gradient");
  }

  private static void assertNoHessian(Compiled c, String f) {
    for (String kind : List.of("Hessian", "HessianVector", "HessianChunk", "SecondDerivative")) {
      assertFalse(hasMethod(c.derivatives(), f + kind), f + kind + " was generated");
    }
    Objective objective = (Objective) call(c.derivatives(), f + "Objective");
    assertFalse(objective.hasHessian(), f + "Objective claims a Hessian");
    assertThrows(UnsupportedOperationException.class, () -> objective.hessian(X.clone()));
  }

  @Test
  void orderOneKeepsAMethodsFirstDerivativesOnly(@TempDir Path dir) throws Exception {
    Compiled c = compile(dir);
    assertNoHessian(c, "firstOrder");
    assertGradientRight(c, "firstOrder");
    assertFalse(hasMethod(c.derivatives(), "univariateSecondDerivative"));
    double t = 0.4;
    double h = FiniteDifferences.step(t);
    double expected = (d(call(c.type(), "univariate", t + h)) - d(call(c.type(), "univariate", t - h))) / (2 * h);
    assertClose(expected, d(call(c.derivatives(), "univariateDerivative", t)), TOL, "univariateDerivative");
    for (String kind : List.of("Jvp", "Vjp", "Jacobian", "LeastSquares")) {
      assertTrue(hasMethod(c.derivatives(), "residuals" + kind), "residuals" + kind + " is first order");
    }
    assertTrue(hasMethod(c.derivatives(), "everythingHessian"), "the other methods keep their Hessian");
    assertTrue(((Objective) call(c.derivatives(), "everythingObjective")).hasHessian());
  }

  @Test
  void theOrderOptionAppliesToTheWholeBuild(@TempDir Path dir) throws Exception {
    Compiled c = compile(dir, "-Anabla.order=1");
    assertNoHessian(c, "everything");
    assertGradientRight(c, "everything");
  }

  @Test
  void omittedKindsAndTheKindsThatCallThemAreNotGenerated(@TempDir Path dir) throws Exception {
    Compiled c = compile(dir, "-Anabla.omit=Hessian,Jacobian");
    assertFalse(hasMethod(c.derivatives(), "everythingHessian"));
    assertFalse(((Objective) call(c.derivatives(), "everythingObjective")).hasHessian());
    double[] v = {0.5, -1.0, 2.0};
    double[] hv = new double[3];
    call(c.derivatives(), "everythingHessianVector", X.clone(), v, hv);
    double[][] hessian = FiniteDifferences.hessian(
        x -> (double[]) call(c.derivatives(), "everythingGradient", (Object) x), X);
    double[] expected = new double[3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        expected[i] += hessian[i][j] * v[j];
      }
    }
    assertClose(expected, hv, TOL, "everythingHessianVector");
    assertFalse(hasMethod(c.derivatives(), "residualsJacobian"));
    assertFalse(hasMethod(c.derivatives(), "residualsLeastSquares"), "LeastSquares calls the Jacobian");
    double[][] jacobian = FiniteDifferences.jacobian(x -> (double[]) call(c.type(), "residuals", (Object) x), X);
    double[] tangent = {1.0, 2.0, -1.0};
    double[] jvp = (double[]) call(c.derivatives(), "residualsJvp", X.clone(), tangent);
    for (int i = 0; i < jacobian.length; i++) {
      double expectedRow = 0;
      for (int j = 0; j < 3; j++) {
        expectedRow += jacobian[i][j] * tangent[j];
      }
      assertClose(expectedRow, jvp[i], TOL, "residualsJvp[" + i + "]");
    }
    assertTrue(hasMethod(c.derivatives(), "residualsVjp"));
  }

  @Test
  void invalidOptionsAreCompileErrorsNamingTheOption() {
    Compilation badOrder = Compiler.javac().withProcessors(new DifferentiableProcessor())
        .withOptions("-Anabla.order=3").compile(JavaFileObjects.forResource("fixtures/choices/Chosen.java"));
    assertThat(badOrder).failed();
    assertThat(badOrder).hadErrorContaining("[nabla:invalid-choice] -Anabla.order=3");
    Compilation badKind = Compiler.javac().withProcessors(new DifferentiableProcessor())
        .withOptions("-Anabla.omit=Hesian").compile(JavaFileObjects.forResource("fixtures/choices/Chosen.java"));
    assertThat(badKind).failed();
    assertThat(badKind).hadErrorContaining("there is no method kind Hesian; the kinds are Gradient, HessianVector");
  }
}
