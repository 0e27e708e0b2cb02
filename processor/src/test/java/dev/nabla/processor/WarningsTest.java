package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nabla.processor.diagnostics.Diagnostic;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Warnings where a derivative is correct but may surprise: each on its line, only when the point reaches the kink or
 * condition, and silenced by {@code @SuppressWarnings} with its tag.
 */
class WarningsTest {

  static Stream<Arguments> cases() {
    return Stream.of(
        Arguments.of(Diagnostic.KINK, "Math.abs(x - 1)", """
            @Differentiable static double f(double x) {
              return x * Math.abs(x - 1);
            }"""),
        Arguments.of(Diagnostic.KINK, "Math.max(z, 0.0)", """
            @Differentiable static double f(double[] w, @NoDerivative double[] v) {
              double z = w[0] * v[0] + w[1];
              return Math.max(z, 0.0);
            }"""),
        Arguments.of(Diagnostic.BRANCH, "if (x > 1)", """
            @Differentiable static double f(double x) {
              double y = x;
              if (x > 1) {
                y = 2 * x - 1;
              }
              return y;
            }"""),
        Arguments.of(Diagnostic.BRANCH, "s < 10", """
            @Differentiable static double f(double x) {
              double s = 1;
              while (s < 10) {
                s *= 1 + x * x;
              }
              return s;
            }"""),
        Arguments.of(Diagnostic.ZERO_DERIVATIVE, "static double f(double x)", """
            @Differentiable static double f(double x) {
              return Math.floor(x) * 2;
            }"""));
  }

  private static JavaFileObject source(String methods, String suppress) {
    return JavaFileObjects.forSourceString("p.Warn", "package p;\n"
        + "import dev.nabla.Differentiable;\nimport dev.nabla.NoDerivative;\n"
        + suppress + "\nclass Warn {\n" + methods + "\n}\n");
  }

  private static Compilation compile(JavaFileObject file) {
    return Compiler.javac().withProcessors(new DifferentiableProcessor()).withOptions(InProcessCompiler.VERIFY_IR)
        .compile(file);
  }

  @ParameterizedTest(name = "{0} at {1}")
  @MethodSource("cases")
  void warnsOnTheLineAndCompiles(Diagnostic tag, String line, String methods) {
    JavaFileObject file = source(methods, "");
    Compilation compilation = compile(file);
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[" + tag.tag() + "]").inFile(file).onLineContaining(line);
    assertEquals(1, nablaWarnings(compilation).size(), nablaWarnings(compilation).toString());
  }

  @ParameterizedTest(name = "{0} suppressed")
  @MethodSource("cases")
  void suppressWarningsWithTheTagSilencesIt(Diagnostic tag, String line, String methods) {
    Compilation compilation = compile(source(methods, "@SuppressWarnings(\"" + tag.tag() + "\")"));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), nablaWarnings(compilation));
  }

  @Test
  void conditionsOnDataAndCountsAreNotWarnedAbout() {
    Compilation compilation = compile(source("""
        @Differentiable static double f(double[] x, @NoDerivative double[] mask, int n) {
          double s = 0;
          for (int i = 0; i < x.length; i++) {
            if (mask[i] > 0 && i < n) {
              s += Math.abs(mask[i]) * x[i] * x[i];
            }
          }
          return s;
        }""", ""));
    assertThat(compilation).succeeded();
    assertEquals(List.of(), nablaWarnings(compilation));
  }

  @Test
  void aGuardThatThrowsIsNotABranchWhereTheDerivativeJumps() {
    Compilation compilation = compile(source("""
        @Differentiable static double f(double x, double y) {
          if (x < 0) {
            throw new IllegalArgumentException("x must be >= 0: " + x);
          }
          for (int i = 0; i < 3; i++) {
            if (y * i > 100) {
              throw new IllegalStateException("too large at " + i);
            }
          }
          double r = x;
          if (x > 1) {
            r = 2 * x - 1;
          }
          return r * y;
        }""", ""));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[nabla:branch]").inFile(compilation.sourceFiles().get(0))
        .onLineContaining("if (x > 1)");
    assertEquals(1, nablaWarnings(compilation).size(), nablaWarnings(compilation).toString());
  }

  @Test
  void aTestOfDoubleIsNotABranchWhereTheDerivativeJumpsUnlessAComparisonJoinsIt() {
    Compilation compilation = compile(source("""
        @Differentiable static double f(double x, double y) {
          if (Double.isNaN(x) || Double.isInfinite(y)) {
            return 0;
          }
          double r = Double.isFinite(x * y) ? x * y : x;
          if (!Double.isNaN(y) && y > 1) {
            r = r * y;
          }
          return r;
        }""", ""));
    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[nabla:branch]").inFile(compilation.sourceFiles().get(0))
        .onLineContaining("y > 1");
    assertEquals(1, nablaWarnings(compilation).size(), nablaWarnings(compilation).toString());
  }

  private static List<String> nablaWarnings(Compilation compilation) {
    return compilation.warnings().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains("[nabla:"))
        .toList();
  }
}
