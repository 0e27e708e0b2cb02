package dev.nabla.processor.ir;

import java.util.List;

/** The type of a primitive's result, from the types of its arguments. */
public enum Typing {
  DOUBLE,
  INT,
  LONG,
  BOOLEAN,
  /** Java's binary numeric promotion of the two operands. */
  PROMOTED,
  /** The type of the only operand. */
  OPERAND,
  /** The type of the second operand: the divisor of {@code floorMod}, the bounds of {@code clamp}. */
  SECOND,
  /** The type of the branches of {@code c ? a : b}. */
  BRANCHES;

  /** The result type for arguments of these types. */
  public Type of(List<Type> args) {
    return switch (this) {
      case DOUBLE -> Type.DOUBLE;
      case INT -> Type.INT;
      case LONG -> Type.LONG;
      case BOOLEAN -> Type.BOOLEAN;
      case PROMOTED -> Type.promote(args.get(0), args.get(1));
      case OPERAND -> args.get(0);
      case SECOND -> args.get(1);
      case BRANCHES -> args.get(1);
    };
  }
}
