package dev.nabla.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The README's ```java blocks, each with the claim its {@code <!-- checked: … -->} comment makes about it. */
final class ReadmeBlocks {
  /** The repository's README, seen from this module's directory, where Maven runs the tests. */
  static final Path README = Path.of("../README.md");

  private static final Pattern CLAIM = Pattern.compile("<!-- checked: (.+) -->");

  /** One ```java block: the README line its code starts on, its claim (null without one) and its lines. */
  record Block(int line, String claim, List<String> code) {}

  private ReadmeBlocks() {}

  /** Every ```java block of the README, in order. */
  static List<Block> java() throws IOException {
    List<String> lines = Files.readAllLines(README);
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).equals("```java")) {
        continue;
      }
      String claim = null;
      if (i > 0) {
        Matcher m = CLAIM.matcher(lines.get(i - 1).trim());
        claim = m.matches() ? m.group(1) : null;
      }
      int end = i + 1;
      while (!lines.get(end).equals("```")) {
        end++;
      }
      blocks.add(new Block(i + 2, claim, List.copyOf(lines.subList(i + 1, end))));
      i = end;
    }
    return blocks;
  }

  /** The README's text. */
  static String text() throws IOException {
    return Files.readString(README);
  }
}
