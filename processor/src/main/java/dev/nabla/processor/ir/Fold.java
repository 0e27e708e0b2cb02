package dev.nabla.processor.ir;

import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.LongBinaryOperator;
import java.util.function.LongUnaryOperator;

/** How one primitive evaluates on constant arguments, exactly as Java would: its rule for constant folding. */
@FunctionalInterface
public interface Fold {
  /** The value on these constants, of the given result type, or null to leave it to run time. */
  Object apply(List<Object> args, Type resultType);

  /** A comparison of two doubles. */
  @FunctionalInterface
  interface DoubleComparison {
    boolean test(double x, double z);
  }

  /** A comparison of two integers (booleans compare as 0 and 1). */
  @FunctionalInterface
  interface LongComparison {
    boolean test(long x, long z);
  }

  /** A {@code Math} function of doubles. */
  static Fold math(DoubleUnaryOperator f) {
    return (args, resultType) -> f.applyAsDouble(real(args.get(0)));
  }

  /** A {@code Math} function of two doubles. */
  static Fold math(DoubleBinaryOperator f) {
    return (args, resultType) -> f.applyAsDouble(real(args.get(0)), real(args.get(1)));
  }

  /** A test of a double: {@code Double.isNaN} and its kin. */
  static Fold test(DoublePredicate f) {
    return (args, resultType) -> f.test(real(args.get(0)));
  }

  /** Left to run time: a function whose checks of its arguments nabla does not repeat ({@code clamp}). */
  static Fold never() {
    return (args, resultType) -> null;
  }

  /** An operation on one number, in double or in integer arithmetic after the operand's type. */
  static Fold arithmetic(DoubleUnaryOperator onDoubles, LongUnaryOperator onIntegers) {
    return arithmetic((x, z) -> onDoubles.applyAsDouble(x), (x, z) -> onIntegers.applyAsLong(x));
  }

  /** An operation on two numbers, in double or ({@linkplain #integers as integers}) in integer arithmetic. */
  static Fold arithmetic(DoubleBinaryOperator onDoubles, LongBinaryOperator onIntegers) {
    Fold integers = integers(onIntegers);
    return (args, resultType) -> {
      Object second = args.size() > 1 ? args.get(1) : 0;
      return args.get(0) instanceof Double || second instanceof Double
          ? (Object) onDoubles.applyAsDouble(real(args.get(0)), real(second)) : integers.apply(args, resultType);
    };
  }

  /**
   * An operation on one or two integers, in long arithmetic narrowed to the result type. One that throws (division by
   * zero, overflow of an exact conversion) is left to run time, where Java throws.
   */
  static Fold integers(LongBinaryOperator f) {
    return (args, resultType) -> {
      Object second = args.size() > 1 ? args.get(1) : 0;
      long r;
      try {
        r = f.applyAsLong(((Number) args.get(0)).longValue(), ((Number) second).longValue());
      } catch (ArithmeticException e) {
        return null;
      }
      return resultType == Type.INT ? (Object) (int) r : (Object) r;
    };
  }

  /** A comparison of two numbers (or of two booleans), in double or in integer arithmetic. */
  static Fold comparison(DoubleComparison onDoubles, LongComparison onIntegers) {
    return (args, resultType) -> args.get(0) instanceof Double || args.get(1) instanceof Double
        ? onDoubles.test(real(args.get(0)), real(args.get(1)))
        : onIntegers.test(integer(args.get(0)), integer(args.get(1)));
  }

  private static double real(Object constant) {
    return ((Number) constant).doubleValue();
  }

  private static long integer(Object constant) {
    return constant instanceof Boolean b ? (b ? 1 : 0) : ((Number) constant).longValue();
  }
}
