package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;

/**
 * Replaces each call with derivative rules ({@link Primitive#WITH_PARTIAL}) by its value once derivatives are taken,
 * so that the partials nothing else reads are deleted with the dead code.
 */
public final class PartialsDropped extends Copier {
  private PartialsDropped(Function source) {
    super(source);
  }

  /** The function without its calls' partials; the same function when it has none. */
  public static Function apply(Function f) {
    boolean[] found = {false};
    Statements.forEach(f.body().stmts(), s -> found[0] |= isWithPartial(s));
    if (!found[0]) {
      return f;
    }
    PartialsDropped d = new PartialsDropped(f);
    d.copyBlock(f.body());
    return d.b.finish(f.name());
  }

  @Override
  protected void statement(Stmt s) {
    if (isWithPartial(s)) {
      Stmt.Let let = (Stmt.Let) s;
      values.put(let.result(), map(let.args().get(0)));
    } else {
      super.statement(s);
    }
  }

  private static boolean isWithPartial(Stmt s) {
    return s instanceof Stmt.Let let && let.op() instanceof Op.Prim p && p.primitive() == Primitive.WITH_PARTIAL;
  }
}
