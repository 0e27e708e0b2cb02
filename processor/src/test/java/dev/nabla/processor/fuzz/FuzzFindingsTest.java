package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Open findings of the fuzzers, minimal, each failing until the compiler is fixed (then move it to
 * {@link FuzzRegressionsTest}). The negative generator found unsupported constructs that get no diagnostic at all: a
 * labelled loop without a labelled break or continue, and constructs in a branch the compiler proves is never taken
 * (the statement is dropped before it is checked).
 */
class FuzzFindingsTest {

  /** Negative-generator findings: an unsupported construct that got no diagnostic at all. */
  static Stream<String[]> silentlyAccepted() {
    return Stream.of(
        new String[] {"labelled break", "nabla:unsupported-statement",
            "outer: for (int k = 0; k < 2; k++) { break outer; }"},
        new String[] {"System.nanoTime in a branch never taken", "nabla:nondeterministic",
            "for (int i = 0; i < 2; i++) { if (i == 5) { double q = System.nanoTime(); } }"},
        new String[] {"synchronized in a branch never taken", "nabla:unsupported-statement",
            "for (int i = 0; i < 2; i++) { if (i == 5) { double q = 1; synchronized (Silent.class) { q = 3; } } }"});
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("silentlyAccepted")
  void unsupportedConstructIsReported(String name, String tag, String stmt, @TempDir Path dir) {
    String src = String.join("\n", "package p;", "import dev.nabla.Differentiable;", "public class Silent {",
        "  @Differentiable", "  public static double f(double x) {", "    " + stmt, "    return x * x;", "  }", "}");
    FuzzCompiler.Outcome o = FuzzCompiler.compile(dir, "Silent", src);
    assertTrue(o.nabla().stream().anyMatch(t -> t.tag().equals(tag) && t.line() == 6),
        name + ": expected " + tag + " on line 6, got " + o.nabla() + "\n" + o.log());
  }

  /**
   * Differential-fuzzer finding (10,000-program run): a result that depends on the point only through a comparison
   * has zero derivatives, but the generated Hessian and Hessian–vector product are NaN at this point, because the
   * tangent of n through 300 chaotic iterations overflows to ∞ and is multiplied by a zero adjoint.
   */
  @Test
  void hessianOfAPiecewiseConstantResultIsZeroNotNaN(@TempDir Path dir) throws Exception {
    String src = Files.readString(Path.of("src/test/resources/fixtures/fuzz/p/FuzzChaoticLoopHessian.java"));
    FuzzCompiler.Outcome o = FuzzCompiler.compile(dir, "FuzzChaoticLoopHessian", src);
    assertTrue(o.ok(), o.log());
    Class<?> d = o.loader().loadClass("p.FuzzChaoticLoopHessianDerivatives");
    double[] g = (double[]) Differential.find(d, "fGradient", 2).invoke(null, -0.392497, -0.380912);
    double[][] h = (double[][]) Differential.find(d, "fHessian", 2).invoke(null, -0.392497, -0.380912);
    assertTrue(Arrays.equals(g, new double[2]), "gradient " + Arrays.toString(g));
    assertTrue(Arrays.deepEquals(h, new double[2][2]), "Hessian " + Arrays.deepToString(h));
  }
}
