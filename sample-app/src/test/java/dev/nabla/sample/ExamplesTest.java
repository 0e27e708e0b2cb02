package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of the sample app and asserts each printed figure against its reference. */
class ExamplesTest {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  static Stream<Named<Example>> examples() {
    return Examples.all().stream().map(e -> Named.of(e.name(), e));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyFigureMatchesItsReference(Example example, @TempDir Path plots) throws IOException {
    ExampleResult result = example.run(new ExampleContext(silent(), plots));
    assertFalse(result.checks().isEmpty(), "an example must check something");
    assertAll(result.checks().stream().map(check -> () -> assertTrue(check.passes(),
        () -> check + ": difference " + check.difference())));
    for (Path plot : result.plots()) {
      assertEquals(plots, plot.getParent(), "plots go to the requested directory");
      byte[] bytes = Files.readAllBytes(plot);
      assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(bytes, PNG_SIGNATURE.length), plot + " is not a PNG");
      assertTrue(ImageIO.read(plot.toFile()).getWidth() >= 800, plot + " is too small to read");
    }
  }

  @Test
  void mainRunsTheNamedExamplesOnlyAndWritesTheirPlotsToOut(@TempDir Path directory) throws IOException {
    Path plots = directory.resolve("nested/plots");
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--out", plots.toString(), "critical-points", "taylor"},
        new PrintStream(text, true, StandardCharsets.UTF_8), silent()));
    String printed = text.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("critical-points: ") && printed.contains("taylor: "), printed);
    assertFalse(printed.contains("neural-network: "), "an example that was not named ran");
    try (Stream<Path> files = Files.list(plots)) {
      assertEquals(List.of("critical-points.png", "taylor.png"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void helpListsEveryExampleByName() throws IOException {
    ByteArrayOutputStream text = new ByteArrayOutputStream();
    assertEquals(0, Main.run(new String[] {"--help"}, new PrintStream(text, true, StandardCharsets.UTF_8),
        silent()));
    String help = text.toString(StandardCharsets.UTF_8);
    for (Example example : Examples.all()) {
      assertTrue(help.contains(example.name()), example.name() + " missing from --help");
    }
  }

  @Test
  void unknownExampleIsAUsageError() throws IOException {
    assertEquals(2, Main.run(new String[] {"no-such-example"}, silent(), silent()));
  }

  @Test
  void examplesHaveDistinctNames() {
    assertEquals(Examples.all().size(), Examples.all().stream().map(Example::name).distinct().count());
  }

  @Test
  void checkComparesEveryEntryAgainstTheTolerance() {
    assertTrue(Check.of("equal", new double[] {1, 2}, new double[] {1, 2}, 0).passes());
    Check off = Check.of("off", new double[] {1, 2.5}, new double[] {1, 2}, 0.4);
    assertEquals(0.5, off.difference());
    assertFalse(off.passes());
    assertFalse(Check.of("nan", Double.NaN, 0, 1).passes());
  }

  @Test
  void normalEquationsSolveAnExactlyDeterminedSystem() {
    double[][] a = {{1, 0}, {1, 1}, {1, 2}};
    double[] b = {1, 3, 5};
    assertArrayEquals(new double[] {1, 2}, NormalEquations.solve(a, b), 1e-12);
  }

  private static PrintStream silent() {
    return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
  }
}
