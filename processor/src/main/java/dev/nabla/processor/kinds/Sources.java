package dev.nabla.processor.kinds;

import dev.nabla.processor.ir.Function;
import java.util.Set;

/** The IR the method kinds differentiate, each function built by the compiler's passes once, on first use. */
public interface Sources {
  /** The user's method, simplified. */
  Function primal();

  /** The indices of the parameters that make the point. */
  Set<Integer> point();

  /** A scalar function's gradient in the form forward mode differentiates again, for second derivatives. */
  Function differentiated();

  /** A vector function's dot product with a cotangent, the last parameter, whose gradient is the VJP. */
  Function dot();

  /** A function a transform generated, after the optimization passes. */
  Function optimized(Function generated);
}
