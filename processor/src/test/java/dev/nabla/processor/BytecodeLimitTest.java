package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every method of every generated class stays under HotSpot's 8,000-byte limit for JIT compilation (HugeMethodLimit),
 * including for long straight-line bodies and unrolled loops.
 */
public class BytecodeLimitTest {
  /** HotSpot does not JIT-compile methods with more bytecode than this (-XX:HugeMethodLimit). */
  public static final int HUGE_METHOD_LIMIT = 8000;

  @Test
  void noGeneratedMethodExceedsTheJitLimit(@TempDir Path dir) throws IOException {
    List<Path> fixtures;
    try (Stream<Path> files = Files.walk(Path.of("src/test/resources/fixtures"))) {
      // app/ calls into lib/ compiled separately; SeparateCompilationTest covers it
      fixtures = files.filter(p -> p.toString().endsWith(".java") && !p.toString().contains("/app/")).toList();
    }
    InProcessCompiler.compile(dir, fixtures);
    List<String> generated = new ArrayList<>();
    List<String> tooLarge = new ArrayList<>();
    try (Stream<Path> classes = Files.walk(dir.resolve("classes"))) {
      for (Path c : classes.filter(p -> p.getFileName().toString().contains("Derivatives")).toList()) {
        for (Map.Entry<String, Integer> m : ClassFileCodeSizes.of(c).entrySet()) {
          generated.add(c.getFileName() + " " + m.getKey());
          if (m.getValue() > HUGE_METHOD_LIMIT) {
            tooLarge.add(c.getFileName() + " " + m.getKey() + ": " + m.getValue() + " bytes");
          }
        }
      }
    }
    assertTrue(generated.size() > 20, "too few generated methods found: " + generated);
    assertTrue(tooLarge.isEmpty(), "methods over " + HUGE_METHOD_LIMIT + " bytes: " + tooLarge);
  }
}
