package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every minimizer of an {@link Objective} is a {@link Minimizer}, so code written against the interface runs any. */
class MinimizerTest {
  private static final double[] C = {3, -2};
  private static final Objective QUADRATIC = TestFunctions.diagonalQuadratic(new double[] {1, 4}, C);
  private static final double[] X0 = {0.5, 1.5};

  @Test
  void everyPublicClassWithMinimizeOfAnObjectiveImplementsMinimizer() throws IOException, URISyntaxException {
    Path classes = Path.of(Minimizer.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> minimizers = new ArrayList<>();
    try (Stream<Path> files = Files.list(classes.resolve("dev/nabla/optim"))) {
      for (Path file : files.toList()) {
        String name = file.getFileName().toString();
        if (!name.endsWith(".class") || name.contains("$")) {
          continue;
        }
        Class<?> type = loadClass("dev.nabla.optim." + name.substring(0, name.length() - ".class".length()));
        if (Modifier.isPublic(type.getModifiers()) && !type.isInterface() && minimizesAnObjective(type)) {
          assertTrue(Minimizer.class.isAssignableFrom(type), type.getSimpleName() + " does not implement Minimizer");
          minimizers.add(type.getSimpleName());
        }
      }
    }
    assertTrue(minimizers.containsAll(List.of("GradientDescent", "Adam", "Lbfgs", "Newton")), minimizers::toString);
  }

  @Test
  void codeWrittenAgainstTheInterfaceRunsEveryMethod() {
    List<Minimizer> all = List.of(
        GradientDescent.builder().learningRate(0.3).gradientTolerance(1e-9).build(),
        Momentum.builder().learningRate(0.05).gradientTolerance(1e-9).build(),
        AdaGrad.builder().learningRate(0.5).maxIterations(50_000).gradientTolerance(1e-9).build(),
        RmsProp.builder().learningRate(1e-3).maxIterations(50_000).gradientTolerance(1e-3).build(),
        Adam.builder().learningRate(0.05).maxIterations(50_000).gradientTolerance(1e-9).build(),
        Lbfgs.builder().gradientTolerance(1e-9).valueTolerance(0).build(),
        Newton.builder().build());
    for (Minimizer minimizer : all) {
      OptimizationResult r = minimizer.minimize(QUADRATIC, X0);
      String name = minimizer.getClass().getSimpleName();
      assertEquals(Status.GRADIENT_TOLERANCE, r.status(), name + ": " + r.message());
      // ‖g‖∞ ≤ tol on f = ½Σdᵢ(xᵢ−cᵢ)² with dᵢ ≥ 1 bounds the error by tol.
      assertArrayEquals(C, r.x(), minimizer instanceof RmsProp ? 1e-3 : 1e-8, name);
    }
  }

  private static boolean minimizesAnObjective(Class<?> type) {
    try {
      return Modifier.isPublic(type.getMethod("minimize", Objective.class, double[].class).getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static Class<?> loadClass(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(name, e);
    }
  }
}
