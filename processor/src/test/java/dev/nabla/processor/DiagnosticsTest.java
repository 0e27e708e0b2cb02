package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nabla.processor.diagnostics.Diagnostic;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every construct outside nabla's subset is a compile error tagged {@code [nabla:…]}, on the line of the offending
 * expression or statement, naming the construct and suggesting a fix. One row per case; {@code docs/diagnostics.md}
 * documents each tag.
 */
class DiagnosticsTest {
  /** A {@code Math} function the primitive table lacks, and a call of it. */
  private static final Method UNSUPPORTED_MATH = PrimitiveOracle.unsupportedMathFunctions().get(0);
  private static final String UNSUPPORTED_CALL = PrimitiveOracle.call(UNSUPPORTED_MATH, "x");

  /** {@code package p; imports; decl}, as the file {@code p/Bad.java}. */
  static JavaFileObject source(String decl) {
    return JavaFileObjects.forSourceString("p.Bad", String.join("\n",
        "package p;",
        "",
        "import dev.nabla.Differentiable;",
        "import dev.nabla.NoDerivative;",
        "import java.util.Arrays;",
        "import java.util.List;",
        "import java.util.Random;",
        "import java.util.function.DoubleUnaryOperator;",
        "",
        decl));
  }

  static Compilation compile(JavaFileObject file) {
    return Compiler.javac().withProcessors(new DifferentiableProcessor()).withOptions(InProcessCompiler.VERIFY_IR)
        .compile(file);
  }

  /**
   * The generated {@code p.BadDerivatives} source, or null. compile-testing hides generated files once compilation
   * fails ({@code Compilation.generatedSourceFile} throws), so this compiles again with the plain javac API.
   */
  static String generatedDerivatives(JavaFileObject file, Path dir) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Path generated = Files.createDirectories(dir.resolve("generated"));
      Path classes = Files.createDirectories(dir.resolve("classes"));
      List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
          "-classpath", System.getProperty("java.class.path"), "-proc:only", InProcessCompiler.VERIFY_IR);
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), files, null, options, null, List.of(file));
      task.setProcessors(List.of(new DifferentiableProcessor()));
      task.call();
      Path out = generated.resolve("p").resolve("BadDerivatives.java");
      return Files.exists(out) ? Files.readString(out) : null;
    }
  }

  /** The processor never crashes javac or itself, and every nabla error carries its tag and a fix. */
  static void assertWellFormedErrors(Compilation compilation) {
    for (javax.tools.Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String m = d.getMessage(Locale.ROOT);
      assertFalse(m.contains("An annotation processor threw an uncaught exception"), m);
      assertFalse(m.contains("[nabla:internal-error]"), m);
      if (m.contains("[nabla:")) {
        assertTrue(m.contains("Fix:"), "no fix in: " + m);
      }
    }
  }

  /** The messages of the errors reported in the file whose name ends with {@code file}. */
  static List<String> errorsIn(Compilation compilation, String file) {
    return compilation.errors().stream()
        .filter(d -> d.getSource() != null && d.getSource().getName().endsWith(file))
        .map(d -> d.getMessage(Locale.ROOT)).collect(Collectors.toList());
  }

  static List<String> nablaErrors(Compilation compilation) {
    return compilation.errors().stream().map(d -> d.getMessage(Locale.ROOT)).filter(m -> m.contains("[nabla:"))
        .collect(Collectors.toList());
  }

  static Arguments row(String name, Diagnostic tag, String line, String decl) {
    return Arguments.of(name, tag, line, decl);
  }

  static Arguments row(String name, Diagnostic tag, String line, String named, String decl) {
    return Arguments.of(name + " [names " + named + "]", tag, line, decl);
  }

  /**
   * A {@code nabla:point-object} case naming {@code named} on the line containing {@code line}: {@code body} is that of
   * {@code f(Point p, Point q)}, next to a field, a helper and methods of {@code Point} it may use.
   */
  static Arguments pointRow(String name, String line, String named, String body) {
    return row(name, Diagnostic.POINT_OBJECT, line, named, """
        class Bad {
          record Point(double x, double y) {
            double norm() {
              return Math.hypot(x, y);
            }
            double unitX() {
              assert norm() > 0 : "a unit vector of zero";
              return x / norm();
            }
          }
          static Point last;
          static double weight(Object o) {
            return o == null ? 0 : 1;
          }
          @Differentiable
          static double f(Point p, Point q) {
        BODY
          }
        }""".replace("BODY", body));
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        // ---- unsupported-call ----
        row("call to a library method without source", Diagnostic.UNSUPPORTED_CALL, "return Double.sum(x, 2) * 2;",
            "java.lang.Double.sum", """
            class Bad {
              @Differentiable static double f(double x) {
                return Double.sum(x, 2) * 2;
              }
            }"""),
        row("tetragamma of the point, which has no derivative in the table", Diagnostic.UNSUPPORTED_CALL,
            "return dev.nabla.SpecialFunctions.tetragamma(x);", "dev.nabla.SpecialFunctions.tetragamma", """
            class Bad {
              @Differentiable static double f(double x) {
                return dev.nabla.SpecialFunctions.tetragamma(x);
              }
            }"""),
        // ---- derivative-order ----
        row("a Hessian through trigamma", Diagnostic.DERIVATIVE_ORDER, "return dev.nabla.SpecialFunctions",
            "SpecialFunctions.trigamma has derivatives up to order 1", """
            class Bad {
              @Differentiable static double f(double x) { return dev.nabla.SpecialFunctions.trigamma(x * x) * x; }
            }"""),
        row("a Hessian through trigamma in a helper", Diagnostic.DERIVATIVE_ORDER, "return dev.nabla.SpecialFunctions",
            "through the calls f → variance", """
            class Bad {
              @Differentiable static double f(double x) {
                return Helper.variance(x) + x;
              }
            }
            class Helper {
              static double variance(double a) {
                return dev.nabla.SpecialFunctions.trigamma(a);
              }
            }"""),
        row("Math function nabla does not support", Diagnostic.UNSUPPORTED_CALL, UNSUPPORTED_CALL,
            "Math." + UNSUPPORTED_MATH.getName(), """
            class Bad {
              @Differentiable static double f(double x) {
                return %s;
              }
            }""".formatted(UNSUPPORTED_CALL)),
        row("Math function Java calls in its float overload for an int", Diagnostic.UNSUPPORTED_CALL,
            "return x + Math.nextUp(k);", "Math.nextUp on integers", """
            class Bad {
              @Differentiable static double f(double x, int k) {
                return x + Math.nextUp(k);
              }
            }"""),
        row("an active array handed to a JDK method that writes it", Diagnostic.UNSUPPORTED_CALL, "Arrays.sort(x);",
            "java.util.Arrays.sort (it is handed the array x, which depends on the point", """
            class Bad {
              @Differentiable static double f(double[] x) {
                Arrays.sort(x);
                return x[0] * x[1];
              }
            }"""),
        row("an active array handed to a helper kept as written", Diagnostic.UNSUPPORTED_CALL, "log(\"x\", x);",
            "p.Bad.log (it is handed the array x", """
            class Bad {
              static void log(String name, double[] values) { }
              @Differentiable static double f(double[] x) {
                log("x", x);
                return x[0] * x[1];
              }
            }"""),
        row("String.valueOf into a var", Diagnostic.UNSUPPORTED_CALL, "var s = String.valueOf(x);",
            "java.lang.String.valueOf", """
            class Bad {
              @Differentiable static double f(double x) {
                var s = String.valueOf(x);
                return x;
              }
            }"""),
        row("a double of the point from a library method", Diagnostic.UNSUPPORTED_CALL, "Double.max(y, 1)",
            "java.lang.Double.max (its double value depends on the point, and nabla has no derivative for it)", """
            class Bad {
              @Differentiable static double f(double x) {
                double y = x * x;
                return Double.max(y, 1) * 2;
              }
            }"""),
        row("a double of a counter computed from the point", Diagnostic.UNSUPPORTED_CALL,
            "return Double.longBitsToDouble(bits);", "java.lang.Double.longBitsToDouble (its double value", """
            class Bad {
              @Differentiable static double f(double x) {
                long bits = Double.doubleToLongBits(x);
                return Double.longBitsToDouble(bits);
              }
            }"""),
        row("a helper of a String and the point", Diagnostic.UNSUPPORTED_CALL, "return g(\"x\", x);",
            "p.Bad.g (its double value depends on the point", """
            class Bad {
              static double g(String label, double x) { return x; }
              @Differentiable static double f(double x) {
                return g("x", x);
              }
            }"""),
        row("stream sum", Diagnostic.UNSUPPORTED_CALL, "Arrays.stream(x).sum()", "Arrays.stream(x).sum", """
            class Bad {
              @Differentiable static double f(double[] x) {
                return Arrays.stream(x).sum();
              }
            }"""),
        row("call to a non-static @Differentiable method", Diagnostic.UNSUPPORTED_CALL, "return g(x) + x;", "p.Bad.g",
            """
            class Bad {
              @Differentiable double g(double x) { return x * x; }
              @Differentiable static double f(double x) {
                return g(x) + x;
              }
            }"""),
        // ---- side-effect ----
        row("write to a static field", Diagnostic.SIDE_EFFECT, "count = x;", "the field count", """
            class Bad {
              static double count;
              @Differentiable static double f(double x) {
                count = x;
                return x;
              }
            }"""),
        row("compound write to a static field", Diagnostic.SIDE_EFFECT, "count += x;", "the field count", """
            class Bad {
              static double count;
              @Differentiable static double f(double x) {
                count += x;
                return x;
              }
            }"""),
        row("increment of a static field", Diagnostic.SIDE_EFFECT, "calls++;", "the field calls", """
            class Bad {
              static int calls;
              @Differentiable static double f(double x) {
                calls++;
                return x;
              }
            }"""),
        row("write to a private static field", Diagnostic.SIDE_EFFECT, "total = total + y;", "the field total", """
            class Bad {
              private static double total;
              @Differentiable static double f(double x) {
                double y = x * x;
                total = total + y;
                return y;
              }
            }"""),
        row("write to a private static array", Diagnostic.SIDE_EFFECT, "W[1] = x;", "the array W", """
            class Bad {
              private static final double[] W = {1, 2};
              @Differentiable static double f(double x) {
                W[1] = x;
                return W[0] * x;
              }
            }"""),
        row("write to an input array", Diagnostic.SIDE_EFFECT, "x[0] = 1", "the array x", """
            class Bad {
              @Differentiable static double f(double[] x) {
                x[0] = 1;
                return x[0];
              }
            }"""),
        row("compound write to an input array", Diagnostic.SIDE_EFFECT, "x[0] += 1", "the array x", """
            class Bad {
              @Differentiable static double f(double[] x) {
                x[0] += 1;
                return x[0];
              }
            }"""),
        row("increment of an input array element", Diagnostic.SIDE_EFFECT, "x[1]++", "the array x", """
            class Bad {
              @Differentiable static double f(double[] x) {
                x[1]++;
                return x[0];
              }
            }"""),
        row("write to an input matrix", Diagnostic.SIDE_EFFECT, "x[0][1] = 2", "the array x[0]", """
            class Bad {
              @Differentiable static double f(double[][] x) {
                x[0][1] = 2;
                return x[0][0];
              }
            }"""),
        row("write through an alias of an input array", Diagnostic.SIDE_EFFECT, "y[0] = 1", "the array y", """
            class Bad {
              @Differentiable static double f(double[] x) {
                double[] y = x;
                y[0] = 1;
                return x[0];
              }
            }"""),
        row("write to a static array", Diagnostic.SIDE_EFFECT, "buf[0] = x", "the array buf", """
            class Bad {
              static double[] buf = new double[3];
              @Differentiable static double f(double x) {
                buf[0] = x;
                return x;
              }
            }"""),
        // ---- not-static ----
        row("instance method of a generic class", Diagnostic.NOT_STATIC, "double f(double x)", "method f", """
            class Bad<T> {
              @Differentiable double f(double x) {
                return x * x;
              }
            }"""),
        // ---- field-write ----
        row("write to a field of the receiver", Diagnostic.FIELD_WRITE, "last = x;", "last", """
            class Bad {
              double last;
              @Differentiable double f(double x) {
                last = x;
                return x * x;
              }
            }"""),
        row("compound write through this in a loop", Diagnostic.FIELD_WRITE, "this.total += v;", "this.total", """
            class Bad {
              double total;
              @Differentiable double f(double[] x) {
                for (double v : x) {
                  this.total += v;
                }
                return x[0] * x[1];
              }
            }"""),
        row("write to a field of a passive parameter", Diagnostic.FIELD_WRITE, "state.last = x;", "state.last", """
            class Bad {
              static final class State { double last; }
              @Differentiable static double f(double x, State state) {
                state.last = x;
                return x * x;
              }
            }"""),
        // ---- unsupported-call on objects ----
        row("point handed to a method of a passive object", Diagnostic.UNSUPPORTED_CALL, "return model.value(x);",
            "Model.value", """
            class Bad {
              interface Model { double value(double x); }
              @Differentiable static double f(double x, Model model) {
                return model.value(x);
              }
            }"""),
        row("point handed to a receiver method without source", Diagnostic.UNSUPPORTED_CALL, "return 2 * value(x);",
            "Bad.value", """
            interface Bad {
              double value(double x);
              @Differentiable default double f(double x) {
                return 2 * value(x);
              }
            }"""),
        // ---- abstract ----
        row("native static method", Diagnostic.ABSTRACT, "static native double f", "method f", """
            class Bad {
              @Differentiable static native double f(double x);
            }"""),
        row("abstract method", Diagnostic.ABSTRACT, "abstract double f", "method f", """
            abstract class Bad {
              @Differentiable abstract double f(double x);
            }"""),
        row("call to a native @Differentiable method", Diagnostic.ABSTRACT, "return g(x) * x;", "method g", """
            class Bad {
              @Differentiable static native double g(double x);
              @Differentiable static double f(double x) {
                return g(x) * x;
              }
            }"""),
        // ---- unsupported-type ----
        row("float parameter", Diagnostic.UNSUPPORTED_TYPE, "float y", "parameter y has type float", """
            class Bad {
              @Differentiable static double f(double x,
                  float y) {
                return x * y;
              }
            }"""),
        row("int[] parameter", Diagnostic.UNSUPPORTED_TYPE, "int[] idx", "parameter idx has type int[]", """
            class Bad {
              @Differentiable static double f(double x,
                  int[] idx) {
                return x;
              }
            }"""),
        row("boxed Double parameter", Diagnostic.UNSUPPORTED_TYPE, "Double y", "java.lang.Double", """
            class Bad {
              @Differentiable static double f(double x,
                  Double y) {
                return x * y;
              }
            }"""),
        row("array of objects parameter", Diagnostic.UNSUPPORTED_TYPE, "Object[] os", "java.lang.Object[]", """
            class Bad {
              @Differentiable static double f(double x,
                  Object[] os) {
                return x;
              }
            }"""),
        row("local holding a passive List parameter", Diagnostic.UNSUPPORTED_TYPE, "List<Double> ys = xs;",
            "has type List<Double>", """
            class Bad {
              @Differentiable static double f(double x, List<Double> xs) {
                List<Double> ys = xs;
                return x * ys.size();
              }
            }"""),
        row("int[] local", Diagnostic.UNSUPPORTED_TYPE, "int[] idx = new int[3];", "int[]", """
            class Bad {
              @Differentiable static double f(double x) {
                int[] idx = new int[3];
                return x;
              }
            }"""),
        row("matrix allocated without its row length", Diagnostic.MATRIX_ROW_LENGTH, "new double[n][];",
            "new double[n][] allocates a matrix without its row length", """
            class Bad {
              @Differentiable static double f(double[] x) {
                int n = x.length;
                double[][] b = new double[n][];
                return x[0];
              }
            }"""),
        row("float literal", Diagnostic.UNSUPPORTED_TYPE, "x * 2.5f", "literal 2.5F has type float", """
            class Bad {
              @Differentiable static double f(double x) {
                return x * 2.5f;
              }
            }"""),
        row("char literal", Diagnostic.UNSUPPORTED_TYPE, "x * 'a'", "literal 'a' has type char", """
            class Bad {
              @Differentiable static double f(double x) {
                return x * 'a';
              }
            }"""),
        row("var of a non-double array", Diagnostic.UNSUPPORTED_TYPE, "var idx = new int[3];", "int[]", """
            class Bad {
              @Differentiable static double f(double x) {
                var idx = new int[3];
                return x;
              }
            }"""),
        row("String constant in a concatenation", Diagnostic.UNSUPPORTED_TYPE, "var s = NAME + x;",
            "field NAME has type java.lang.String", """
            class Bad {
              static final String NAME = "n";
              @Differentiable static double f(double x) {
                var s = NAME + x;
                return x;
              }
            }"""),
        // ---- local-class ----
        // javac lists no element of an anonymous class (an enum constant's body is one) to processors, so this was
        // once silently left without derivatives.
        row("static method of an enum constant's body", Diagnostic.LOCAL_CLASS, "static double square(double x)",
            "square", """
            enum Bad {
              A {
                @Differentiable static double square(double x) {
                  return x * x;
                }
              };
              @Differentiable static double f(double x) {
                return x;
              }
            }"""),
        // ---- unsupported-result ----
        row("int result", Diagnostic.UNSUPPORTED_RESULT, "static int f", "the result type int", """
            class Bad {
              @Differentiable
              static int f(double x) {
                return 1;
              }
            }"""),
        row("void result", Diagnostic.UNSUPPORTED_RESULT, "static void f", "the result type void", """
            class Bad {
              @Differentiable
              static void f(double x) {
              }
            }"""),
        row("float[] result", Diagnostic.UNSUPPORTED_RESULT, "static float[] f", "the result type float[]", """
            class Bad {
              @Differentiable
              static float[] f(double x) {
                return null;
              }
            }"""),
        // ---- output ----
        row("an @Output parameter of a method returning a value", Diagnostic.OUTPUT, "Output double[] r",
            "the @Output parameter r of a method returning double", """
            class Bad {
              @Differentiable
              static double f(double[] p,
                  @dev.nabla.Output double[] r) {
                r[0] = p[0] * p[1];
                return r[0];
              }
            }"""),
        row("an @Output parameter that is not a double[]", Diagnostic.OUTPUT, "Output double r",
            "the @Output parameter r has type double, not double[]", """
            class Bad {
              @Differentiable static void f(double[] p, @dev.nabla.Output double r) { }
            }"""),
        row("two @Output parameters", Diagnostic.OUTPUT, "Output double[] s", "a second @Output parameter, s", """
            class Bad {
              @Differentiable
              static void f(double[] p, @dev.nabla.Output double[] r,
                  @dev.nabla.Output double[] s) {
                r[0] = p[0];
                s[0] = p[1];
              }
            }"""),
        // ---- point objects ----
        row("a record with a String component, passive", Diagnostic.NO_DIFFERENTIABLE_INPUT, "static double f(Named",
            "n is passive, not a point: its component name has type java.lang.String", """
            class Bad {
              record Named(String name, double value) {}
              @Differentiable
              static double f(Named n) {
                return n.value() * n.value();
              }
            }"""),
        row("a public field of a point object written", Diagnostic.POINT_WRITTEN, "p.x = 0", "writes to p.x", """
            class Bad {
              public static class Mutable {
                public double x;
                public double y;
                public Mutable(double x, double y) {
                  this.x = x;
                  this.y = y;
                }
              }
              @Differentiable
              static double f(Mutable p) {
                if (p.x < 0) {
                  p.x = 0;
                }
                return p.x * p.y;
              }
            }"""),
        row("a helper writing a part of the point object it is handed", Diagnostic.POINT_WRITTEN,
            "c.value = Math.max", "writes to c.value", """
            class Bad {
              public static class Cell {
                public double value;
                public Cell(double value) {
                  this.value = value;
                }
              }
              static double rectified(Cell c) {
                c.value = Math.max(c.value, 0);
                return c.value;
              }
              @Differentiable
              static double f(Cell cell) {
                return rectified(cell) * cell.value;
              }
            }"""),
        pointRow("a point record handed to code kept as written", "java.util.Objects.requireNonNull(q",
            "code kept as written uses the point object q as a whole", """
            java.util.Objects.requireNonNull(q, "q");
            return q.x() * p.y();"""),
        pointRow("a point record handed to a helper that takes an Object", "return weight(q)",
            "this argument of weight, a method nabla does not inline on a point's parts, uses the point object q",
            "return weight(q) * p.x();"),
        pointRow("a method of a point record without source called", "p.hashCode()",
            "calling p.hashCode, which nabla does not inline, uses the point object p",
            "return p.hashCode() % 2 == 0 ? p.x() : q.y();"),
        pointRow("a point record's own method called in code kept as written", "assert norm() > 0",
            "code kept as written uses the point object this", "return p.unitX() * q.y();"),
        pointRow("point records compared with ==", "if (p == q)", "the point object p as a whole", """
            if (p == q) {
              return 0;
            }
            return p.x() - q.x();"""),
        pointRow("a point record stored in a field", "last = p;", "the point object p as a whole", """
            last = p;
            return p.x() * q.y();"""),
        pointRow("a point record assigned to a local of type Object", "Object o = p;", "the point object p as a whole",
            """
            Object o = p;
            return p.x() * q.y();"""),
        row("a point record whose accessor is written out to return other than its component",
            Diagnostic.POINT_ACCESSOR, "static double f(Turn t)", "Turn.radians() is written out", """
            class Bad {
              record Turn(double radians) {
                public double radians() {
                  return Math.IEEEremainder(radians, 2 * Math.PI);
                }
                double sine() {
                  return Math.sin(radians);
                }
              }
              @Differentiable
              static double f(Turn t) {
                return t.sine();
              }
            }"""),
        row("a point record result nesting a record whose accessor is written out", Diagnostic.POINT_ACCESSOR,
            "static Fix g(double t)", "the result is a point record whose accessor Scaled.v() is written out", """
            class Bad {
              record Scaled(double v) {
                public double v() {
                  return 2 * v;
                }
              }
              record Fix(double t, Scaled s) {}
              @Differentiable
              static Fix g(double t) {
                return new Fix(t, new Scaled(t * t));
              }
            }"""),
        row("new of a record whose constructor is written out", Diagnostic.POINT_OBJECT, "Angle a = new Angle",
            "new Angle with a constructor or accessors written out", """
            class Bad {
              record Angle(double radians) {
                Angle {
                  radians = Math.IEEEremainder(radians, 2 * Math.PI);
                }
              }
              @Differentiable
              static double f(double t) {
                Angle a = new Angle(3 * t);
                return Math.sin(a.radians());
              }
            }"""),
        // ---- unsupported-statement ----
        row("try/catch", Diagnostic.UNSUPPORTED_STATEMENT, "try {", "try statements", """
            class Bad {
              @Differentiable static double f(double x) {
                double y = x;
                try {
                  y = x * x;
                } catch (RuntimeException e) {
                  y = 0;
                }
                return y;
              }
            }"""),
        row("try/finally", Diagnostic.UNSUPPORTED_STATEMENT, "try {", "try statements", """
            class Bad {
              @Differentiable static double f(double x) {
                if (x < 0) {
                  throw new IllegalArgumentException();
                }
                try {
                  return x * x;
                } finally {
                  x = 0;
                }
              }
            }"""),
        row("throw of a checked exception", Diagnostic.UNSUPPORTED_STATEMENT, "throw new java.io.IOException(",
            "the checked exception java.io.IOException", """
            class Bad {
              @Differentiable static double f(double x) throws java.io.IOException {
                if (x < 0) {
                  throw new java.io.IOException("negative: " + x);
                }
                return x;
              }
            }"""),
        row("switch over a String of a nondeterministic call", Diagnostic.NONDETERMINISTIC, "System.nanoTime()",
            "System.nanoTime", """
            class Bad {
              @Differentiable static double f(double x) {
                double y = x;
                switch (String.valueOf(System.nanoTime() % 2)) {
                  case "0": y = x * x; break;
                  default: y = x;
                }
                return y;
              }
            }"""),
        row("synchronized", Diagnostic.UNSUPPORTED_STATEMENT, "synchronized (Bad.class)", "synchronized statements",
            """
            class Bad {
              @Differentiable static double f(double x) {
                synchronized (Bad.class) {
                  x = x * 2;
                }
                return x;
              }
            }"""),
        row("an assignment inside an assert", Diagnostic.UNSUPPORTED_EXPRESSION, "assert (n = 2) > 0;",
            "an assignment inside code that nabla keeps as written (n = 2)", """
            class Bad {
              @Differentiable static double f(double x, int n) {
                assert (n = 2) > 0;
                return x * n;
              }
            }"""),
        row("an increment inside a logged message", Diagnostic.UNSUPPORTED_EXPRESSION, "System.out.println(i++);",
            "an assignment inside code that nabla keeps as written (i++)", """
            class Bad {
              @Differentiable static double f(double x) {
                int i = 0;
                System.out.println(i++);
                return x * i;
              }
            }"""),
        row("a private class in kept code", Diagnostic.INACCESSIBLE, "Log.debug(\"x = \" + x);", "class Log is private",
            """
            class Bad {
              private static final class Log {
                static void debug(String message) { }
              }
              @Differentiable static double f(double x) {
                Log.debug("x = " + x);
                return x * x;
              }
            }"""),
        row("a lambda in an argument check", Diagnostic.LAMBDA, "() -> \"x is NaN\"", "a lambda", """
            class Bad {
              @Differentiable static double f(double[] x) {
                java.util.Objects.requireNonNull(x, () -> "x is NaN");
                return x[0];
              }
            }"""),
        // A label alone is harmless; a labelled break or continue is rejected where it jumps.
        row("labelled break", Diagnostic.UNSUPPORTED_STATEMENT, "break outer", "labelled break statements", """
            class Bad {
              @Differentiable static double f(double[] x) {
                double s = 0;
                outer:
                for (int i = 0; i < x.length; i++) {
                  for (int j = 0; j < x.length; j++) {
                    if (x[j] > 1) break outer;
                    s += x[i] * x[j];
                  }
                }
                return s;
              }
            }"""),
        row("labelled continue", Diagnostic.UNSUPPORTED_STATEMENT, "continue outer", "labelled continue statements", """
            class Bad {
              @Differentiable static double f(double[] x) {
                double s = 0;
                outer:
                for (int i = 0; i < x.length; i++) {
                  for (int j = 0; j < x.length; j++) {
                    if (x[j] > 1) continue outer;
                    s += x[i] * x[j];
                  }
                }
                return s;
              }
            }"""),
        row("local class declaration", Diagnostic.UNSUPPORTED_STATEMENT, "class Local", "class statements", """
            class Bad {
              @Differentiable static double f(double x) {
                class Local { }
                return x;
              }
            }"""),
        // Once garbled as "… (index the rows instead) statements are not supported".
        row("for-each over a matrix", Diagnostic.UNSUPPORTED_STATEMENT, "for (double[] row : x)",
            "for-each loops over a double[][] (index its elements instead) are not supported", """
            class Bad {
              @Differentiable static double f(double[][] x) {
                double s = 0;
                for (double[] row : x) {
                  s += row[0];
                }
                return s;
              }
            }"""),
        // ---- unsupported-expression ----
        row("instance field read", Diagnostic.UNSUPPORTED_EXPRESSION, "return x * scale;", "the instance field scale",
            """
            class Bad {
              double scale = 2;
              @Differentiable static double f(double x) {
                return x * scale;
              }
            }"""),
        row("field of an object", Diagnostic.UNSUPPORTED_EXPRESSION, "params.scale", "params.scale", """
            class Bad {
              static class Params { double scale = 2; }
              static Params params = new Params();
              @Differentiable static double f(double x) {
                return x * params.scale;
              }
            }"""),
        row("switch expression giving a boolean", Diagnostic.UNSUPPORTED_EXPRESSION, "boolean big = switch (k)",
            "a switch expression giving a boolean", """
            class Bad {
              @Differentiable static double f(double x, int k) {
                boolean big = switch (k) { case 1 -> true; default -> x > 1; };
                return big ? x * x : x;
              }
            }"""),
        row("null", Diagnostic.UNSUPPORTED_EXPRESSION, "return null;", "null literal", """
            class Bad {
              @Differentiable static double[] f(double x) {
                if (x > 0) return null;
                return new double[] {x};
              }
            }"""),
        row("shift operator", Diagnostic.UNSUPPORTED_EXPRESSION, "1L << n", "left shift", """
            class Bad {
              @Differentiable static double f(double x, int n) {
                long big = 1L << n;
                return x * big;
              }
            }"""),
        row("ragged matrix initializer", Diagnostic.UNSUPPORTED_EXPRESSION, "{{x, 1}, {2}}", "ragged", """
            class Bad {
              @Differentiable static double f(double x) {
                double[][] m = {{x, 1}, {2}};
                return m[0][0];
              }
            }"""),
        row("instanceof", Diagnostic.UNSUPPORTED_EXPRESSION, "instanceof Double", "instance of", """
            class Bad {
              @Differentiable static double f(double x) {
                boolean b = ((Object) x) instanceof Double;
                return x;
              }
            }"""),
        row("bitwise complement", Diagnostic.UNSUPPORTED_EXPRESSION, "int m = ~k;", "bitwise complement", """
            class Bad {
              @Differentiable static double f(double x, int k) {
                int m = ~k;
                return x * m;
              }
            }"""),
        row("matrix row as a value", Diagnostic.UNSUPPORTED_EXPRESSION, "double[] r = m[0];", "a matrix row", """
            class Bad {
              @Differentiable static double f(double[][] m) {
                double[] r = m[0];
                return r[0];
              }
            }"""),
        row("non-boolean condition", Diagnostic.UNSUPPORTED_EXPRESSION, "if (k) return x;", "a non-boolean condition",
            """
            class Bad {
              @Differentiable static double f(double x, int k) {
                if (k) return x;
                return x * 2;
              }
            }"""),
        row("double index", Diagnostic.UNSUPPORTED_EXPRESSION, "return x[1.0];", "an index of type double", """
            class Bad {
              @Differentiable static double f(double[] x) {
                return x[1.0];
              }
            }"""),
        // ---- lambda ----
        row("lambda argument", Diagnostic.LAMBDA, "apply(v -> v * v, x)", "a lambda", """
            class Bad {
              static double apply(DoubleUnaryOperator op, double x) { return op.applyAsDouble(x); }
              @Differentiable static double f(double x) {
                return apply(v -> v * v, x);
              }
            }"""),
        row("method reference argument", Diagnostic.LAMBDA, "apply(Math::sin, x)", "a method reference", """
            class Bad {
              static double apply(DoubleUnaryOperator op, double x) { return op.applyAsDouble(x); }
              @Differentiable static double f(double x) {
                return apply(Math::sin, x);
              }
            }"""),
        // ---- allocation ----
        row("new Object()", Diagnostic.ALLOCATION, "new Object();", "new Object()", """
            class Bad {
              @Differentiable static double f(double x) {
                new Object();
                return x;
              }
            }"""),
        row("new Random()", Diagnostic.ALLOCATION, "var r = new Random(42);", "new Random(42)", """
            class Bad {
              @Differentiable static double f(double x) {
                var r = new Random(42);
                return x;
              }
            }"""),
        // ---- string ----
        row("string literal", Diagnostic.STRING, "var s = \"value\";", "\"value\"", """
            class Bad {
              @Differentiable static double f(double x) {
                var s = "value";
                return x;
              }
            }"""),
        row("string concatenation", Diagnostic.STRING, "var s = \"x=\" + x;", "\"x=\"", """
            class Bad {
              @Differentiable static double f(double x) {
                var s = "x=" + x;
                return x;
              }
            }"""),
        // ---- nondeterministic ----
        row("Math.random()", Diagnostic.NONDETERMINISTIC, "Math.random()", "Math.random", """
            class Bad {
              @Differentiable static double f(double x) {
                return x * Math.random();
              }
            }"""),
        row("StrictMath.random()", Diagnostic.NONDETERMINISTIC, "StrictMath.random()", "StrictMath.random", """
            class Bad {
              @Differentiable static double f(double x) {
                return x * StrictMath.random();
              }
            }"""),
        row("System.nanoTime()", Diagnostic.NONDETERMINISTIC, "System.nanoTime()", "System.nanoTime", """
            class Bad {
              @Differentiable static double f(double x) {
                long t = System.nanoTime();
                return x;
              }
            }"""),
        row("System.currentTimeMillis()", Diagnostic.NONDETERMINISTIC, "System.currentTimeMillis()",
            "System.currentTimeMillis", """
            class Bad {
              @Differentiable static double f(double x) {
                return x + System.currentTimeMillis();
              }
            }"""),
        row("a String from a library call", Diagnostic.UNSUPPORTED_CALL, "var s = String.format(\"%.3f\", x);",
            "java.lang.String.format (its result is not a number or a boolean)", """
            class Bad {
              @Differentiable static double f(double x) {
                var s = String.format("%.3f", x);
                return x;
              }
            }"""),
        // ---- recursion ----
        row("direct recursion", Diagnostic.RECURSION, "return x * f(x, n - 1);", "f calls itself", """
            class Bad {
              @Differentiable static double f(double x, int n) {
                if (n == 0) return x;
                return x * f(x, n - 1);
              }
            }"""),
        row("mutual recursion", Diagnostic.RECURSION, "return odd(x, n - 1) * x;", "odd calls itself", """
            class Bad {
              @Differentiable static double even(double x, int n) {
                if (n == 0) return x;
                return odd(x, n - 1) * x;
              }
              @Differentiable static double odd(double x, int n) {
                if (n == 0) return 1;
                return even(x, n - 1) + x;
              }
            }"""),
        row("recursion in a callee", Diagnostic.RECURSION, "return k == 0 ? x : g(x, k - 1);", "g calls itself", """
            class Bad {
              @Differentiable static double g(double x, int k) {
                return k == 0 ? x : g(x, k - 1);
              }
              @Differentiable static double f(double x) {
                return g(x, 3) * x;
              }
            }"""),
        // ---- no-differentiable-input ----
        row("all parameters @NoDerivative", Diagnostic.NO_DIFFERENTIABLE_INPUT, "static double f(@NoDerivative",
            "f has no differentiable input", """
            class Bad {
              @Differentiable
              static double f(@NoDerivative double x, @NoDerivative double[] y) {
                return x * y[0];
              }
            }"""),
        row("only int, long and boolean parameters", Diagnostic.NO_DIFFERENTIABLE_INPUT, "static double f(int n",
            "f has no differentiable input", """
            class Bad {
              @Differentiable
              static double f(int n, long m, boolean b) {
                return n * 2.0;
              }
            }"""),
        row("no parameters", Diagnostic.NO_DIFFERENTIABLE_INPUT, "static double f()", "f has no differentiable input",
            """
            class Bad {
              @Differentiable
              static double f() {
                return 1.0;
              }
            }"""),
        // ---- unresolved ----
        row("unknown name", Diagnostic.UNRESOLVED, "return x * scale;", "cannot resolve scale", """
            class Bad {
              @Differentiable static double f(double x) {
                return x * scale;
              }
            }"""),
        row("unknown static field of a class", Diagnostic.UNRESOLVED, "Bad.SCALE", "cannot resolve Bad.SCALE", """
            class Bad {
              static final double K = 2;
              @Differentiable static double f(double x) {
                return x * Bad.SCALE;
              }
            }"""),
        // ---- inaccessible ----
        row("private static field in a thrown exception", Diagnostic.INACCESSIBLE, "\"x above \" + limit", "limit", """
            class Bad {
              private static double limit = 3;
              @Differentiable static double f(double x) {
                if (x > 10) {
                  throw new IllegalArgumentException("x above " + limit);
                }
                return limit * x;
              }
            }"""),
        row("private class in a thrown exception", Diagnostic.INACCESSIBLE, "+ Limits.max)", "Limits", """
            class Bad {
              private static final class Limits {
                static double max = 3;
              }
              @Differentiable static double f(double x) {
                if (x > Limits.max) {
                  throw new IllegalArgumentException("x above " + Limits.max);
                }
                return x * x;
              }
            }"""),
        row("private method in a thrown exception", Diagnostic.INACCESSIBLE, "message(x)", "message", """
            class Bad {
              private static String message(double x) {
                return "x above 10: " + x;
              }
              @Differentiable static double f(double x) {
                if (x > 10) {
                  throw new IllegalArgumentException(message(x));
                }
                return x * x;
              }
            }"""),
        // ---- invalid-choice ----
        row("an order other than 1 or 2", Diagnostic.INVALID_CHOICE, "@Differentiable(order = 3)", "order = 3", """
            class Bad {
              @Differentiable(order = 3)
              static double f(double x) {
                return x * x;
              }
            }"""),
        row("a negative tape limit", Diagnostic.INVALID_CHOICE, "@Differentiable(tapeLimit = -1)", "tapeLimit = -1",
            """
            class Bad {
              @Differentiable(tapeLimit = -1)
              static double f(double x) {
                return x * x;
              }
            }"""),
        // ---- overload-clash ----
        // The generated class once declared fGradient(double, double[]) twice.
        row("overloads whose generated methods clash", Diagnostic.OVERLOAD_CLASH, "static double f(double x) {",
            "fGradient", """
            class Bad {
              @Differentiable static double f(double x, double[] w) {
                return x * w[0];
              }
              @Differentiable static double f(double x) {
                return x * x;
              }
            }"""),
        // ---- array-reassignment ----
        row("array reassigned under a branch", Diagnostic.ARRAY_REASSIGNMENT, "a = y;", "array variable a", """
            class Bad {
              @Differentiable static double f(double[] x, double[] y) {
                double[] a = x;
                if (x[0] > 0) {
                  a = y;
                }
                return a[0];
              }
            }"""),
        // Reported on the assignment that gives the variable a new array in each iteration.
        row("array reassigned in a runtime loop", Diagnostic.ARRAY_REASSIGNMENT, "a = next",
            "array variable a", """
            class Bad {
              @Differentiable static double f(double[] x, int n) {
                double[] a = new double[x.length];
                for (int k = 0; k < n; k++) {
                  double[] next = new double[x.length];
                  for (int i = 0; i < x.length; i++) {
                    next[i] = a[i] + x[i];
                  }
                  a = next;
                }
                return a[0];
              }
            }"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsTheConstructOnItsLine(String name, Diagnostic tag, String line, String decl) {
    JavaFileObject file = source(decl);
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[" + tag.tag() + "]").inFile(file).onLineContaining(line);
    String named = name.contains("[names ") ? name.substring(name.indexOf("[names ") + 7, name.length() - 1) : null;
    if (named != null) {
      String expected = named;
      assertTrue(nablaErrors(compilation).stream().anyMatch(m -> m.contains("[" + tag.tag() + "]")
          && m.contains(expected)), "no " + tag.tag() + " error naming '" + expected + "' in " + nablaErrors(
          compilation));
    }
    assertTrue(nablaErrors(compilation).stream().allMatch(m -> m.contains(". Fix: ")),
        "every nabla error suggests a fix: " + nablaErrors(compilation));
    assertEquals(List.of(), errorsIn(compilation, "BadDerivatives.java"), "errors in the generated class");
  }

  @Test
  void everyUserFacingTagHasACase() {
    Set<Diagnostic> covered = EnumSet.noneOf(Diagnostic.class);
    cases().forEach(a -> covered.add((Diagnostic) a.get()[1]));
    WarningsTest.cases().forEach(a -> covered.add((Diagnostic) a.get()[0]));
    CustomDerivativesTest.cases().forEach(a -> covered.add((Diagnostic) a.get()[1]));
    covered.add(OtherCompilersTest.TAG);
    Set<Diagnostic> all = EnumSet.allOf(Diagnostic.class);
    all.remove(Diagnostic.INTERNAL_ERROR);
    all.removeAll(covered);
    assertEquals(Set.of(), all, "tags without a test case");
  }

  @Test
  void everyTagIsDocumented() throws IOException {
    java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "diagnostics.md");
    String text;
    try {
      text = java.nio.file.Files.readString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException("docs/diagnostics.md is missing", e);
    }
    for (Diagnostic d : Diagnostic.values()) {
      assertTrue(text.contains("\n## " + d.tag() + "\n"), "docs/diagnostics.md has no section ## " + d.tag());
    }
  }

  @Test
  void anErrorInOneMethodStillGeneratesTheOthers(@TempDir Path dir) throws IOException {
    JavaFileObject file = source("""
        class Bad {
          @Differentiable static double good(double x) {
            return x * x;
          }
          @Differentiable static double bad(double[] x) {
            x[0] = 1;
            return x[0] * Math.random();
          }
          @Differentiable static double alsoGood(double[] x) {
            return Math.sin(x[0]) * x[1];
          }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining("[nabla:side-effect]").inFile(file).onLineContaining("x[0] = 1");
    assertThat(compilation).hadErrorContaining("[nabla:nondeterministic]").inFile(file)
        .onLineContaining("return x[0] * Math.random();");
    assertThat(compilation).hadErrorCount(2);
    String generated = generatedDerivatives(file, dir);
    assertNotNull(generated, "p.BadDerivatives was not generated");
    assertTrue(generated.contains("static double goodGradient(double x, double[] gradient)"), generated);
    assertTrue(generated.contains("static double alsoGoodGradient(double[] x, double[] gradient)"), generated);
    assertFalse(generated.contains(" badGradient("), generated);
  }

  @Test
  void manyBadMethodsInOneClassEachGetTheirOwnErrorAndTheValidOneIsGenerated(@TempDir Path dir) throws IOException {
    JavaFileObject file = source("""
        class Bad {
          static double count;
          @Differentiable static double a(double x) { return Double.sum(x, 2); }
          @Differentiable static double b(double x) { count = x; return x; }
          double scale;
          @Differentiable double c(double x) { scale = x; return x; }
          @Differentiable static double d(float x) { return x; }
          @Differentiable static int e(double x) { return 1; }
          @Differentiable static double f(double x) { synchronized (Bad.class) { return x; } }
          @Differentiable static double g(double x) { return x * Math.random(); }
          @Differentiable static double h(double x, int n) { return n == 0 ? x : h(x, n - 1); }
          @Differentiable static double i(@NoDerivative double x) { return x; }
          @Differentiable static double j(double x) { return x * unknown; }
          @Differentiable static double k(double x) { var s = "k"; return x; }
          @Differentiable static double l(double x) { new Object(); return x; }
          @Differentiable static double valid(double x) { return x * x * x; }
        }""");
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    String[][] expected = {
        {"unsupported-call", "double a(double x)"},
        {"side-effect", "double b(double x)"},
        {"field-write", "double c(double x)"},
        {"unsupported-type", "double d(float x)"},
        {"unsupported-result", "int e(double x)"},
        {"unsupported-statement", "double f(double x)"},
        {"nondeterministic", "double g(double x)"},
        {"recursion", "double h(double x, int n)"},
        {"no-differentiable-input", "double i(@NoDerivative double x)"},
        {"unresolved", "double j(double x)"},
        {"string", "double k(double x)"},
        {"allocation", "double l(double x)"},
    };
    for (String[] e : expected) {
      assertThat(compilation).hadErrorContaining("[nabla:" + e[0] + "]").inFile(file).onLineContaining(e[1]);
    }
    assertThat(compilation).hadErrorCount(expected.length);
    String generated = generatedDerivatives(file, dir);
    assertNotNull(generated, "p.BadDerivatives was not generated");
    assertTrue(generated.contains("static double validGradient(double x, double[] gradient)"), generated);
  }

  @Test
  void validMethodsCompileCleanly() {
    Compilation compilation = compile(source("""
        class Bad {
          private static final double SCALE = 3;
          static final double[] W = {1, 2};
          @Differentiable static double f(double[] x, @NoDerivative double c, int steps) {
            double[] a = new double[x.length];
            for (int k = 0; k < 3; k++) {
              double[] next = new double[x.length];
              for (int i = 0; i < x.length; i++) {
                next[i] = a[i] + x[i] * W[i % 2];
              }
              a = next;
            }
            return SCALE * a[0] * c + steps;
          }
        }"""));
    assertWellFormedErrors(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.BadDerivatives").contentsAsUtf8String().contains("fGradient(");
  }

  @Test
  void objectParametersOfAnyTypeArePassedThrough() {
    Compilation compilation = compile(source("""
        class Bad {
          @Differentiable static double f(double x, String name, Object o, List<Double> xs) {
            return x * x * name.length() + xs.size();
          }
        }"""));
    assertWellFormedErrors(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.BadDerivatives").contentsAsUtf8String()
        .contains("fGradient(double x, String name, Object o, List<Double> xs, double[] gradient)");
  }
}
