package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differentiates through calls into a class compiled earlier, seen only as class files, through the source its
 * generated class stores: its {@code @Differentiable} methods and the plain helpers they call.
 */
class SeparateCompilationTest {

  @Test
  void chainRuleCrossesIntoClassesCompiledEarlier(@TempDir Path dir) throws Exception {
    Path library = dir.resolve("lib");
    InProcessCompiler.compile(library, List.of(InProcessCompiler.fixture("lib/Kernels.java")));
    ClassLoader loader = InProcessCompiler.compile(dir.resolve("app"), List.of(InProcessCompiler.fixture(
        "app/Model.java")), library.resolve("classes"));
    Class<?> model = loader.loadClass("app.Model");
    Class<?> derivatives = loader.loadClass("app.ModelDerivatives");
    double[] w = {1.0, 2.0, 0.5};
    double[] x = {0.3, -0.7, 1.2};
    double[] g = (double[]) GeneratedDerivativesTest.call(derivatives, "lossGradient", x, w);
    double[] fd = FiniteDifferences.gradient(p -> (double) GeneratedDerivativesTest.call(model, "loss", p, w), x);
    for (int i = 0; i < x.length; i++) {
      assertEquals(fd[i], g[i], 1e-7, "gradient " + i);
    }
    double[][] h = (double[][]) GeneratedDerivativesTest.call(derivatives, "lossHessian", x, w);
    double[][] fdh = FiniteDifferences.jacobian(
        p -> (double[]) GeneratedDerivativesTest.call(derivatives, "lossGradient", p, w), x);
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x.length; j++) {
        assertEquals(fdh[i][j], h[i][j], 1e-5, "hessian " + i + "," + j);
      }
    }
    double[][] jac = (double[][]) GeneratedDerivativesTest.call(derivatives, "featuresJacobian", 0.4, 1.3);
    double[][] fdj = FiniteDifferences.jacobian(
        p -> (double[]) GeneratedDerivativesTest.call(model, "features", p[0], p[1]), new double[] {0.4, 1.3});
    for (int i = 0; i < 2; i++) {
      for (int j = 0; j < 2; j++) {
        assertEquals(fdj[i][j], jac[i][j], 1e-7, "jacobian " + i + "," + j);
      }
    }
  }
}
