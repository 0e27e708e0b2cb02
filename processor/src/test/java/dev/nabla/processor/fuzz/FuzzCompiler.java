package dev.nabla.processor.fuzz;

import dev.nabla.processor.DifferentiableProcessor;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one generated class with the nabla processor in process and classifies what went wrong. */
final class FuzzCompiler {
  private FuzzCompiler() {}

  /** A nabla diagnostic: its tag (e.g. {@code nabla:side-effect}), line and message. */
  record Tagged(String tag, long line, String message) {}

  record Outcome(boolean ok, boolean crash, boolean uncompilable, boolean otherError, List<Tagged> nabla,
      String log, ClassLoader loader, Map<String, String> generated) {
    /** Rejected by nabla with a diagnostic other than an internal error. */
    boolean rejected() {
      return !nabla.isEmpty() && !crash;
    }
  }

  private static final JavaCompiler JAVAC = ToolProvider.getSystemJavaCompiler();

  /** Whether the source is valid Java (compiled with {@code -proc:none}). */
  static boolean compilesWithoutProcessor(Path dir, String className, String source) {
    try {
      Path src = Files.createDirectories(dir.resolve("src/p"));
      Path file = src.resolve(className + ".java");
      Files.writeString(file, source);
      Path classes = Files.createDirectories(dir.resolve("classes"));
      try (StandardJavaFileManager files = JAVAC.getStandardFileManager(null, Locale.ROOT, null)) {
        List<String> options = List.of("-d", classes.toString(), "-proc:none",
            "-classpath", System.getProperty("java.class.path"), "-Xlint:none");
        return JAVAC.getTask(new StringWriter(), files, d -> { }, options, null, files.getJavaFileObjects(file))
            .call();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Outcome compile(Path dir, String className, String source) {
    try {
      Path src = Files.createDirectories(dir.resolve("src/p"));
      Path file = src.resolve(className + ".java");
      Files.writeString(file, source);
      Path generated = Files.createDirectories(dir.resolve("generated"));
      Path classes = Files.createDirectories(dir.resolve("classes"));
      DiagnosticCollector<JavaFileObject> diags = new DiagnosticCollector<>();
      StringWriter log = new StringWriter();
      boolean ok;
      boolean crash = false;
      try (StandardJavaFileManager files = JAVAC.getStandardFileManager(diags, Locale.ROOT, null)) {
        List<String> options = List.of("-d", classes.toString(), "-s", generated.toString(),
            "-classpath", System.getProperty("java.class.path"), "-Xlint:none", "-Xmaxerrs", "100000",
            "-implicit:none");
        JavaCompiler.CompilationTask task = JAVAC.getTask(log, files, diags, options, null,
            files.getJavaFileObjects(file));
        task.setProcessors(List.of(new DifferentiableProcessor()));
        try {
          ok = task.call();
        } catch (RuntimeException | Error e) {
          ok = false;
          crash = true;
          log.append("javac threw " + e).append('\n');
        }
      }
      boolean uncompilable = false;
      boolean other = false;
      List<Tagged> nabla = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diags.getDiagnostics()) {
        if (d.getKind() != Diagnostic.Kind.ERROR) {
          continue;
        }
        String m = d.getMessage(Locale.ROOT);
        String where = d.getSource() == null ? "?" : d.getSource().getName();
        log.append(where + ":" + d.getLineNumber() + ": " + m + "\n");
        if (m.contains("[nabla:internal-error]") || m.contains("An annotation processor threw")) {
          crash = true;
        }
        int t = m.indexOf("[nabla:");
        if (t >= 0) {
          nabla.add(new Tagged(m.substring(t + 1, m.indexOf(']', t)), d.getLineNumber(), m));
        } else if (where.contains("Derivatives")) {
          uncompilable = true;
        } else {
          other = true;
        }
      }
      Map<String, String> gen = new TreeMap<>();
      try (Stream<Path> walk = Files.walk(generated)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          gen.put(generated.relativize(p).toString(), Files.readString(p));
        }
      }
      ClassLoader loader = ok ? new URLClassLoader(new URL[] {classes.toUri().toURL()},
          FuzzCompiler.class.getClassLoader()) : null;
      return new Outcome(ok, crash, uncompilable, other, nabla, log.toString(), loader, gen);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
