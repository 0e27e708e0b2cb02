package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.Differentiable;
import dev.nabla.processor.diagnostics.Diagnostic;
import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Under a compiler without javac's Tree API (Eclipse's, ecj), the processor reports one error that says so, on the
 * first {@code @Differentiable} method, and nothing else: no stack trace, no other message, no generated class. The
 * same holds where a tool hands the processor its own wrapper of javac's environment, which hides the Tree API too.
 */
class OtherCompilersTest {
  /** The tag {@link DiagnosticsTest} counts as covered here, where a compiler other than javac can trigger it. */
  static final Diagnostic TAG = Diagnostic.NEEDS_JAVAC;
  private static final Path FIXTURE = InProcessCompiler.fixture("ecj/Model.java");

  /** What a compilation of the fixture gave: success, the compiler's own printed output, its diagnostics. */
  private record Result(boolean ok, String printed, List<javax.tools.Diagnostic<? extends JavaFileObject>> messages) {}

  @Test
  void eclipseCompilerGetsOneErrorAndNothingElse(@TempDir Path dir) throws Exception {
    Result result = compile(new EclipseCompiler(), dir, List.of("-17", "-processorpath",
        location(DifferentiableProcessor.class) + File.pathSeparator + location(com.squareup.javapoet.JavaFile.class)),
        List.of());

    assertOneErrorOnTheFirstMethod(result, "Eclipse's compiler (ecj)", dir);
    assertTrue(result.printed().strip().endsWith("\n1 problem (1 error)"),
        "ecj's count of all problems: " + result.printed());
  }

  @Test
  void anEnvironmentNablaDoesNotKnowIsNamedByItsClass(@TempDir Path dir) throws Exception {
    WrappedEnvironment wrapper = new WrappedEnvironment();
    Result result = compile(ToolProvider.getSystemJavaCompiler(), dir, List.of(), List.of(wrapper));

    assertOneErrorOnTheFirstMethod(result, "a compiler whose processing environment is "
        + wrapper.proxyType.getName(), dir);
    assertEquals("", result.printed(), "javac prints nothing beside the diagnostics");
  }

  /** Compiles the fixture into {@code dir/classes} and {@code dir/generated}, with the given processors if any. */
  private static Result compile(JavaCompiler compiler, Path dir, List<String> options, List<Processor> processors)
      throws IOException, URISyntaxException {
    StringWriter printed = new StringWriter();
    DiagnosticCollector<JavaFileObject> messages = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = compiler.getStandardFileManager(messages, Locale.ROOT, null)) {
      List<String> all = new ArrayList<>(List.of(
          "-d", Files.createDirectories(dir.resolve("classes")).toString(),
          "-s", Files.createDirectories(dir.resolve("generated")).toString(),
          "-classpath", location(Differentiable.class)));
      all.addAll(options);
      JavaCompiler.CompilationTask task = compiler.getTask(printed, files, messages, all, null,
          files.getJavaFileObjects(FIXTURE.toFile()));
      if (!processors.isEmpty()) {
        task.setProcessors(processors);
      }
      boolean ok = task.call();
      return new Result(ok, printed.toString(), messages.getDiagnostics());
    }
  }

  /** The build failed with exactly the needs-javac error, on the fixture's first method, and generated nothing. */
  private static void assertOneErrorOnTheFirstMethod(Result result, String compilerName, Path dir) throws IOException {
    assertFalse(result.ok(), "the build must fail");
    assertFalse(result.printed().contains("Exception") || result.printed().contains("\tat "),
        "a stack trace: " + result.printed());
    assertEquals(1, result.messages().size(), "exactly one message: " + result.messages());
    javax.tools.Diagnostic<? extends JavaFileObject> error = result.messages().get(0);
    assertEquals(javax.tools.Diagnostic.Kind.ERROR, error.getKind());
    assertEquals(TAG.format(compilerName), error.getMessage(Locale.ROOT));
    String firstMethod = "public static double energy(double[] x) {";
    assertEquals(Files.readAllLines(FIXTURE).indexOf("  " + firstMethod) + 1, error.getLineNumber(),
        "reported on the first @Differentiable method, " + firstMethod);
    try (Stream<Path> written = Files.walk(dir)) {
      assertTrue(written.noneMatch(p -> p.getFileName().toString().startsWith("ModelDerivatives")),
          "a derivatives class was generated");
    }
  }

  /** The directory or jar a class was loaded from, for a compiler's class and processor paths. */
  private static String location(Class<?> type) throws URISyntaxException {
    return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
  }

  /** Runs the processor with a proxy of javac's environment, as build tools that wrap javac's do. */
  private static final class WrappedEnvironment extends AbstractProcessor {
    private final Processor processor = new DifferentiableProcessor();
    private Class<?> proxyType;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return processor.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return processor.getSupportedSourceVersion();
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      Object proxy = Proxy.newProxyInstance(ProcessingEnvironment.class.getClassLoader(),
          new Class<?>[] {ProcessingEnvironment.class}, (self, method, args) -> method.invoke(env, args));
      proxyType = proxy.getClass();
      processor.init((ProcessingEnvironment) proxy);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return processor.process(annotations, round);
    }
  }
}
