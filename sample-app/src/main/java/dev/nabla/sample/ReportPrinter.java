package dev.nabla.sample;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Prints an example's result as a readable section: title, description, findings, checks and plots. */
final class ReportPrinter {
  private static final int WIDTH = 110;
  private static final int SHOWN = 6;

  private ReportPrinter() {}

  /** Prints the title and description, before the example runs and prints its progress. */
  static void printHeader(Example example, PrintStream out) {
    out.println("=".repeat(WIDTH));
    out.println(example.name() + ": " + example.title());
    out.println("=".repeat(WIDTH));
    out.println(wrap(example.description(), "  "));
    out.println();
  }

  /** Prints the findings, the checks with value, reference, difference and tolerance, and the plots. */
  static void printResult(ExampleResult result, PrintStream out) {
    for (String line : result.lines()) {
      out.println("  " + line);
    }
    if (!result.lines().isEmpty()) {
      out.println();
    }
    for (Check check : result.checks()) {
      out.printf(Locale.ROOT, "  %s %s%n", check.passes() ? "[ok]  " : "[FAIL]", check.label());
      out.printf(Locale.ROOT, "         value %s%n", format(check.value()));
      out.printf(Locale.ROOT, "     reference %s%n", format(check.reference()));
      out.printf(Locale.ROOT, "    difference %.3g (tolerance %.3g)%n", check.difference(), check.tolerance());
    }
    for (Path plot : result.plots()) {
      out.println("  plot: " + plot);
    }
    out.println();
  }

  /** The numbers in full (shortest round-trip form); long vectors show their first six entries and their length. */
  private static String format(double[] values) {
    String joined = Arrays.stream(values).limit(SHOWN).mapToObj(Double::toString)
        .collect(Collectors.joining(", "));
    if (values.length > SHOWN) {
      joined += ", ... (" + values.length + " entries)";
    }
    return values.length == 1 ? joined : "[" + joined + "]";
  }

  private static String wrap(String text, String indent) {
    StringBuilder wrapped = new StringBuilder(indent);
    int column = indent.length();
    for (String word : text.split(" ")) {
      if (column + word.length() + 1 > WIDTH && column > indent.length()) {
        wrapped.append('\n').append(indent);
        column = indent.length();
      } else if (column > indent.length()) {
        wrapped.append(' ');
        column++;
      }
      wrapped.append(word);
      column += word.length();
    }
    return wrapped.toString();
  }
}
