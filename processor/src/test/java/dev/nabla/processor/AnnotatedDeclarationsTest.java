package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.assertWellFormedErrors;
import static dev.nabla.processor.DiagnosticsTest.compile;
import static dev.nabla.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code @Differentiable} on every kind of declaration that can carry it: each either gets its derivatives or is a
 * positioned error, never silently nothing.
 */
class AnnotatedDeclarationsTest {
  /** The method every row declares, with the modifiers {@code %s}. */
  private static final String METHOD = "@Differentiable %s double f(double x) { return x * x; }";

  /** Declarations whose derivatives are generated: the class, and the start of {@code fGradient}'s declaration. */
  static Stream<Arguments> generated() {
    String gradient = "\n  static double fGradient(double x,";
    String publicGradient = "\n  public static double fGradient(double x,";
    return Stream.of(
        Arguments.of("private static method", "p.BadDerivatives", gradient, "class Bad { %s }", "private static"),
        Arguments.of("static method of a private nested class", "p.Bad_InnerDerivatives", gradient,
            "class Bad { private static final class Inner { %s } }", "static"),
        Arguments.of("public static method of a private nested class", "p.Bad_InnerDerivatives",
            publicGradient, "class Bad { private static final class Inner { %s } }",
            "public static"),
        Arguments.of("static method of an interface", "p.BadDerivatives", publicGradient,
            "interface Bad { %s }", "static"),
        Arguments.of("private static method of an interface", "p.BadDerivatives", gradient, "interface Bad { %s }",
            "private static"),
        Arguments.of("static method of an enum", "p.BadDerivatives", gradient, "enum Bad { A; %s }", "static"),
        Arguments.of("static method of a record", "p.BadDerivatives", gradient, "record Bad(double a) { %s }",
            "static"),
        Arguments.of("instance method", "p.BadDerivatives", "\n  static double fGradient(Bad self, double x,",
            "class Bad { %s }", ""),
        Arguments.of("default method of an interface", "p.BadDerivatives",
            "\n  public static double fGradient(Bad self, double x,", "interface Bad { %s }", "default"),
        Arguments.of("instance method of a record", "p.BadDerivatives",
            "\n  public static double fGradient(Bad self, double x,", "record Bad(double a) { %s }", "public"),
        Arguments.of("instance method of an enum", "p.BadDerivatives",
            "\n  static double fGradient(Bad self, double x,", "enum Bad { A; %s }", ""),
        Arguments.of("instance method of an inner class", "p.Bad_InnerDerivatives",
            "\n  static double fGradient(Bad.Inner self, double x,", "class Bad { class Inner { %s } }", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void getsDerivatives(String name, String generatedClass, String gradient, String type, String modifiers) {
    Compilation compilation = compile(source(String.format(type, String.format(METHOD, modifiers))));
    assertWellFormedErrors(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(generatedClass).contentsAsUtf8String().contains(gradient);
  }

  /**
   * Declarations that are a positioned error: the message's start and a text of the line it is reported on. (A
   * method of an enum constant's body is {@link DiagnosticsTest}'s {@code local-class} row.)
   */
  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("instance method of a generic class", "[nabla:not-static]", "double f(double x)",
            "class Bad<T> {\n" + String.format(METHOD, "") + "\n}"),
        Arguments.of("instance method of an inner class of a generic class", "[nabla:not-static]",
            "double f(double x)", "class Bad<T> {\n class Inner {\n" + String.format(METHOD, "") + "\n}\n}"),
        Arguments.of("instance method of a private nested class", "[nabla:not-static]", "double f(double x)",
            "class Bad {\n private static class Inner {\n" + String.format(METHOD, "") + "\n}\n}"),
        Arguments.of("instance method of a local class", "[nabla:local-class]", "double f(double x)", """
            class Bad {
              @Differentiable static double g(double x) { return x; }
              static double run(double y) {
                class Local { %s }
                return new Local().f(y);
              }
            }""".formatted(String.format(METHOD, ""))),
        Arguments.of("instance method of an anonymous class", "[nabla:local-class]", "double f(double x)", """
            class Bad {
              @Differentiable static double g(double x) { return x; }
              static final Object ANONYMOUS = new Object() {
                %s
              };
            }""".formatted(String.format(METHOD, ""))),
        Arguments.of("constructor", "not applicable to this kind of declaration", "@Differentiable Bad(",
            "class Bad {\n@Differentiable Bad(double x) {}\n}"),
        Arguments.of("static method of a local class", "[nabla:local-class]", "double f(double x)", """
            class Bad {
              @Differentiable static double g(double x) { return x; }
              static double run(double y) {
                class Local { %s }
                return Local.f(y);
              }
            }""".formatted(String.format(METHOD, "static"))),
        Arguments.of("static method of an anonymous class", "[nabla:local-class]", "double f(double x)", """
            class Bad {
              @Differentiable static double g(double x) { return x; }
              static final Object ANONYMOUS = new Object() {
                %s
              };
            }""".formatted(String.format(METHOD, "static"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void isAPositionedError(String name, String message, String line, String decl) {
    JavaFileObject file = source(decl);
    Compilation compilation = compile(file);
    assertThat(compilation).hadErrorCount(1); // none in the generated class
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings().toString());
    assertWellFormedErrors(compilation);
  }
}
