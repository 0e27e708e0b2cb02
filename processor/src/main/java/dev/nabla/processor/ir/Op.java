package dev.nabla.processor.ir;

import java.util.List;

/** What a {@link Stmt.Let} computes from its arguments. */
public sealed interface Op {

  /** The method's parameter at {@code index} (no arguments). */
  record Param(int index) implements Op {}

  /** A pure primitive operation applied to the arguments; {@code library} is the class a Math function calls. */
  record Prim(Primitive primitive, MathLibrary library) implements Op {}

  /** Reads a slot (no arguments). */
  record Load(Slot slot) implements Op {}

  /** Reads {@code a[i]} or {@code m[i][j]}: arguments are the array and its indices. */
  record ArrayLoad() implements Op {}

  /** {@code a.length} (one argument), {@code m.length} (one) or {@code m[i].length} (two). */
  record Length() implements Op {}

  /** {@code new double[n]} or {@code new double[n][m]}: arguments are the dimensions. */
  record NewArray() implements Op {}

  /**
   * Reads a field of the class {@code owner}: a {@code static} one that holds a constant array or a non-constant scalar
   * (no arguments), or an instance one of the object that is the argument (the receiver, a passive parameter);
   * {@code hidden} when the field or a class around it is private, so that the generated class reads it through a
   * handle, as it cannot name it.
   */
  record Field(String owner, String name, boolean hidden) implements Op {}

  /**
   * Java text kept as written whose value carries no derivative (a library call returning an int, a boolean, or a
   * double computed from values that do not depend on the point): {@code pieces} around the arguments, as in
   * {@link JavaText}. Never folded; a reverse sweep that needs it restores it like other values.
   */
  record Passive(List<String> pieces) implements Op {}

  /** Restores a value saved by {@link Stmt.Push} of {@code original}: the last value pushed of this type. */
  record Pop(Value original) implements Op {}

  /** How many entries the tape holds now (an int, no arguments): a checkpointed loop's measure of its tape. */
  record TapeSize() implements Op {}
}
