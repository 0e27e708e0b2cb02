package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.sample.ReadmeBlocks.Block;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/** Compiles a README usage snippet as the body of a method, against this module's classes and the runtime. */
final class ReadmeSnippets {
  private ReadmeSnippets() {}

  /**
   * Compiles {@code block} as the body of a method whose parameters are the snippet's free variables ({@code "double[]
   * x0, int n"}), with every class of {@code dev.nabla.optim} and {@code dev.nabla.sample} in scope, without warnings.
   */
  static void assertCompiles(Block block, String parameters) throws IOException {
    String className = "ReadmeLine" + block.line();
    String source = "package readme;\n\n"
        + "import dev.nabla.optim.*;\n"
        + "import dev.nabla.sample.*;\n\n"
        + "final class " + className + " {\n"
        + "  static void snippet(" + parameters + ") {\n"
        + String.join("\n", block.code()) + "\n"
        + "  }\n"
        + "}\n";
    Path out = Files.createTempDirectory("readme");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> messages = new DiagnosticCollector<>();
    boolean compiled = javac.getTask(null, null, messages,
        List.of("-proc:none", "-Xlint:all", "-Werror", "-d", out.toString(),
            "-classpath", System.getProperty("java.class.path")),
        null, List.of(new Source(className, source))).call();
    assertTrue(compiled, "README line " + block.line() + " does not compile:\n" + messages.getDiagnostics()
        + "\nas\n" + source);
  }

  /** A compilation unit held in memory. */
  private static final class Source extends SimpleJavaFileObject {
    private final String code;

    Source(String className, String code) {
      super(URI.create("string:///readme/" + className + ".java"), JavaFileObject.Kind.SOURCE);
      this.code = code;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return code;
    }
  }
}
