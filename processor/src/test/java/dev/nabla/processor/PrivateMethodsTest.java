package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.flatten;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.LeastSquaresProblem;
import dev.nabla.optim.Objective;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A private {@code @Differentiable} method, or one of a private nested class (fixture {@code access/Hidden.java}),
 * gets package-private derivatives; the adapters that need its value call a private copy of its body, as the
 * generated class cannot call it. Checked against central differences and against the method itself.
 */
class PrivateMethodsTest {
  private static final Random RANDOM = new Random(41);
  private static final double K = 0.7;
  private static Class<?> hidden;
  private static Class<?> derivatives;
  private static Class<?> inner;
  private static Class<?> innerDerivatives;
  private static String generated;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("access/Hidden.java")));
    hidden = loader.loadClass("access.Hidden");
    derivatives = loader.loadClass("access.HiddenDerivatives");
    inner = loader.loadClass("access.Hidden$Inner");
    innerDerivatives = loader.loadClass("access.Hidden_InnerDerivatives");
    generated = Files.readString(dir.resolve("generated/access/HiddenDerivatives.java"));
  }

  @Test
  void privateScalarMethodHasDerivativesAndAnObjectiveOfItsValue() {
    for (int n : new int[] {1, 3, 8}) {
      double[] p = RANDOM.doubles(n, -1, 1).toArray();
      double[] g = checkScalar(hidden, derivatives, "energy", q -> new Object[] {q, K}, p, 1e-6, 1e-5);
      Objective objective = (Objective) call(derivatives, "energyObjective", K);
      assertEquals((double) call(hidden, "energy", p, K), objective.value(p), 0, "Objective.value is f");
      double[] gradient = new double[n];
      assertEquals(objective.value(p), objective.valueAndGradient(p, gradient), 0);
      assertArrayEquals(g, gradient, 0);
    }
  }

  @Test
  void privateMatrixMethodHasAJacobianThatReturnsItsRowsConcatenated() {
    for (int trial = 0; trial < 4; trial++) {
      double[] p = RANDOM.doubles(2, -2, 2).toArray();
      checkVector(hidden, derivatives, "rotated", Reflect.SCALARS, p, 1e-6);
    }
  }

  @Test
  void privateVectorMethodHasALeastSquaresProblemOfItsResiduals() {
    for (int m : new int[] {1, 2, 6}) {
      double[] t = RANDOM.doubles(m, 0, 3).toArray();
      double[] p = RANDOM.doubles(2, 0.2, 1.5).toArray();
      double[][] j = checkVector(hidden, derivatives, "residuals", q -> new Object[] {q, t}, p, 1e-6);
      LeastSquaresProblem problem = (LeastSquaresProblem) call(derivatives, "residualsLeastSquares", (Object) t);
      double[] expected = (double[]) call(hidden, "residuals", p, t);
      assertArrayEquals(expected, problem.residuals(p, null), 0, "residuals without a Jacobian are f");
      double[][] jacobian = new double[m][2];
      assertArrayEquals(expected, problem.residuals(p, jacobian), 0);
      assertArrayEquals(flatten(j), flatten(jacobian), 0);
    }
  }

  @Test
  void methodOfAPrivateNestedClassHasDerivativesAndAnObjective() {
    for (int trial = 0; trial < 4; trial++) {
      double[] p = RANDOM.doubles(2, -1.5, 1.5).toArray();
      checkScalar(inner, innerDerivatives, "bump", Reflect.SCALARS, p, 1e-6, 1e-5);
      Objective objective = (Objective) call(innerDerivatives, "bumpObjective");
      assertEquals((double) call(inner, "bump", p[0], p[1]), objective.value(p), 0);
    }
  }

  @Test
  void derivativesArePackagePrivateAndTheCopiesOfTheBodiesPrivate() {
    for (Class<?> c : List.of(derivatives, innerDerivatives)) {
      for (Method m : c.getDeclaredMethods()) {
        if (m.getName().endsWith("Primal")) {
          assertTrue(Modifier.isPrivate(m.getModifiers()), m.toString());
        } else if (m.getName().matches("(energy|rotated|residuals|bump)(Gradient|Jacobian|Objective|LeastSquares)")) {
          assertFalse(Modifier.isPrivate(m.getModifiers()) || Modifier.isPublic(m.getModifiers())
              || Modifier.isProtected(m.getModifiers()), m + " is package-private");
        }
      }
    }
    assertFalse(generated.contains("Hidden.energy(") || generated.contains("Hidden.residuals("), generated);
  }
}
