package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.compile;
import static dev.nabla.processor.DiagnosticsTest.errorsIn;
import static dev.nabla.processor.DiagnosticsTest.nablaErrors;
import static dev.nabla.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Diagnostics at the edges: the tag whose fix applies, the line of the offending code, no internal names or garbled
 * text, no internal errors, and valid methods (user names that generated code also uses) whose generated code
 * compiles. Each case was once wrong; the Javadoc of each test says how. The cases that {@link DiagnosticsTest}'s
 * table also holds (overloads, labelled jumps, loops, for-each over a matrix) are checked there only.
 */
class DiagnosticEdgeCasesTest {

  private static void assertNoInternalError(Compilation compilation) {
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String m = d.getMessage(Locale.ROOT);
      assertFalse(m.contains("[nabla:internal-error]") || m.contains("threw an uncaught exception"), m);
    }
  }

  // ---- valid methods whose generated class does not compile ----

  /**
   * A parameter named like a local or parameter of the generated methods ({@code n} = size of the point,
   * {@code gradient}, {@code v}/{@code hv} of the Hessian–vector product, {@code i}/{@code j} loop indices, {@code t2},
   * {@code x2} temporaries, {@code m}/{@code value}/{@code jacobian}/{@code tangent}/{@code cotangent} of vector
   * functions) is declared twice in {@code BadDerivatives}: "variable n is already defined in method
   * fGradient(double[],double,double[])". Expected: generated names avoid the user's parameter names.
   */
  @ParameterizedTest(name = "parameter named {0}")
  @ValueSource(strings = {"n", "m", "i", "j", "first", "v", "hv", "value", "gradient", "hessian", "jacobian",
      "tangent", "cotangent", "t2", "i2", "x2"})
  void parameterNamesDoNotClashWithGeneratedNames(String name) {
    Compilation compilation = compile(source("""
        class Bad {
          @Differentiable static double f(double[] x, double NAME) {
            double s = 0;
            for (int q = 0; q < x.length; q++) {
              s += x[q] * NAME;
            }
            return s;
          }
          @Differentiable static double[] g(double[] x, double NAME) {
            return new double[] {x[0] * NAME, x[1]};
          }
        }""".replace("NAME", name)));
    assertThat(compilation).succeeded();
  }

  // ---- internal errors ----

  /**
   * {@code return;} in a {@code double} method is an internal error (NullPointerException in Lowering.expression)
   * instead of javac's "missing return value" or a tagged nabla error on that statement.
   */
  @Test
  void returnWithoutValueIsNotAnInternalError() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            if (x > 0) return;
            return x;
          }
        }""");
    Compilation compilation = compile(file);
    assertNoInternalError(compilation);
    assertThat(compilation).hadErrorContaining("").inFile(file).onLineContaining("if (x > 0) return;");
  }

  // ---- wrong tag ----

  /**
   * An abstract method (or an interface method) has no body and cannot be static, yet it is reported as
   * {@code [nabla:not-static]} with the fix "make it static", which Java forbids for an abstract method. Expected:
   * {@code [nabla:abstract]}.
   */
  @Test
  void abstractMethodIsReportedAsAbstract() {
    JavaFileObject file = source("""
        abstract class Bad {
          @Differentiable abstract double f(double x);
        }""");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[nabla:abstract]").inFile(file).onLineContaining("abstract double f");
    assertTrue(nablaErrors(compilation).stream().noneMatch(m -> m.contains("[nabla:not-static]")),
        nablaErrors(compilation).toString());
  }

  @Test
  void interfaceMethodWithoutBodyIsReportedAsAbstract() {
    JavaFileObject file = source("""
        interface Bad {
          @Differentiable double f(double x);
        }""");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[nabla:abstract]").inFile(file).onLineContaining("double f(double x)");
    assertTrue(nablaErrors(compilation).stream().noneMatch(m -> m.contains("[nabla:not-static]")),
        nablaErrors(compilation).toString());
  }

  /**
   * A lambda stored in a typed local is reported as {@code [nabla:unsupported-type]} ("variable DoubleUnaryOperator sq
   * = (v)->v * v has type DoubleUnaryOperator"): the declared type is checked before the initializer. Expected:
   * {@code [nabla:lambda]}, whose fix applies.
   */
  @Test
  void lambdaInATypedLocalIsReportedAsLambda() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            DoubleUnaryOperator sq = v -> v * v;
            return sq.applyAsDouble(x);
          }
        }""");
    assertThat(compile(file)).hadErrorContaining("[nabla:lambda]").inFile(file)
        .onLineContaining("DoubleUnaryOperator sq = v -> v * v;");
  }

  /** Same as above for {@code Random r = new Random(42);}: expected {@code [nabla:allocation]}. */
  @Test
  void allocationInATypedLocalIsReportedAsAllocation() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            Random r = new Random(42);
            return x;
          }
        }""");
    assertThat(compile(file)).hadErrorContaining("[nabla:allocation]").inFile(file)
        .onLineContaining("Random r = new Random(42);");
  }

  /** Same as above for {@code String s = "x=" + x;}: expected {@code [nabla:string]}. */
  @Test
  void stringInATypedLocalIsReportedAsString() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            String s = "x=" + x;
            return x;
          }
        }""");
    assertThat(compile(file)).hadErrorContaining("[nabla:string]").inFile(file)
        .onLineContaining("String s = \"x=\" + x;");
  }

  /**
   * A call to a method that does not exist is {@code [nabla:unsupported-call]} "call to g, which is neither
   * @Differentiable nor a supported Math function. Fix: mark the callee @Differentiable…" — there is no callee.
   * Expected: {@code [nabla:unresolved]}.
   */
  @Test
  void misspeltMethodIsUnresolved() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            return x * g(x);
          }
        }""");
    assertThat(compile(file)).hadErrorContaining("[nabla:unresolved]").inFile(file).onLineContaining("x * g(x)");
  }

  // ---- wrong construct named ----

  /**
   * Mutual recursion even → odd → even is reported as "even calls itself (through even)" and "odd calls itself
   * (through odd)": the message names the outermost method twice instead of the cycle. Expected: the message for
   * {@code even} names {@code odd}, and vice versa.
   */
  @Test
  void mutualRecursionNamesTheOtherMethod() {
    Compilation compilation = compile(source("""
        class Bad {
          @Differentiable static double even(double x, int k) {
            if (k == 0) return x;
            return odd(x, k - 1) * x;
          }
          @Differentiable static double odd(double x, int k) {
            if (k == 0) return 1;
            return even(x, k - 1) + x;
          }
        }"""));
    List<String> recursion = nablaErrors(compilation).stream().filter(m -> m.contains("[nabla:recursion]"))
        .collect(Collectors.toList());
    assertFalse(recursion.isEmpty());
    for (String m : recursion) {
      assertTrue(m.contains("even") && m.contains("odd"), "names only one method of the cycle: " + m);
    }
  }

  /**
   * {@code f} calls {@code g}, and {@code g} calls itself: besides g's own error, f gets "f calls itself (through g)",
   * which is false. Expected: f's error says that g (which f calls) is recursive.
   */
  @Test
  void recursionInACalleeDoesNotSayTheCallerCallsItself() {
    Compilation compilation = compile(source("""
        class Bad {
          @Differentiable static double g(double x, int k) {
            return k == 0 ? x : g(x, k - 1);
          }
          @Differentiable static double f(double x) {
            return g(x, 3) * x;
          }
        }"""));
    assertTrue(nablaErrors(compilation).stream().anyMatch(m -> m.contains("[nabla:recursion]")));
    assertTrue(nablaErrors(compilation).stream().noneMatch(m -> m.contains("f calls itself")),
        nablaErrors(compilation).toString());
  }

  /**
   * {@code double[] a = x[0] > 0 ? x : y;} is reported as "array variable $choice0 is given different arrays…": an
   * internal temporary's name. Expected: the message names the conditional expression (or {@code a}), no {@code $}.
   */
  @Test
  void conditionalBetweenArraysDoesNotLeakInternalNames() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double[] x, double[] y) {
            double[] a = x[0] > 0 ? x : y;
            return a[0];
          }
        }""");
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorContaining("[nabla:array-reassignment]").inFile(file)
        .onLineContaining("x[0] > 0 ? x : y");
    assertTrue(nablaErrors(compilation).stream().noneMatch(m -> m.contains("$")), nablaErrors(compilation).toString());
  }

  // ---- wrong line ----

  /**
   * Array reassignment under a branch is reported on the branch's <em>last</em> statement ({@code s = 1;}), not on
   * {@code a = y;} (Lowering.branch uses the builder's current origin). Expected: on the assignment.
   */
  @Test
  void arrayReassignmentUnderABranchIsReportedOnTheAssignment() {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double[] x, double[] y) {
            double[] a = x;
            double s = 0;
            if (x[0] > 0) {
              a = y;
              s = 1;
            }
            return a[0] + s;
          }
        }""");
    assertThat(compile(file)).hadErrorContaining("[nabla:array-reassignment]").inFile(file)
        .onLineContaining("a = y;");
  }

  // ---- ill-typed code generates a broken class ----

  /**
   * {@code x.length} on a {@code double} and a missing {@code return} are accepted by the processor, which then
   * writes a {@code BadDerivatives} that does not compile either ("double cannot be dereferenced", "<null> cannot be
   * dereferenced" in the generated file) on top of javac's own error in Bad.java. Expected: javac's error (or a nabla
   * one) in Bad.java only.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "return x * x.length;",
      "double[] r = new double[2]; r[0] = x;"})
  void illTypedBodiesDoNotAlsoBreakTheGeneratedClass(String body) {
    String result = body.startsWith("return") ? "double" : "double[]";
    Compilation compilation = compile(source("""
        class Bad {
          @Differentiable static RESULT f(double x) {
            BODY
          }
        }""".replace("RESULT", result).replace("BODY", body)));
    assertThat(compilation).failed();
    assertTrue(errorsIn(compilation, "BadDerivatives.java").isEmpty(), errorsIn(compilation, "BadDerivatives.java")
        .toString());
  }
}
