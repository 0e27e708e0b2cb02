package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.HashSet;
import java.util.Set;

/**
 * Which values, slots and arrays vary with the inputs being differentiated: only those get tangents and adjoints.
 * Computed as a fixed point over the whole function, since loops carry variation backwards through slots.
 */
final class Activity {
  private final Set<Value> values = new HashSet<>();
  private final Set<Slot> slots = new HashSet<>();
  private boolean changed;

  /** Analyzes {@code f} where the parameters at the {@code seeds} indices vary. */
  Activity(Function f, Set<Integer> seeds) {
    do {
      changed = false;
      scan(f.body(), seeds);
    } while (changed);
  }

  boolean varies(Value v) {
    return values.contains(v);
  }

  boolean varies(Slot s) {
    return slots.contains(s);
  }

  /** Every slot that varies, in no particular order. */
  Set<Slot> variedSlots() {
    return slots;
  }

  private void mark(Value v) {
    if ((v.type() == Type.DOUBLE || v.type().isArray()) && values.add(v)) {
      changed = true;
    }
  }

  private void scan(Block block, Set<Integer> seeds) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        Op op = let.op();
        boolean varied;
        if (op instanceof Op.Param p) {
          varied = seeds.contains(p.index());
        } else if (op instanceof Op.Prim p) {
          varied = p.primitive().isDifferentiable() && let.args().stream().anyMatch(values::contains);
        } else if (op instanceof Op.Load l) {
          varied = slots.contains(l.slot());
        } else if (op instanceof Op.ArrayLoad) {
          varied = values.contains(let.args().get(0));
        } else if (op instanceof Op.Pop p) {
          varied = values.contains(p.original());
        } else {
          varied = false;
        }
        if (varied) {
          mark(let.result());
        }
      } else if (s instanceof Stmt.Store st) {
        if (values.contains(st.value()) && slots.add(st.slot())) {
          changed = true;
        }
      } else if (s instanceof Stmt.ArrayStore st) {
        if (values.contains(st.value())) {
          mark(st.array());
        }
      } else if (s instanceof Stmt.ArrayAdd st) {
        if (values.contains(st.value())) {
          mark(st.array());
        }
      } else if (s instanceof Stmt.If i) {
        scan(i.then(), seeds);
        scan(i.otherwise(), seeds);
      } else if (s instanceof Stmt.While w) {
        scan(w.header(), seeds);
        scan(w.body(), seeds);
      }
    }
  }
}
