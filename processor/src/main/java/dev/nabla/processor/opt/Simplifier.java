package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Simplifies a function: forwards stored values to later loads of the same slot (which turns most slots into plain
 * SSA values), refolds constants and identities, shares equal subexpressions (all through the {@link
 * dev.nabla.processor.ir.Builder}), and deletes computations and stores whose results nothing reads.
 */
public final class Simplifier extends Copier {
  private Map<Slot, Value> known = new HashMap<>();

  private Simplifier(Function source) {
    super(source);
  }

  /** Simplifies until nothing more changes (at most a few rounds). */
  public static Function simplify(Function f) {
    Function current = f;
    for (int round = 0; round < 4; round++) {
      Simplifier s = new Simplifier(current);
      s.block(current.body());
      Function next = DeadCode.remove(s.b.finish(current.name()));
      if (Statements.count(next.body().stmts()) == Statements.count(current.body().stmts())) {
        return next;
      }
      current = next;
    }
    return current;
  }

  private void block(Block block) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        if (let.op() instanceof Op.Load l && known.containsKey(map(l.slot()))) {
          values.put(let.result(), known.get(map(l.slot())));
        } else {
          Value v = copy(let);
          if (let.op() instanceof Op.Load l) {
            known.put(map(l.slot()), v);
          }
        }
      } else if (s instanceof Stmt.Store st) {
        Value v = map(st.value());
        if (v.hint().equals("t")) {
          v = b.rename(v, st.slot().hint());
          values.put(st.value(), v);
        }
        b.origin(st.origin());
        b.store(map(st.slot()), v);
        known.put(map(st.slot()), v);
      } else if (s instanceof Stmt.If i) {
        Value c = map(i.cond());
        Set<Slot> stored = stored(i.then(), i.otherwise());
        Map<Slot, Value> outer = known;
        known = new HashMap<>(outer);
        b.beginBlock();
        block(i.then());
        Block then = b.endBlock();
        known = new HashMap<>(outer);
        b.beginBlock();
        block(i.otherwise());
        Block otherwise = b.endBlock();
        known = outer;
        known.keySet().removeAll(stored);
        b.ifThenElse(c, then, otherwise);
      } else if (s instanceof Stmt.While w) {
        Set<Slot> stored = stored(w.header(), w.body());
        known.keySet().removeAll(stored);
        Map<Slot, Value> outer = known;
        known = new HashMap<>(outer);
        b.beginBlock();
        block(w.header());
        Value test = map(w.cond());
        Block header = b.endBlock();
        known = new HashMap<>(outer);
        b.beginBlock();
        block(w.body());
        Block body = b.endBlock();
        known = outer;
        b.whileLoop(header, test, body);
      } else if (s instanceof Stmt.Return r) {
        b.emit(new Stmt.Return(map(r.value())));
      } else {
        copySimple(s);
      }
    }
  }

  /** The new slots stored anywhere in the given blocks. */
  private Set<Slot> stored(Block... blocks) {
    Set<Slot> slots = new HashSet<>();
    for (Block block : blocks) {
      Statements.forEach(block.stmts(), s -> {
        if (s instanceof Stmt.Store st) {
          slots.add(map(st.slot()));
        }
      });
    }
    return slots;
  }

}
