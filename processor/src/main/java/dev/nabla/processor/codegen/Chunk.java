package dev.nabla.processor.codegen;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.source.Signature;
import java.util.List;
import java.util.function.IntFunction;

/** A function that computes {@code width} columns of a Jacobian or Hessian per sweep, from column {@code first} on. */
public record Chunk(Function function, int width) {
  /** The most directions a chunk carries; provisional, until measured. */
  public static final int MAX_WIDTH = 8;

  /**
   * The estimated bytecode a chunk's largest top-level statement may take: {@link MethodSplitter} cannot cut inside
   * a loop, HotSpot compiles no method over 8,000 bytes, and for loop bodies the estimate runs about 25 % over.
   */
  static final int STATEMENT_BUDGET = 7000;

  /** The estimated bytecode of a whole chunk, split into parts or not: about ten parts. */
  static final int TOTAL_BUDGET = 10 * MethodSplitter.PART_BUDGET;

  /**
   * The widest chunk {@code build} makes within the budgets: at most {@link #MAX_WIDTH} directions, no more than the
   * point has when its size is known at compile time, and one when even that is over budget.
   */
  public static Chunk widest(Signature sig, IntFunction<Function> build) {
    int n = sig.fixedPointSize();
    int width = n > 0 ? Math.min(MAX_WIDTH, n) : MAX_WIDTH;
    Function f = build.apply(width);
    while (width > 1) {
      int largest = f.body().stmts().stream().mapToInt(s -> MethodSplitter.estimate(List.of(s))).max().orElse(0);
      double over = Math.max((double) largest / STATEMENT_BUDGET,
          (double) MethodSplitter.estimate(f.body().stmts()) / TOTAL_BUDGET);
      if (over <= 1) {
        break;
      }
      // the primal part does not grow with the width, so shrinking in proportion lands within the budget or close
      width = Math.max(1, Math.min(width - 1, (int) (width / over)));
      f = build.apply(width);
    }
    return new Chunk(f, width);
  }
}
