package dev.nabla.sample;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What an example found: readable lines of findings, the checked figures and the plots it wrote.
 *
 * @param lines findings worth printing that are not checked against a reference
 * @param checks figures with their references and tolerances
 * @param plots the PNG files written
 */
public record ExampleResult(List<String> lines, List<Check> checks, List<Path> plots) {

  /** Copies the lists. */
  public ExampleResult {
    lines = List.copyOf(lines);
    checks = List.copyOf(checks);
    plots = List.copyOf(plots);
  }

  /** Whether every check passes. */
  public boolean passes() {
    return checks.stream().allMatch(Check::passes);
  }

  /** Collects an example's findings as it runs. */
  public static final class Builder {
    private final List<String> lines = new ArrayList<>();
    private final List<Check> checks = new ArrayList<>();
    private final List<Path> plots = new ArrayList<>();

    /** Adds a formatted line of findings. */
    public Builder line(String format, Object... args) {
      lines.add(String.format(Locale.ROOT, format, args));
      return this;
    }

    /** Adds a checked figure. */
    public Builder check(Check check) {
      checks.add(check);
      return this;
    }

    /** Adds a written plot. */
    public Builder plot(Path plot) {
      plots.add(plot);
      return this;
    }

    /** The result so far. */
    public ExampleResult build() {
      return new ExampleResult(lines, checks, plots);
    }
  }
}
