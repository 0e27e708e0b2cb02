package dev.nabla.processor.ir;

/** What the derivative of a primitive is like: where it exists, and whether it jumps where the value does not. */
public enum Smoothness {
  /** Differentiable wherever the value is finite. */
  SMOOTH,
  /** Continuous, with a derivative that jumps at kinks: {@code abs} at 0, {@code max} and {@code min} on ties. */
  KINKED,
  /** Zero derivative: comparisons, logic, casts and step functions ({@code signum}, {@code floor} …). */
  FLAT,
  /**
   * Zero derivative, and a value that changes only where its argument is not finite: {@code Double.isNaN} and its
   * kin, so that a branch on one jumps nowhere a derivative is taken.
   */
  FINITE_CONSTANT
}
