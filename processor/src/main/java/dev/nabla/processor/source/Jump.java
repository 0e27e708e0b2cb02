package dev.nabla.processor.source;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Value;

/**
 * The values of the hidden variable {@link Syntax#JUMP}: which of break, continue, return or a switch expression's
 * yield is pending, if any, or whether the code has thrown (then nothing after it runs).
 */
final class Jump {
  static final int NONE = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;
  static final int YIELD = 4;
  static final int THROW = 5;

  private Jump() {}

  /** The jump variable once the statement that {@code kind} leaves has ended: {@code kind} is no longer pending. */
  static Value reset(Builder b, Value jump, int kind) {
    return b.prim(Primitive.SELECT, b.prim(Primitive.EQ, jump, b.constant(kind)), b.constant(NONE), jump);
  }
}
