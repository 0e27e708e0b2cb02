package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.BytecodeLimitTest;
import dev.nabla.processor.ClassFileCodeSizes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** No method nabla generated for this module exceeds HotSpot's 8,000-byte limit for JIT compilation. */
class GeneratedCodeSizeTest {

  @Test
  void everyGeneratedMethodIsSmallEnoughToJitCompile() throws IOException {
    List<Path> generated;
    try (Stream<Path> files = Files.walk(Path.of("target/classes"))) {
      generated = files.filter(p -> p.getFileName().toString().contains("Derivatives")).toList();
    }
    assertFalse(generated.isEmpty(), "no generated classes found");
    List<String> tooLarge = new ArrayList<>();
    for (Path c : generated) {
      for (Map.Entry<String, Integer> m : ClassFileCodeSizes.of(c).entrySet()) {
        if (m.getValue() > BytecodeLimitTest.HUGE_METHOD_LIMIT) {
          tooLarge.add(c.getFileName() + " " + m.getKey() + ": " + m.getValue() + " bytes");
        }
      }
    }
    assertTrue(tooLarge.isEmpty(), "methods over the limit: " + tooLarge);
  }
}
