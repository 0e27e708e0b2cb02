package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.assertWellFormedErrors;
import static dev.nabla.processor.DiagnosticsTest.compile;
import static dev.nabla.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
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

  /** An error expected with {@code tag} on the one line of the source that contains {@code text}. */
  private record Expected(String tag, String text) {}

  private static Expected error(String tag, String text) {
    return new Expected(tag, text);
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

  /** Compiles {@code decl} and checks that its errors are exactly {@code expected}, in that order. */
  private static Compilation assertErrors(String decl, Expected... expected) throws IOException {
    JavaFileObject file = source(decl);
    List<String> want = new ArrayList<>();
    for (Expected e : expected) {
      want.add(at(e.tag(), file, e.text()));
    }
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(want, errors(compilation));
    return compilation;
  }

  @Test
  void everyConstructOfAMethodIsReportedOnItsLineInOrder() throws IOException {
    Compilation compilation = assertErrors("""
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
        }""".formatted(UNSUPPORTED_MATH),
        error("nondeterministic", "return x * Math.random();"),
        error("unsupported-call", "s += "),
        error("unsupported-statement", "synchronized (Bad.class)"),
        error("side-effect", "x[0] = s;"),
        error("unsupported-type", "return s * t + 1.5f;"));
    assertThat(compilation).hadErrorContaining("(in a helper reached through the calls f → noisy)");
  }

  @Test
  void aFailedDeclarationIsNotReportedAgainWhereTheVariableIsUsed() throws IOException {
    assertErrors("""
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
        }""",
        error("nondeterministic", "double r = Math.random() * x;"),
        error("string", "var label = "),
        error("unsupported-type", "int[] idx = new int[2];"),
        error("allocation", "var rng = new Random(1);"));
  }

  @Test
  void returnsInsideAFailedStatementCount() throws IOException {
    assertErrors("""
        class Bad {
          @Differentiable static double f(double x) {
            if (x > 0) {
              return x * Math.random();
            }
            synchronized (Bad.class) {
              return x * x;
            }
          }
        }""",
        error("nondeterministic", "return x * Math.random();"),
        error("unsupported-statement", "synchronized (Bad.class)"));
  }

  @Test
  void aBadConditionStillHasItsBranchesChecked() throws IOException {
    assertErrors("""
        class Bad {
          @Differentiable static double f(double x, int k) {
            double y = x;
            while (y < Math.random()) {
              y = y * 2 + 'c';
            }
            if (k > y + 1.5f) {
              y = y * StrictMath.random();
            }
            return y;
          }
        }""",
        error("nondeterministic", "while (y < Math.random())"),
        error("unsupported-type", "y = y * 2 + 'c';"),
        error("unsupported-type", "if (k > y + 1.5f)"),
        error("nondeterministic", "y = y * StrictMath.random();"));
  }

  /**
   * A callee compiled earlier is inlined from the source its generated class stores, whose lines are not part of this
   * build: its first error is reported on the call, as one unsupported call, and lowering goes on after it.
   */
  @Test
  void anErrorInACalleeCompiledEarlierIsOneErrorOnTheCall(@TempDir Path dir) throws IOException {
    Path lib = dir.resolve("lib");
    InProcessCompiler.compile(lib, List.of(InProcessCompiler.fixture("lib/Cubes.java")));
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            double c = lib.Cubes.cube(x);
            return c * Math.random();
          }
        }""");
    Compilation compilation = Compiler.javac().withProcessors(new DifferentiableProcessor())
        .withOptions(InProcessCompiler.VERIFY_IR, "-classpath", System.getProperty("java.class.path")
            + File.pathSeparator + lib.resolve("classes")).compile(file);
    assertWellFormedErrors(compilation);
    assertEquals(List.of(at("unsupported-call", file, "double c = lib.Cubes.cube(x);"),
        at("nondeterministic", file, "return c * Math.random();")), errors(compilation));
    assertThat(compilation).hadErrorContaining("call to lib.Cubes.cube (");
    assertThat(compilation).hadErrorContaining("lib.Squares.square");
  }
}
