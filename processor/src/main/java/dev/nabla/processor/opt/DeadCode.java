package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes definitions nothing reads, stores to slots nothing loads, writes to arrays the function allocates and
 * nothing reads, and branches and loops left empty. Tape pops stay even when unread, since the tape must be popped
 * in step with its pushes.
 */
final class DeadCode {
  private final Set<Value> used = new HashSet<>();
  private final Set<Slot> loaded = new HashSet<>();
  private final Set<Value> allocated = new HashSet<>();

  private DeadCode() {}

  static Function remove(Function f) {
    DeadCode d = new DeadCode();
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.NewArray) {
        d.allocated.add(let.result());
      }
    });
    int before;
    do {
      before = d.used.size() + d.loaded.size();
      d.mark(f.body());
    } while (d.used.size() + d.loaded.size() != before);
    return f.withBody(d.sweep(f.body()));
  }

  /** Marks what the kept statements read; repeated until stable, since slots connect distant statements. */
  private void mark(Block block) {
    Statements.forEach(block.stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        if (used.contains(let.result()) || keep(let)) {
          used.addAll(let.args());
          if (let.op() instanceof Op.Load l) {
            loaded.add(l.slot());
          }
        }
      } else if (s instanceof Stmt.Store st) {
        if (loaded.contains(st.slot())) {
          used.add(st.value());
        }
      } else if (!isDeadWrite(s)) {
        used.addAll(Statements.reads(s));
      }
    });
  }

  private Block sweep(Block block) {
    List<Stmt> kept = new ArrayList<>();
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        if (used.contains(let.result()) || keep(let)) {
          kept.add(let);
        }
      } else if (s instanceof Stmt.Store st) {
        if (loaded.contains(st.slot())) {
          kept.add(st);
        }
      } else if (s instanceof Stmt.If i) {
        Block then = sweep(i.then());
        Block otherwise = sweep(i.otherwise());
        if (!then.stmts().isEmpty() || !otherwise.stmts().isEmpty()) {
          kept.add(new Stmt.If(i.cond(), then, otherwise));
        }
      } else if (s instanceof Stmt.While w) {
        Block body = sweep(w.body());
        if (!body.stmts().isEmpty() || hasPop(w.header())) {
          kept.add(new Stmt.While(sweep(w.header()), w.cond(), body));
        }
      } else if (!isDeadWrite(s)) {
        kept.add(s);
      }
    }
    return new Block(kept);
  }

  /** Whether a statement writes an element of an array the function allocates and nothing reads. */
  private boolean isDeadWrite(Stmt s) {
    Value array = s instanceof Stmt.ArrayStore st ? st.array() : s instanceof Stmt.ArrayAdd add ? add.array() : null;
    return array != null && allocated.contains(array) && !used.contains(array);
  }

  /** Parameters define the signature and pops keep the tape in step: both stay even when unread. */
  private static boolean keep(Stmt.Let let) {
    return let.op() instanceof Op.Pop || let.op() instanceof Op.Param;
  }

  private static boolean hasPop(Block block) {
    return block.stmts().stream().anyMatch(s -> s instanceof Stmt.Let l && l.op() instanceof Op.Pop);
  }
}
