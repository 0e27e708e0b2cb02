package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import org.junit.jupiter.api.Test;

/**
 * The generated source for a few methods, compared with reviewed expected files: the lecture's
 * automatic-differentiation example, a vector function and a loop with a run-time trip count. Their numbers are
 * checked in {@link GeneratedDerivativesTest}; this test guards the shape and readability of the code.
 */
class GoldenSourceTest {

  @Test
  void generatedSourceMatchesTheReviewedGoldenFile() {
    Compilation compilation = Compiler.javac()
        .withProcessors(new DifferentiableProcessor())
        .withOptions(InProcessCompiler.VERIFY_IR)
        .compile(JavaFileObjects.forResource("golden/Lecture.java"));
    assertThat(compilation).succeeded();
    assertThat(compilation)
        .generatedSourceFile("golden.LectureDerivatives")
        .hasSourceEquivalentTo(JavaFileObjects.forResource("golden/LectureDerivatives.java"));
  }
}
