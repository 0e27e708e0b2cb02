package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.Fn;
import java.util.List;
import org.hipparchus.CalculusFieldElement;

/** The numbers the {@link Interpreter} computes with: order-2 derivative structures in doubles or in more digits. */
interface Arithmetic<T extends CalculusFieldElement<T>> {
  /** A constant, with zero derivatives. */
  T constant(double value);

  /** The {@code index}th variable of the point, at {@code value}. */
  T variable(int index, double value);

  /** The call of a primitive (a {@code Math} or special function) on {@code args}, reporting their margins. */
  T call(Fn call, List<T> args, PrimitiveOracle.Margins margins);

  /**
   * {@code computed}, or it with {@code java} in place of its value: the value Java computes, bit for bit, which a
   * double arithmetic takes wherever Java's own arithmetic is exact and a higher precision keeps its own.
   */
  T exact(T computed, double java);

  /** The partial derivative of {@code d} of the given orders (one per variable), rounded to double. */
  double partial(T d, int[] orders);

  /** Every partial derivative of {@code d} up to order 2, its value first, rounded to double. */
  double[] all(T d);
}
