package dev.nabla.processor.source;

import java.util.Map;
import java.util.Set;

/**
 * The JDK methods known to only read the arrays they are given, so that code nabla keeps as written may hand them an
 * array that depends on the point: argument checks, printing and searches. Any other method nabla cannot see could
 * write such an array behind the derivative's back.
 */
final class ReadOnlyCalls {
  private static final Map<String, Set<String>> METHODS = Map.of(
      "java.util.Objects", Set.of("requireNonNull", "requireNonNullElse", "isNull", "nonNull", "toString", "equals",
          "hash", "hashCode", "checkIndex"),
      "java.util.Arrays", Set.of("toString", "deepToString", "binarySearch", "equals", "deepEquals", "hashCode",
          "deepHashCode", "compare", "mismatch"),
      "java.lang.String", Set.of("format", "valueOf"),
      "java.io.PrintStream", Set.of("print", "println", "printf", "format"));

  private ReadOnlyCalls() {}

  /** Whether the method {@code name} of the class {@code owner} (qualified) only reads its array arguments. */
  static boolean contains(String owner, String name) {
    return METHODS.getOrDefault(owner, Set.of()).contains(name);
  }
}
