package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The listeners return nothing and stop a run through {@code stop()}, so no Javadoc may say they return a value. */
class ListenerJavadocTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/nabla/optim");

  @Test
  void noSourceSaysTheListenerReturnsAValue() throws IOException, NoSuchMethodException {
    assertEquals(void.class, IterationListener.class.getMethod("onIteration", Iteration.class).getReturnType());
    assertEquals(void.class, EpochListener.class.getMethod("onEpoch", Epoch.class).getReturnType());
    List<String> claims = new ArrayList<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).toLowerCase(Locale.ROOT).matches(".*listener returns? (true|false).*")) {
            claims.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).strip());
          }
        }
      }
    }
    assertTrue(claims.isEmpty(), String.join("\n", claims));
  }
}
