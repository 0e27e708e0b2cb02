package dev.nabla.processor.kinds;

import dev.nabla.processor.ir.Function;
import java.util.Set;
import java.util.function.UnaryOperator;

/** The IR the method kinds differentiate, each function built by the compiler's passes once, on first use. */
public interface Sources {
  /** The user's method, simplified. */
  Function primal();

  /** The indices of the parameters that make the point. */
  Set<Integer> point();

  /** The most entries a gradient's loop keeps on the tape before it is checkpointed (Integer.MAX_VALUE: never). */
  int tapeLimit();

  /** The names code kept as written refers to classes by, which no variable of a generated method may take. */
  Set<String> reservedNames();

  /**
   * The gradient in the form forward mode differentiates again, for second derivatives: a scalar function's, or that
   * of a vector function's {@link #dot}.
   */
  Function differentiated();

  /** A vector function's dot product with a cotangent, the last parameter, whose gradient is the VJP. */
  Function dot();

  /** A function the transform {@code transform} (named for verification) generated, after the optimization passes. */
  Function optimized(String transform, Function generated);

  /** The result of the optimization pass {@code name} on a generated function. */
  Function pass(String name, UnaryOperator<Function> pass, Function generated);
}
