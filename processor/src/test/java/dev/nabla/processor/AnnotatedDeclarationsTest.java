package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.DiagnosticsTest.assertWellFormedErrors;
import static dev.nabla.processor.DiagnosticsTest.compile;
import static dev.nabla.processor.DiagnosticsTest.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
  /** Declarations whose derivatives are generated: the class, and the start of {@code fGradient}'s declaration. */
  static Stream<Arguments> generated() {
    return Stream.of(
        Arguments.of("private static method", "p.BadDerivatives", "\n  static double fGradient(double x,", """
            class Bad {
              @Differentiable private static double f(double x) {
                return x * x;
              }
            }"""),
        Arguments.of("static method of a private nested class", "p.Bad_InnerDerivatives",
            "\n  static double fGradient(double x,", """
            class Bad {
              private static final class Inner {
                @Differentiable static double f(double x) {
                  return x * x;
                }
              }
            }"""),
        Arguments.of("public static method of a private nested class", "p.Bad_InnerDerivatives",
            "\n  public static double fGradient(double x,", """
            class Bad {
              private static final class Inner {
                @Differentiable public static double f(double x) {
                  return x * x;
                }
              }
            }"""),
        Arguments.of("static method of an interface", "p.BadDerivatives", "\n  public static double fGradient(double x,",
            """
            interface Bad {
              @Differentiable static double f(double x) {
                return x * x;
              }
            }"""),
        Arguments.of("private static method of an interface", "p.BadDerivatives",
            "\n  static double fGradient(double x,", """
            interface Bad {
              @Differentiable private static double f(double x) {
                return x * x;
              }
            }"""),
        Arguments.of("static method of an enum", "p.BadDerivatives", "\n  static double fGradient(double x,", """
            enum Bad {
              A;
              @Differentiable static double f(double x) {
                return x * x;
              }
            }"""),
        Arguments.of("static method of a record", "p.BadDerivatives", "\n  static double fGradient(double x,", """
            record Bad(double a) {
              @Differentiable static double f(double x) {
                return x * x;
              }
            }"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generated")
  void getsDerivatives(String name, String generatedClass, String gradient, String decl) {
    Compilation compilation = compile(source(decl));
    assertWellFormedErrors(compilation);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile(generatedClass).contentsAsUtf8String().contains(gradient);
  }

  /** Declarations that are a positioned error: the message's start and a text of the line it is reported on. */
  static Stream<Arguments> rejected() {
    return Stream.of(
        Arguments.of("default method of an interface", "[nabla:not-static]", "default double f(double x)", """
            interface Bad {
              @Differentiable default double f(double x) {
                return x * x;
              }
            }"""),
        Arguments.of("constructor", "not applicable to this kind of declaration", "@Differentiable Bad(double x)", """
            class Bad {
              @Differentiable Bad(double x) {
              }
            }"""),
        Arguments.of("static method of a local class", "[nabla:local-class]", "static double local(double x)", """
            class Bad {
              @Differentiable static double g(double x) {
                return x;
              }
              static double run(double y) {
                class Local {
                  @Differentiable static double local(double x) {
                    return x * x;
                  }
                }
                return Local.local(y);
              }
            }"""),
        Arguments.of("static method of an anonymous class", "[nabla:local-class]", "static double inner(double x)",
            """
            class Bad {
              @Differentiable static double g(double x) {
                return x;
              }
              static final Object ANONYMOUS = new Object() {
                @Differentiable static double inner(double x) {
                  return x * x;
                }
              };
            }"""),
        Arguments.of("static method of an enum constant's body", "[nabla:local-class]",
            "static double constant(double x)", """
            enum Bad {
              A {
                @Differentiable static double constant(double x) {
                  return x * x;
                }
              };
              @Differentiable static double g(double x) {
                return x;
              }
            }"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rejected")
  void isAPositionedError(String name, String message, String line, String decl) {
    JavaFileObject file = source(decl);
    Compilation compilation = compile(file);
    assertWellFormedErrors(compilation);
    assertThat(compilation).hadErrorContaining(message).inFile(file).onLineContaining(line);
    assertThat(compilation).hadErrorCount(1);
    assertEquals(0, DiagnosticsTest.errorsIn(compilation, "BadDerivatives.java").size(), "errors in generated code");
    assertTrue(compilation.warnings().isEmpty(), compilation.warnings().toString());
  }
}
