package dev.nabla.processor.ir;

/** Where an argument of a primitive keeps the result finite and the derivative defined. */
public enum Domain {
  /** Any double. */
  ANY,
  /** Small in magnitude (|x| ≲ 1): further out the result grows fast or has poles ({@code exp}, {@code tan}). */
  SMALL,
  /** Greater than zero. */
  POSITIVE,
  /** Strictly between −1 and 1. */
  OPEN_UNIT,
  /** Strictly between 0 and 1: a probability whose normal quantile is finite. */
  PROBABILITY,
  /** Greater than −1. */
  ABOVE_MINUS_ONE,
  /** Anything but zero: a divisor. */
  NONZERO,
  /** At most zero: the lower bound of {@code clamp}, never above an upper bound in {@link #UPPER_BOUND}. */
  LOWER_BOUND,
  /** At least zero: the upper bound of {@code clamp}. */
  UPPER_BOUND,
  /** A boolean: the condition of a selection or an operand of a logical operator. */
  CONDITION,
  /** An int (or a long): a counter, such as the exponent of {@code scalb} or an operand of {@code floorMod}. */
  INTEGER;

  /** The type of an argument in this domain: a double but for conditions and counters (an int, or a long). */
  public Type type() {
    return switch (this) {
      case CONDITION -> Type.BOOLEAN;
      case INTEGER -> Type.INT;
      default -> Type.DOUBLE;
    };
  }
}
