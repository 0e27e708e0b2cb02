package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.assertWellFormedErrors;
import static dev.nabla.processor.DiagnosticsTest.nablaErrors;
import static dev.nabla.processor.DiagnosticsTest.source;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls to static helpers without {@code @Differentiable} whose source is in the same compilation are differentiated
 * through (fixtures {@code helpers/Helpers.java} and {@code helpers/Geometry.java}); an error inside a helper is
 * reported in the helper's source, naming the calls that reached it; a helper without source is still rejected.
 */
class HelpersTest {
  private static final Random RANDOM = new Random(13);
  private static Class<?> helpers;
  private static Class<?> derivatives;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    List<Path> fixtures = Stream.of("Helpers", "Geometry")
        .map(name -> InProcessCompiler.fixture("helpers/" + name + ".java")).toList();
    ClassLoader loader = InProcessCompiler.compile(dir, fixtures);
    helpers = loader.loadClass("helpers.Helpers");
    derivatives = loader.loadClass(helpers.getName() + "Derivatives");
  }

  private static double[] random(int n, double lo, double hi) {
    return RANDOM.doubles(n, lo, hi).toArray();
  }

  private static double[] scalar(String name, Function<double[], Object[]> pack, double[] p) {
    return checkScalar(helpers, derivatives, name, pack, p, 1e-6, 1e-5);
  }

  @Test
  void privateHelperOfTheSameClassCalledTwiceWithDifferentArguments() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.2, 0.4}, {2.1, -0.8}}) {
      double[] g = scalar("sumOfSquares", SCALARS, p);
      double x = p[0];
      double y = p[1];
      double r = y - x * y;
      assertClose(new double[] {2 * x - 6 * r * y, 6 * r * (1 - x)}, g, 1e-12, "closed form");
    }
  }

  @Test
  void packagePrivateHelperOfAnotherClass() {
    for (int k = 0; k < 4; k++) {
      double[] latitudes = random(2, -1.2, 1.2);
      double[] longitudes = random(2, -3, 3);
      scalar("greatCircle", SCALARS, new double[] {latitudes[0], longitudes[0], latitudes[1], longitudes[1]});
    }
  }

  @Test
  void transitiveChainThroughAHelperReturningAnArray() {
    for (int n : new int[] {1, 2, 4}) {
      double[] p = random(2 * n, -2, 2);
      Function<double[], Object[]> pack = q -> new Object[] {Arrays.copyOf(q, n), Arrays.copyOfRange(q, n, 2 * n)};
      double[] g = scalar("distance", pack, p);
      double norm = 0;
      for (int i = 0; i < n; i++) {
        norm += (p[i] - p[n + i]) * (p[i] - p[n + i]);
      }
      norm = Math.sqrt(norm);
      double[] expected = new double[2 * n];
      for (int i = 0; i < n; i++) {
        expected[i] = (p[i] - p[n + i]) / norm;
        expected[n + i] = -expected[i];
      }
      assertClose(expected, g, 1e-12, "(a − b) / |a − b|");
    }
  }

  @Test
  void helperWithALoopOverAnArrayAppliedToItsOwnResult() {
    for (int n : new int[] {1, 3}) {
      scalar("polyOfPoly", q -> new Object[] {Arrays.copyOf(q, n), q[n]}, random(n + 1, -1, 1));
    }
  }

  @Test
  void vectorFunctionReturningAHelpersArray() {
    double[] p = random(3, -1.5, 1.5);
    double[][] j = checkVector(helpers, derivatives, "rotated", q -> new Object[] {Arrays.copyOf(q, 2), q[2]}, p,
        1e-6);
    double c = Math.cos(p[2]);
    double s = Math.sin(p[2]);
    assertClose(new double[][] {{c, -s, -s * p[0] - c * p[1]}, {s, c, c * p[0] - s * p[1]}}, j, 1e-12,
        "rotation Jacobian");
  }

  @Test
  void helpersWithCountersBranchesAndEarlyReturns() {
    for (double x : new double[] {0.6, 1.1, 1.4, -1.3}) {
      scalar("clippedPowers", q -> new Object[] {q[0], 3}, new double[] {x});
    }
  }

  private static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new DifferentiableProcessor()).withOptions(InProcessCompiler.VERIFY_IR)
        .compile(files);
  }

  @Test
  void recursionThroughHelpersIsAnErrorInTheHelperNamingTheCycle() {
    JavaFileObject file = source("""
        class Bad {
          static double even(double x, int n) {
            if (n == 0) return x;
            return odd(x, n - 1) * x;
          }
          static double odd(double x, int n) {
            if (n == 0) return 1;
            return even(x, n - 1) + x;
          }
          @Differentiable static double f(double x) {
            return even(x, 4);
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining("[nabla:recursion] even calls itself (through even → odd → even)")
        .inFile(file).onLineContaining("return even(x, n - 1) + x;");
    assertThat(compilation).hadErrorContaining("reached through the calls f → even → odd");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void unsupportedConstructInAHelperOfAnotherFileIsReportedThereNamingTheCalls() {
    JavaFileObject util = JavaFileObjects.forSourceString("p.Util", """
        package p;

        final class Util {
          static double scaled(double x) {
            return twice(x) + 1;
          }

          static double twice(double x) {
            var message = "x=" + x;
            return 2 * x;
          }
        }""");
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            return Util.scaled(x) * x;
          }
        }""");
    Compilation compilation = compile(file, util);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining("[nabla:string]").inFile(util)
        .onLineContaining("var message = \"x=\" + x;");
    assertThat(compilation).hadErrorCount(1);
    String message = nablaErrors(compilation).get(0);
    assertTrue(message.contains("(in a helper reached through the calls f → scaled → twice)"), message);
    assertTrue(message.indexOf("reached through") < message.indexOf(". Fix: "), message);
  }

  @Test
  void helpersNablaCannotInlineAreClearErrorsOnTheCall() {
    JavaFileObject file = source("""
        class Bad {
          static void check(double x) {
            if (x < 0) {
              throw new IllegalArgumentException();
            }
          }
          static native double nativeHelper(double x);
          @Differentiable static double checked(double x) {
            check(x);
            return x;
          }
          @Differentiable static double viaNative(double x) {
            return nativeHelper(x) * x;
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    // check(x), returning nothing, is kept as written (PassiveCodeTest runs such checks)
    assertThat(compilation).hadErrorContaining("[nabla:unsupported-call] call to p.Bad.nativeHelper").inFile(file)
        .onLineContaining("return nativeHelper(x) * x;");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void errorsOfAnAnnotatedCalleeAreItsOwnAndReportedOnce() {
    JavaFileObject file = source("""
        class Bad {
          static double viaHelper(double x) { return g(x) + x; }
          @Differentiable static double g(double x) {
            var message = "x=" + x;
            return x;
          }
          @Differentiable static double f(double x) { return viaHelper(x) * x; }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining("[nabla:string]").inFile(file).onLineContaining("var message");
    assertThat(compilation).hadErrorCount(1);
    assertTrue(nablaErrors(compilation).stream().noneMatch(m -> m.contains("reached through")),
        nablaErrors(compilation).toString());
  }

  @Test
  void plainHelperCompiledEarlierHasNoSourceAndStaysAnUnsupportedCall(@TempDir Path dir) throws Exception {
    Path libSource = Files.createDirectories(dir.resolve("src").resolve("q")).resolve("Lib.java");
    Files.writeString(libSource, """
        package q;

        public final class Lib {
          private Lib() {}

          public static double square(double x) {
            return x * x;
          }
        }
        """);
    Path lib = dir.resolve("lib");
    InProcessCompiler.compile(lib, List.of(libSource));
    List<File> classPath = new ArrayList<>();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      classPath.add(new File(entry));
    }
    classPath.add(lib.resolve("classes").toFile());
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double f(double x) {
            return q.Lib.square(x) + x;
          }
        }""");
    Compilation compilation = Compiler.javac().withProcessors(new DifferentiableProcessor())
        .withOptions(InProcessCompiler.VERIFY_IR).withClasspath(classPath).compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining("[nabla:unsupported-call] call to q.Lib.square").inFile(file)
        .onLineContaining("q.Lib.square(x) + x");
    assertEquals(1, nablaErrors(compilation).size(), nablaErrors(compilation).toString());
  }
}
