package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles sources with the nabla processor into a temporary directory and loads the resulting classes. */
final class InProcessCompiler {
  /** The processor option every test compile passes: verify the IR after each pass. */
  static final String VERIFY_IR = "-Anabla.verifyIr=true";

  private InProcessCompiler() {}

  /** Compiles the given source files (with the test class path) and returns a loader for the classes. */
  static ClassLoader compile(Path outputDir, List<Path> sources, Path... extraClassPath) throws IOException {
    return compile(outputDir, sources, List.of(), extraClassPath);
  }

  /** Compiles the given source files with javac options such as {@code -Anabla.order=1}; returns a class loader. */
  static ClassLoader compile(Path outputDir, List<Path> sources, List<String> javacOptions, Path... extraClassPath)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter log = new StringWriter();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      Path generated = Files.createDirectories(outputDir.resolve("generated"));
      Path classes = Files.createDirectories(outputDir.resolve("classes"));
      StringBuilder classPath = new StringBuilder(System.getProperty("java.class.path"));
      for (Path p : extraClassPath) {
        classPath.append(java.io.File.pathSeparator).append(p);
      }
      List<String> options = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-s", generated.toString(),
          "-classpath", classPath.toString(), "-Xlint:none", VERIFY_IR));
      options.addAll(javacOptions);
      JavaCompiler.CompilationTask task = javac.getTask(log, files, null, options, null,
          files.getJavaFileObjectsFromPaths(sources));
      task.setProcessors(List.of(new DifferentiableProcessor()));
      boolean ok = task.call();
      assertTrue(ok, "compilation failed:\n" + log);
      URL[] urls = new URL[extraClassPath.length + 1];
      urls[0] = classes.toUri().toURL();
      for (int i = 0; i < extraClassPath.length; i++) {
        urls[i + 1] = extraClassPath[i].toUri().toURL();
      }
      return new URLClassLoader(urls, InProcessCompiler.class.getClassLoader());
    }
  }

  /** One fixture class, its generated derivatives class and the generated source of that class. */
  record Fixture(Class<?> type, Class<?> derivatives, String generated) {}

  /** Compiles the fixture class {@code qualifiedName} (e.g. {@code carried.Shifts}) alone and loads its classes. */
  static Fixture compileFixture(Path outputDir, String qualifiedName) throws IOException, ClassNotFoundException {
    String path = qualifiedName.replace('.', '/');
    ClassLoader loader = compile(outputDir, List.of(fixture(path + ".java")));
    return new Fixture(loader.loadClass(qualifiedName), loader.loadClass(qualifiedName + "Derivatives"),
        Files.readString(outputDir.resolve("generated").resolve(path + "Derivatives.java")));
  }

  /** A fixture source under {@code src/test/resources/fixtures}. */
  static Path fixture(String relative) {
    return Path.of("src/test/resources/fixtures").resolve(relative);
  }
}
