package dev.nabla.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the Javadoc of {@code package-info.java} files, in the Markdown the README writes it in. */
final class PackageJavadoc {
  private PackageJavadoc() {}

  /** The first paragraph of the file's Javadoc, with {@code {@code x}} written as `x` and HTML entities decoded. */
  static String firstParagraph(Path packageInfo) throws IOException {
    String text = Files.readString(packageInfo);
    String comment = text.substring(text.indexOf("/**") + 3, text.indexOf("*/"));
    String plain = comment.replaceAll("(?m)^\\s*\\*( |$)", "").split("<p>")[0];
    return plain.replaceAll("\\{@code ([^}]*)}", "`$1`")
        .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
  }

  /** The packages named {@code prefix} or starting with it, in {@code sourceRoot}, that have a package-info.java. */
  static List<String> packagesUnder(Path sourceRoot, String prefix) throws IOException {
    try (Stream<Path> files = Files.walk(sourceRoot.resolve(prefix.replace('.', '/')))) {
      return files.filter(p -> p.getFileName().toString().equals("package-info.java"))
          .map(p -> sourceRoot.relativize(p.getParent()).toString().replace(p.getFileSystem().getSeparator(), "."))
          .sorted().toList();
    }
  }
}
