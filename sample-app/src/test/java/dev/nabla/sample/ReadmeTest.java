package dev.nabla.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.nabla.sample.ReadmeBlocks.Block;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every ```java block of the README is checked by the claim in the {@code <!-- checked: … -->} comment above it: a
 * user-source excerpt equals the lines it cites, a generated excerpt equals the method nabla generated in this
 * module's build, and a usage snippet compiles against the real API; and "How it works" agrees with the processor's
 * package Javadoc.
 */
class ReadmeTest {
  private static final Pattern SOURCE = Pattern.compile("source (\\w+\\.java) lines (\\d+)-(\\d+)");
  private static final Pattern GENERATED = Pattern.compile("generated (\\w+)\\.(\\w+)");
  private static final Pattern COMPILES = Pattern.compile("compiles(?: with (.+))?");
  private static final Path SOURCES = Path.of("src/main/java/dev/nabla/sample");
  private static final Path GENERATED_SOURCES = Path.of("target/generated-sources/annotations/dev/nabla/sample");
  private static final Path PROCESSOR_SOURCES = Path.of("../processor/src/main/java");

  @TestFactory
  Stream<DynamicTest> everyJavaBlockIsChecked() throws IOException {
    List<Block> blocks = ReadmeBlocks.java();
    assertFalse(blocks.isEmpty(), "no ```java blocks found in " + ReadmeBlocks.README);
    return blocks.stream()
        .map(b -> DynamicTest.dynamicTest("README line " + b.line() + ": " + b.claim(), () -> check(b)));
  }

  private static void check(Block block) throws IOException {
    assertNotNull(block.claim(), "README line " + block.line() + ": a ```java block needs a <!-- checked: … --> line "
        + "above it saying how it is checked (source, generated or compiles)");
    Matcher source = SOURCE.matcher(block.claim());
    Matcher generated = GENERATED.matcher(block.claim());
    Matcher compiles = COMPILES.matcher(block.claim());
    if (source.matches()) {
      checkSource(block, source.group(1), Integer.parseInt(source.group(2)), Integer.parseInt(source.group(3)));
    } else if (generated.matches()) {
      checkGenerated(block, generated.group(1), generated.group(2));
    } else if (compiles.matches()) {
      ReadmeSnippets.assertCompiles(block, compiles.group(1) == null ? "" : compiles.group(1));
    } else {
      fail("README line " + block.line() + ": unknown claim '" + block.claim() + "'");
    }
  }

  /** The excerpt is the cited lines of the file, verbatim, and the README's text cites the same lines. */
  private static void checkSource(Block block, String file, int first, int last) throws IOException {
    List<String> lines = Files.readAllLines(SOURCES.resolve(file));
    assertEquals(String.join("\n", lines.subList(first - 1, last)), String.join("\n", block.code()),
        "README line " + block.line() + " against " + file + " lines " + first + "–" + last);
    assertTrue(ReadmeBlocks.text().contains("(lines " + first + "–" + last + ")"),
        "the README's text should cite lines " + first + "–" + last + " of " + file);
  }

  /** The excerpt is the generated method, from its signature to its closing brace, up to indentation. */
  private static void checkGenerated(Block block, String generatedClass, String method) throws IOException {
    List<String> generated = Files.readAllLines(GENERATED_SOURCES.resolve(generatedClass + ".java"));
    String signature = block.code().get(0).strip();
    assertTrue(signature.contains(" " + method + "("), "the excerpt should start with the signature of " + method);
    int start = -1;
    for (int i = 0; i < generated.size() && start < 0; i++) {
      start = generated.get(i).strip().equals(signature) ? i : -1;
    }
    assertTrue(start >= 0, generatedClass + " has no method " + signature);
    String closing = generated.get(start).substring(0, generated.get(start).indexOf(signature)) + "}";
    int end = start;
    while (!generated.get(end).equals(closing)) {
      end++;
    }
    assertEquals(stripped(generated.subList(start, end + 1)), stripped(block.code()),
        "README line " + block.line() + " against the generated " + generatedClass + "." + method);
  }

  private static String stripped(List<String> lines) {
    return String.join("\n", lines.stream().map(String::strip).toList());
  }

  /**
   * Each bullet "- `package`: …" of "How it works" is the first paragraph of that package's {@code package-info.java},
   * and every processor package that has one has its bullet.
   */
  @Test
  void howItWorksIsThePackageJavadoc() throws IOException {
    String text = ReadmeBlocks.text();
    String section = text.substring(text.indexOf("## How it works"));
    section = section.substring(0, section.indexOf("\n\n", section.indexOf("\n- ")));
    Matcher bullet = Pattern.compile("(?ms)^- `([\\w.]+)`: (.*?)(?=^- `|\\z)").matcher(section);
    List<String> described = new ArrayList<>();
    while (bullet.find()) {
      String name = bullet.group(1);
      String pkg = name.startsWith("dev.") ? name : "dev.nabla.processor." + name;
      Path info = PROCESSOR_SOURCES.resolve(pkg.replace('.', '/')).resolve("package-info.java");
      if (Files.exists(info)) {
        assertEquals(sentence(bullet.group(2)), sentence(PackageJavadoc.firstParagraph(info)),
            "README 'How it works' on " + name + " against " + info);
        described.add(pkg);
      }
    }
    List<String> documented = PackageJavadoc.packagesUnder(PROCESSOR_SOURCES, "dev.nabla.processor");
    assertTrue(documented.size() >= 5, "package-info.java files found: " + documented);
    assertEquals(documented, described.stream().sorted().toList(), "packages with a package-info.java");
  }

  /** A paragraph compared up to line breaks, the case of its first letter and its closing punctuation. */
  private static String sentence(String paragraph) {
    String s = paragraph.strip().replaceAll("\\s+", " ").replaceAll("[;.]$", "");
    return Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }
}
