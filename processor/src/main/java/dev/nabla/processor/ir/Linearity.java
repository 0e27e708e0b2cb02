package dev.nabla.processor.ir;

/** In which arguments a primitive is linear: what lets a loop's accumulation be summed in closed form. */
public enum Linearity {
  /** Linear in all arguments together: {@code a + b}, {@code a - b}, {@code -a}. */
  LINEAR,
  /** Linear in each argument while the other is fixed: {@code a * b}. */
  BILINEAR,
  /** Linear in the first argument while the second is fixed: {@code a / b}. */
  LINEAR_IN_FIRST,
  /** Not linear. */
  NONE;

  /** Whether the partial derivatives are constants, so that the rule needs no argument's value: {@link #LINEAR}. */
  public boolean hasConstantPartials() {
    return this == LINEAR;
  }
}
