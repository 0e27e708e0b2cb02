package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated source for a few methods, compared with reviewed expected files: the lecture's
 * automatic-differentiation example, a vector function and a loop with a run-time trip count. Their numbers are
 * checked in {@link GeneratedDerivativesTest}; this test guards the shape and readability of the code.
 *
 * <p>There is one golden file per method kind, {@code golden/kinds/<Kind>.txt}, holding that kind's methods for the
 * three lecture methods, and {@code Class.txt} for the rest of the class (its header, the stored source, the shared
 * helpers). {@code golden/passive/Gradient.txt} holds the gradient of a method with code nabla keeps as written,
 * {@code golden/custom/Rules.txt} the gradient and HVP of one that calls a library function with a derivative rule,
 * and {@code golden/instance/Gradient.txt} that of an instance method reading its receiver's fields. To
 * regenerate them after an intended change of the generated code, run this test with
 * {@code -Dnabla.golden.update=true} (from the repository root: {@code mvn -o -pl processor -am test
 * -Dtest=GoldenSourceTest -Dsurefire.failIfNoSpecifiedTests=false -Dnabla.golden.update=true}) and review the diff.
 */
class GoldenSourceTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/kinds");
  private static final Path PASSIVE_GOLDEN = Path.of("src/test/resources/golden/passive");
  private static final Path CUSTOM_GOLDEN = Path.of("src/test/resources/golden/custom");
  private static final Path INSTANCE_GOLDEN = Path.of("src/test/resources/golden/instance");
  /** A member of the generated class starts after a blank line, at the class body's indentation. */
  private static final Pattern MEMBER_START = Pattern.compile("\n\n(?=  \\S)");
  private static final Pattern DECLARED = Pattern.compile("(?m)^  [^ */].*?\\b(\\w+)\\(");
  private static final List<String> METHODS = List.of("adExample", "position", "logSumSquares");

  @Test
  void generatedSourceMatchesTheReviewedGoldenFiles() throws IOException {
    String source = generated("Lecture");
    Map<String, String> byKind = byKind(source);
    if (Boolean.getBoolean("nabla.golden.update")) {
      write(byKind);
    }
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(GOLDEN)) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    assertEquals(new TreeSet<>(byKind.keySet()), files, "the golden files, one per kind the lecture methods get");
    for (Map.Entry<String, String> e : byKind.entrySet()) {
      assertEquals(Files.readString(GOLDEN.resolve(e.getKey())), e.getValue(), e.getKey()
          + " differs from the generated code (regenerate with -Dnabla.golden.update=true and review the diff)");
    }
  }

  @Test
  void codeKeptAsWrittenReadsAsWritten() throws IOException {
    assertMembersMatch(generated("Passive"), PASSIVE_GOLDEN.resolve("Gradient.txt"),
        " interpolateGradient(double[] y, double t, double[] gradient)");
  }

  @Test
  void aCallWithDerivativeRulesIsCalledAndItsRuleInlined() throws IOException {
    assertMembersMatch(generated("Custom"), CUSTOM_GOLDEN.resolve("Rules.txt"),
        " normalCdfGradient(double x, double mu, double sigma, double[] gradient)",
        " normalCdfHessianVector(double x, double mu, double sigma, double[] v,");
  }

  @Test
  void instanceMethodTakesItsReceiverFirstAndReadsItsFields() throws IOException {
    assertMembersMatch(generated("Instance"), INSTANCE_GOLDEN.resolve("Gradient.txt"),
        " voltageGradient(Instance self, double position, double velocity,");
  }

  /** The members of {@code source} whose text contains the given {@code signatures}, as the {@code golden} file has. */
  private static void assertMembersMatch(String source, Path golden, String... signatures) throws IOException {
    StringBuilder members = new StringBuilder();
    for (String signature : signatures) {
      members.append(members.length() == 0 ? "" : "\n").append(MEMBER_START.splitAsStream(source)
          .filter(m -> m.contains(signature)).findFirst().orElseThrow()).append('\n');
    }
    if (Boolean.getBoolean("nabla.golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, members);
    }
    assertEquals(Files.readString(golden), members.toString(),
        "differs from the generated code (regenerate with -Dnabla.golden.update=true and review the diff)");
  }

  /** The source generated for the class {@code golden.<name>}, from the resource {@code golden/<name>.java}. */
  private static String generated(String name) throws IOException {
    Compilation compilation = Compiler.javac()
        .withProcessors(new DifferentiableProcessor())
        .withOptions(InProcessCompiler.VERIFY_IR)
        .compile(JavaFileObjects.forResource("golden/" + name + ".java"));
    assertThat(compilation).succeeded();
    return compilation.generatedSourceFile("golden." + name + "Derivatives").orElseThrow().getCharContent(true)
        .toString();
  }

  /** The generated class cut into its members, each file holding one kind's; the rest in {@code Class.txt}. */
  private static Map<String, String> byKind(String source) {
    Map<String, String> files = new LinkedHashMap<>();
    for (String member : MEMBER_START.split(source)) {
      String file = kindOf(member) + ".txt";
      files.merge(file, member + "\n", (a, b) -> a + "\n" + b);
    }
    return files;
  }

  /** The kind whose name follows the lecture method's in the member's name, or {@code Class} for the rest. */
  private static String kindOf(String member) {
    Matcher m = DECLARED.matcher(member);
    if (!m.find()) {
      return "Class";
    }
    String name = m.group(1);
    String function = METHODS.stream().filter(name::startsWith).max(Comparator.comparingInt(String::length))
        .orElse(null);
    if (function == null) {
      return "Class";
    }
    String rest = name.substring(function.length());
    return Pipeline.kindNames().stream().filter(rest::startsWith).max(Comparator.comparingInt(String::length))
        .orElse("Class");
  }

  private static void write(Map<String, String> byKind) throws IOException {
    Files.createDirectories(GOLDEN);
    List<Path> stale = new ArrayList<>();
    try (Stream<Path> list = Files.list(GOLDEN)) {
      list.filter(p -> !byKind.containsKey(p.getFileName().toString())).forEach(stale::add);
    }
    for (Path p : stale) {
      Files.delete(p);
    }
    for (Map.Entry<String, String> e : byKind.entrySet()) {
      Files.writeString(GOLDEN.resolve(e.getKey()), e.getValue());
    }
  }
}
