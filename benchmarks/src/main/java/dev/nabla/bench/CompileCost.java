package dev.nabla.bench;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * The processor's compile cost: javac run in process over the same sources with and without the nabla processor,
 * after warm-up, median of several repetitions; the difference is what nabla adds to a build.
 *
 * <p>Usage: {@code CompileCost <repetitions> <sample-app source dir>}. Prints one line per case:
 * {@code compile <case> <methods> <median ms without> <median ms with>}.
 */
public final class CompileCost {
  private CompileCost() {}

  /** The 50-iteration constant loop the processor unrolls into straight-line code. */
  static final String UNROLLED = "package bench.unrolled;\n"
      + "import dev.nabla.Differentiable;\n"
      + "public final class Unrolled {\n"
      + "  @Differentiable\n"
      + "  public static double ring50(double[] x) {\n"
      + "    double sum = 0;\n"
      + "    for (int i = 0; i < 50; i++) {\n"
      + "      double d = x[i] - x[(i + 1) % 50];\n"
      + "      sum += Math.sin(d) * d;\n"
      + "    }\n"
      + "    return sum;\n"
      + "  }\n"
      + "}\n";

  public static void main(String[] args) throws IOException {
    int repetitions = Integer.parseInt(args[0]);
    Path sampleDir = Path.of(args[1]);
    List<Path> sample = new ArrayList<>();
    try (Stream<Path> files = Files.walk(sampleDir)) {
      files.filter(p -> p.toString().endsWith(".java")).sorted().forEach(p -> {
        try {
          if (Files.readString(p).contains("@Differentiable")) {
            sample.add(p);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    Path unrolledDir = Files.createTempDirectory("nabla-unrolled");
    Path unrolled = unrolledDir.resolve("Unrolled.java");
    Files.writeString(unrolled, UNROLLED);
    int sampleMethods = 0;
    for (Path p : sample) {
      sampleMethods += count(Files.readString(p), "@Differentiable");
    }
    measure("sample-app", sampleMethods, sample, repetitions);
    measure("unrolled-50", 1, List.of(unrolled), repetitions);
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static void measure(String name, int methods, List<Path> sources, int repetitions) throws IOException {
    int warmup = Math.max(3, repetitions / 2);
    for (int i = 0; i < warmup; i++) {
      compile(sources, false);
      compile(sources, true);
    }
    double[] without = new double[repetitions];
    double[] with = new double[repetitions];
    for (int i = 0; i < repetitions; i++) {
      without[i] = compile(sources, false);
      with[i] = compile(sources, true);
    }
    System.out.printf("compile %s %d %.3f %.3f%n", name, methods, median(without), median(with));
  }

  static double median(double[] a) {
    double[] s = a.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : 0.5 * (s[n / 2 - 1] + s[n / 2]);
  }

  /** Compiles the sources into a fresh directory; returns the wall time in milliseconds. */
  private static double compile(List<Path> sources, boolean withProcessor) throws IOException {
    return compile(sources, withProcessor ? List.of() : null).millis();
  }

  /**
   * The source roots of {@code sources} (each file's directory less its package's), as a source path: javac finds the
   * other types of the same project there (the sample's {@code Market} record), as a build would.
   */
  private static String sourceRoots(List<Path> sources) throws IOException {
    Set<String> roots = new LinkedHashSet<>();
    for (Path p : sources) {
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;")
          .matcher(Files.readString(p));
      Path root = p.toAbsolutePath().getParent();
      for (int i = m.find() ? m.group(1).split("\\.").length : 0; i > 0; i--) {
        root = root.getParent();
      }
      roots.add(root.toString());
    }
    return String.join(java.io.File.pathSeparator, roots);
  }

  /**
   * A compilation's wall time, the CPU time of the thread that ran javac (which other processes on a shared machine
   * disturb less), and the number of lines the processor generated.
   */
  record Compiled(double millis, double cpuMillis, long generatedLines) {}

  /**
   * Compiles the sources into a fresh directory, with the processor and the given options ({@code -Anabla.…}) or,
   * when {@code processorOptions} is null, without it.
   */
  static Compiled compile(List<Path> sources, List<String> processorOptions) throws IOException {
    boolean withProcessor = processorOptions != null;
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    Path out = Files.createTempDirectory("nabla-compile");
    Path generated = Files.createTempDirectory("nabla-generated");
    String classpath = System.getProperty("java.class.path");
    List<String> args = new ArrayList<>(List.of("--release", "17", "-d", out.toString(), "-s", generated.toString(),
        "-cp", classpath, "-sourcepath", sourceRoots(sources), "-implicit:none", "-nowarn"));
    if (withProcessor) {
      args.addAll(List.of("-processorpath", classpath, "-processor", "dev.nabla.processor.DifferentiableProcessor"));
      args.addAll(processorOptions);
    } else {
      args.add("-proc:none");
    }
    sources.forEach(p -> args.add(p.toString()));
    StringWriter log = new StringWriter();
    long start = System.nanoTime();
    long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    int status = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
      @Override
      public void write(int b) {
        log.write(b);
      }
    }), args.toArray(String[]::new));
    double ms = (System.nanoTime() - start) / 1e6;
    double cpuMs = (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart) / 1e6;
    if (status != 0) {
      throw new IllegalStateException("javac failed:\n" + log);
    }
    long lines;
    try (Stream<Path> files = Files.walk(generated)) {
      lines = files.filter(Files::isRegularFile).mapToLong(CompileCost::lines).sum();
    }
    delete(out);
    delete(generated);
    return new Compiled(ms, cpuMs, lines);
  }

  private static long lines(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
