package dev.nabla.processor.codegen;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.source.Signature;
import java.util.List;
import java.util.function.IntFunction;

/** A function that computes {@code width} columns of a Jacobian or Hessian per sweep, from column {@code first} on. */
public record Chunk(Function function, int width) {
  /**
   * The most directions a chunk carries, chosen by measurement (JMH on 2 cores): the 10×10 Hessian of equation 2.17,
   * whose run-time indices seed every direction, took 4.0 µs in sweeps of 8 directions (two of them), 3.0 µs of 12
   * (one) and 2.9 µs of 13, against 1.2 µs by hand. Below n, wider chunks save primal sweeps; past it each direction
   * still costs its tangent arithmetic, and the code grows with the width. Points whose size is known, or read at
   * constant indices (the 400×4 Jacobian), lose little to unused directions, since those seeds fold to zero. 12 is
   * also ForwardDiff.jl's threshold for a single chunk.
   */
  public static final int MAX_WIDTH = 12;

  /**
   * The estimated bytecode a chunk's largest top-level statement may take: {@link MethodSplitter} cannot cut inside
   * a loop, HotSpot compiles no method over 8,000 bytes, and for loop bodies the estimate runs about 25 % over.
   */
  static final int STATEMENT_BUDGET = 7000;

  /** The estimated bytecode of a whole chunk, split into parts or not: about ten parts. */
  static final int TOTAL_BUDGET = 10 * MethodSplitter.PART_BUDGET;

  /**
   * The widest chunk {@code build} makes within the budgets: at most {@link #MAX_WIDTH} directions, no more than the
   * point has when its size is known at compile time. Null when that is a single direction, which the single-direction
   * JVP or Hessian–vector product already computes.
   */
  public static Chunk widest(Signature sig, IntFunction<Function> build) {
    return widest(sig.fixedPointSize(), build);
  }

  /**
   * The widest chunk {@code build} makes within the budgets, of at most {@link #MAX_WIDTH} directions and no more than
   * {@code known} when that is not negative: the number of directions there are, when known at compile time.
   */
  public static Chunk widest(int known, IntFunction<Function> build) {
    int width = known >= 0 ? Math.min(MAX_WIDTH, known) : MAX_WIDTH;
    while (width > 1) {
      Function f = build.apply(width);
      int largest = f.body().stmts().stream().mapToInt(s -> MethodSplitter.estimate(List.of(s))).max().orElse(0);
      double over = Math.max((double) largest / STATEMENT_BUDGET,
          (double) MethodSplitter.estimate(f.body().stmts()) / TOTAL_BUDGET);
      if (over <= 1) {
        return new Chunk(f, width);
      }
      // the primal part does not grow with the width, so shrinking in proportion lands within the budget or close
      width = Math.min(width - 1, (int) (width / over));
    }
    return null;
  }
}
