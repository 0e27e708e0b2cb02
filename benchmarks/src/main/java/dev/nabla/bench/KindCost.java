package dev.nabla.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What each generated method kind costs: the sources compiled in process with every kind, with each kind omitted
 * ({@code -Anabla.omit}, which omits the kinds that call it too) and with {@code -Anabla.order=1}, after warm-up,
 * median of several repetitions taken in turns, as {@link CompileCost} measures.
 *
 * <p>Usage: {@code KindCost <repetitions> <kind,...> <source file>...}. Prints one line per case:
 * {@code kinds <case> <generated lines> <median ms> <median CPU ms of javac's thread>}, the case {@code none} being
 * javac without the processor.
 */
public final class KindCost {
  private KindCost() {}

  public static void main(String[] args) throws IOException {
    int repetitions = Integer.parseInt(args[0]);
    List<String> kinds = List.of(args[1].split(","));
    List<Path> sources = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      sources.add(Path.of(args[i]));
    }
    List<String> cases = new ArrayList<>(List.of("none", "all", "order=1"));
    kinds.forEach(k -> cases.add("omit=" + k));
    for (int i = 0; i < Math.max(3, repetitions / 2); i++) {
      CompileCost.compile(sources, List.of());
    }
    // the cases take turns in every repetition, so that a slower stretch of the machine weighs on all of them
    double[][] millis = new double[cases.size()][repetitions];
    double[][] cpuMillis = new double[cases.size()][repetitions];
    long[] lines = new long[cases.size()];
    for (int i = 0; i < repetitions; i++) {
      for (int c = 0; c < cases.size(); c++) {
        CompileCost.Compiled compiled = CompileCost.compile(sources, options(cases.get(c)));
        millis[c][i] = compiled.millis();
        cpuMillis[c][i] = compiled.cpuMillis();
        lines[c] = compiled.generatedLines();
      }
    }
    for (int c = 0; c < cases.size(); c++) {
      System.out.printf("kinds %s %d %.1f %.1f%n", cases.get(c), lines[c], CompileCost.median(millis[c]),
          CompileCost.median(cpuMillis[c]));
    }
  }

  /** The processor options of a case; null for javac without the processor. */
  private static List<String> options(String c) {
    return c.equals("none") ? null : c.equals("all") ? List.of() : List.of("-Anabla." + c);
  }
}
