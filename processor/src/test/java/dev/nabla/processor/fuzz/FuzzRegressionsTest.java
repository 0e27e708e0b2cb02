package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Minimal programs the differential fuzzer found and shrank (sources under {@code fixtures/fuzz/p}), kept as
 * regression tests. Compile failures (internal errors, generated code that did not compile): the processor must
 * differentiate the fixture without a diagnostic and the generated class must compile. Wrong derivatives: the
 * generated gradient must match central differences at the point the fuzzer found.
 */
class FuzzRegressionsTest {

  static Stream<String> compileFailures() {
    return Stream.of("FuzzFinding1", "FuzzFinding9", "FuzzFinding14", "FuzzFinding21", "FuzzFinding33", "FuzzFinding37",
        "FuzzFinding43", "FuzzFinding47", "FuzzFinding54", "FuzzFinding65", "FuzzWhileBreak",
        "FuzzFoldedTernary");
  }

  static FuzzCompiler.Outcome compile(Path dir, String name) throws IOException {
    String src = Files.readString(Path.of("src/test/resources/fixtures/fuzz/p", name + ".java"));
    return FuzzCompiler.compile(dir, name, src);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compileFailures")
  void compilesAndDifferentiates(String name, @TempDir Path dir) throws IOException {
    FuzzCompiler.Outcome o = compile(dir, name);
    assertTrue(o.ok() && o.nabla().isEmpty(), name + ":\n" + o.log());
  }

  @Test
  void doWhileGradientMatchesFiniteDifferences(@TempDir Path dir) throws Exception {
    FuzzCompiler.Outcome o = compile(dir, "FuzzDoWhileGradient");
    assertTrue(o.ok(), o.log());
    Class<?> f = o.loader().loadClass("p.FuzzDoWhileGradient");
    Class<?> d = o.loader().loadClass("p.FuzzDoWhileGradientDerivatives");
    double[] p = {-0.367379, 1.498593, 0.473087, -1.665021, 1.108563, 1.079105, 1.41422, 1.129928, -0.609207,
        -1.350484};
    double[] g = new double[p.length];
    Differential.find(d, "fGradient", 5).invoke(null, args(p)[0], args(p)[1], args(p)[2], args(p)[3], g);
    double[] fd = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double h = 1e-6;
      double[] a = p.clone();
      double[] b = p.clone();
      a[i] += h;
      b[i] -= h;
      fd[i] = (value(f, a) - value(f, b)) / (2 * h);
    }
    for (int i = 0; i < p.length; i++) {
      assertTrue(Math.abs(fd[i] - g[i]) <= 1e-6 * Math.max(1, Math.abs(fd[i])),
          "gradient " + Arrays.toString(g) + "\n differs from central differences " + Arrays.toString(fd));
    }
  }

  private static Object[] args(double[] p) {
    return new Object[] {Arrays.copyOfRange(p, 0, 4),
        new double[][] {Arrays.copyOfRange(p, 4, 6), Arrays.copyOfRange(p, 6, 8)}, p[8], p[9]};
  }

  private static double value(Class<?> f, double[] p) throws Exception {
    Object[] a = args(p);
    return (double) Differential.find(f, "f", 4).invoke(null, a);
  }
}
