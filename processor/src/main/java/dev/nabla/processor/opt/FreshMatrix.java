package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Drops the stores of 0.0 into a matrix parameter that every caller allocates fresh and whose entries the function
 * writes at most once or adds to, such as the Hessian a chunk fills: {@code new double[n][n]} is already zero.
 */
public final class FreshMatrix {
  private FreshMatrix() {}

  /** {@code f} without its stores of 0.0 into its last parameter, simplified again. */
  public static Function withoutZeroStores(Function f) {
    int last = f.parameterTypes().size() - 1;
    Value matrix = f.body().stmts().stream()
        .filter(s -> s instanceof Stmt.Let let && let.op() instanceof Op.Param p && p.index() == last)
        .map(s -> ((Stmt.Let) s).result()).findFirst().orElseThrow();
    return Simplifier.simplify(f.withBody(without(f.body(), f, matrix)));
  }

  private static Block without(Block block, Function f, Value matrix) {
    List<Stmt> kept = new ArrayList<>();
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.ArrayStore st && st.array().equals(matrix)
          && Double.valueOf(0.0).equals(f.constants().get(st.value()))) {
        continue;
      }
      if (s instanceof Stmt.If i) {
        kept.add(new Stmt.If(i.cond(), without(i.then(), f, matrix), without(i.otherwise(), f, matrix)));
      } else if (s instanceof Stmt.While w) {
        kept.add(new Stmt.While(without(w.header(), f, matrix), w.cond(), without(w.body(), f, matrix)));
      } else {
        kept.add(s);
      }
    }
    return new Block(kept);
  }
}
