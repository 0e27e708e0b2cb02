package dev.nabla.processor.ir;

/** What the derivative of a primitive is like: where it exists, and whether it jumps where the value does not. */
public enum Smoothness {
  /** Differentiable wherever the value is finite. */
  SMOOTH,
  /** Continuous, with a derivative that jumps at kinks: {@code abs} at 0, {@code max} and {@code min} on ties. */
  KINKED,
  /** Zero derivative: comparisons, logic, casts and step functions ({@code signum}, {@code floor} …). */
  FLAT
}
