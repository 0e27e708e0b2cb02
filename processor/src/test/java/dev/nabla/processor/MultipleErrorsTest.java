package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.assertWellFormedErrors;
import static dev.nabla.processor.DiagnosticsTest.compile;
import static dev.nabla.processor.DiagnosticsTest.generatedDerivatives;
import static dev.nabla.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A method with several unsupported constructs gets all of their errors in one build, each with its tag on its own
 * line, in the order of the lines, and no error that only follows from another: a variable whose declaration failed
 * is neither unresolved nor unsupported where it is used, and a return inside a failed statement still counts.
 */
class MultipleErrorsTest {
  /** A call of a {@code Math} function the primitive table lacks. */
  private static final String UNSUPPORTED_MATH =
      PrimitiveOracle.call(PrimitiveOracle.unsupportedMathFunctions().get(0), "x[i]");

  private static final Pattern TAG = Pattern.compile("\\[(nabla:[a-z-]+)]");

  /** Every error of the compilation as {@code tag@line}, in the order javac reports them. */
  private static List<String> errors(Compilation compilation) {
    List<String> found = new ArrayList<>();
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      Matcher tag = TAG.matcher(d.getMessage(Locale.ROOT));
      found.add((tag.find() ? tag.group(1) : d.getMessage(Locale.ROOT)) + "@" + d.getLineNumber());
    }
    return found;
  }

  /** {@code tag@line} for the line of {@code file} that contains {@code text}, which must be on exactly one line. */
  private static String at(String tag, JavaFileObject file, String text) throws IOException {
    List<String> lines = file.getCharContent(true).toString().lines().toList();
    List<Integer> numbers = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        numbers.add(i + 1);
      }
    }
    assertEquals(1, numbers.size(), "lines containing " + text);
    return "nabla:" + tag + "@" + numbers.get(0);
  }

  @Test
  void everyConstructOfAMethodIsReportedOnItsLineInOrder() throws IOException {
    JavaFileObject file = source("""
        class Bad {
          static double noisy(double x) {
            return x * Math.random();
          }
          @Differentiable static double f(double[] x) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
              s += %s;
            }
            if (s > 1) {
              synchronized (Bad.class) {
                s = s * 2;
              }
            }
            x[0] = s;
            double t = noisy(s) + noisy(x[1]);
            return s * t + 1.5f;
          }
        }""".formatted(UNSUPPORTED_MATH));
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(
        at("nondeterministic", file, "return x * Math.random();"),
        at("unsupported-call", file, "s += "),
        at("unsupported-statement", file, "synchronized (Bad.class)"),
        at("side-effect", file, "x[0] = s;"),
        at("unsupported-type", file, "return s * t + 1.5f;")), errors(compilation));
    assertThat(compilation).hadErrorContaining("(in a helper reached through the calls f → noisy)");
  }

  @Test
  void aFailedDeclarationIsNotReportedAgainWhereTheVariableIsUsed() throws IOException {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            double r = Math.random() * x;
            var label = "x=" + x;
            int[] idx = new int[2];
            var rng = new Random(1);
            double y = r * r + label.length() + idx[0] + rng.nextDouble();
            for (int i = 0; i < r; i++) {
              y += label.charAt(i) * idx[i];
              idx[i] = i;
            }
            return y * r;
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(
        at("nondeterministic", file, "double r = Math.random() * x;"),
        at("string", file, "var label = "),
        at("unsupported-type", file, "int[] idx = new int[2];"),
        at("allocation", file, "var rng = new Random(1);")), errors(compilation));
  }

  @Test
  void returnsInsideAFailedStatementCount() throws IOException {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            if (x > 0) {
              return x * Math.random();
            }
            synchronized (Bad.class) {
              return x * x;
            }
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(
        at("nondeterministic", file, "return x * Math.random();"),
        at("unsupported-statement", file, "synchronized (Bad.class)")), errors(compilation));
  }

  @Test
  void aBadConditionStillHasItsBranchesChecked() throws IOException {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x, int k) {
            double y = x;
            while (k) {
              y = y * StrictMath.random();
            }
            return k > 0 ? y + 'c' : y;
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(
        at("unsupported-expression", file, "while (k)"),
        at("nondeterministic", file, "y = y * StrictMath.random();"),
        at("unsupported-type", file, "return k > 0 ? y + 'c' : y;")), errors(compilation));
  }

  @Test
  void theOtherMethodsOfTheClassAreStillGenerated(@TempDir Path dir) throws IOException {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double good(double x) {
            return x * x;
          }
          @Differentiable static double bad(double[] x) {
            x[0] = 1;
            return x[0] * Math.random();
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(at("side-effect", file, "x[0] = 1;"), at("nondeterministic", file, "Math.random()")),
        errors(compilation));
    String generated = generatedDerivatives(file, dir);
    assertNotNull(generated, "p.BadDerivatives was not generated");
    assertTrue(generated.contains("static double goodGradient(double x, double[] gradient)"), generated);
    assertFalse(generated.contains(" badGradient("), generated);
  }
}
