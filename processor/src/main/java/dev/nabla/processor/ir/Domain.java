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
  /** Greater than −1. */
  ABOVE_MINUS_ONE,
  /** Anything but zero: a divisor. */
  NONZERO,
  /** A boolean: the condition of a selection or an operand of a logical operator. */
  CONDITION
}
