package dev.nabla.processor.ir;

import java.util.List;

/** How a primitive is written in Java, given its symbol and its arguments already written. */
public enum Spelling {
  /** {@code a + b}. */
  INFIX,
  /** {@code -a}, {@code !a}. */
  PREFIX,
  /** {@code (double) a}. */
  CAST,
  /** {@code c ? a : b}. */
  CONDITIONAL,
  /** {@code Math.sin(a)}, or {@code StrictMath.sin(a)}, {@code FastMath.sin(a)} after the class the source called. */
  MATH,
  /** {@code Double.isNaN(a)}: a static method of {@code java.lang.Double}. */
  DOUBLE_CLASS,
  /** {@code dev.nabla.SpecialFunctions.erf(a)}: a static method of nabla's runtime, named by its qualified name. */
  SPECIAL_FUNCTIONS,
  /** Its first argument: what a call with derivative rules ({@link Primitive#WITH_PARTIAL}) computes. */
  FIRST;

  private static final String DOUBLE = "java.lang.Double";
  /** The runtime's class of special functions, which generated code names by its qualified name. */
  public static final String SPECIAL_FUNCTIONS_CLASS = "dev.nabla.SpecialFunctions";

  /** Whether the primitive is a static method, called as written in the source. */
  public boolean isCall() {
    return this == MATH || this == DOUBLE_CLASS || this == SPECIAL_FUNCTIONS;
  }

  /** Whether the class of this qualified name declares the primitive as a static method. */
  public boolean isDeclaredBy(String qualifiedClass) {
    return switch (this) {
      case MATH -> MathLibrary.named(qualifiedClass) != null;
      case DOUBLE_CLASS -> qualifiedClass.equals(DOUBLE);
      case SPECIAL_FUNCTIONS -> qualifiedClass.equals(SPECIAL_FUNCTIONS_CLASS);
      default -> false;
    };
  }

  /** The Java expression applying the primitive spelled {@code symbol} to {@code a}. */
  public String write(String symbol, List<String> a, MathLibrary library) {
    return switch (this) {
      case INFIX -> a.get(0) + " " + symbol + " " + operand(a.get(1));
      case PREFIX -> symbol + operand(a.get(0));
      case CAST -> symbol + " " + a.get(0);
      case CONDITIONAL -> a.get(0) + " ? " + a.get(1) + " : " + a.get(2);
      case MATH -> call(library.spelling(), symbol, a);
      case DOUBLE_CLASS -> call("Double", symbol, a);
      case SPECIAL_FUNCTIONS -> call(SPECIAL_FUNCTIONS_CLASS, symbol, a);
      case FIRST -> a.get(0);
    };
  }

  private static String call(String owner, String method, List<String> a) {
    return owner + "." + method + "(" + String.join(", ", a) + ")";
  }

  /** An operand, parenthesized when it is a negative literal (so that {@code a - -1.0} reads clearly). */
  private static String operand(String s) {
    return s.startsWith("-") ? "(" + s + ")" : s;
  }
}
