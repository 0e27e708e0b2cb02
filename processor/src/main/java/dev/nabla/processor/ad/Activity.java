package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.HashSet;
import java.util.Set;

/**
 * Which values, slots and arrays are active: they vary with the inputs being differentiated and they are useful (an
 * output depends on them through differentiable operations). Only active ones get tangents and adjoints, so no
 * derivative is computed for what only steers a branch — where, in a chaotic loop, it could overflow and turn a zero
 * derivative into 0·∞ = NaN. Both properties are fixed points over the whole function, since loops carry them through
 * slots; a store that no load reads ({@link OverwrittenStores}) carries neither.
 */
final class Activity {
  private final Set<Value> values = new HashSet<>();
  private final Set<Slot> slots = new HashSet<>();
  private final Set<Value> useful = new HashSet<>();
  private final Set<Slot> usefulSlots = new HashSet<>();
  /** The stores no load reads, whose values reach nothing. */
  private final Set<Stmt.Store> overwritten;
  private boolean changed;

  /** Analyzes {@code f} where the parameters at {@code seeds} vary and the {@code outputs} are differentiated. */
  Activity(Function f, Set<Integer> seeds, Set<Value> outputs) {
    overwritten = OverwrittenStores.of(f);
    do {
      changed = false;
      scan(f.body(), seeds);
    } while (changed);
    useful.addAll(outputs);
    do {
      changed = false;
      Statements.forEach(f.body().stmts(), this::propagateUse);
    } while (changed);
  }

  /** An activity whose output is the function's result. */
  Activity(Function f, Set<Integer> seeds) {
    this(f, seeds, Set.of(f.result()));
  }

  boolean varies(Value v) {
    return values.contains(v) && useful.contains(v);
  }

  /** Whether a value varies with the point, whether or not an output depends on it. */
  boolean dependsOnPoint(Value v) {
    return values.contains(v);
  }

  boolean varies(Slot s) {
    return slots.contains(s) && usefulSlots.contains(s);
  }

  /** Every active slot, in no particular order. */
  Set<Slot> variedSlots() {
    Set<Slot> active = new HashSet<>(slots);
    active.retainAll(usefulSlots);
    return active;
  }

  private void use(Value v) {
    if (useful.add(v)) {
      changed = true;
    }
  }

  /** Marks what a useful statement differentiably reads as useful. */
  private void propagateUse(Stmt s) {
    if (s instanceof Stmt.Let let && useful.contains(let.result())) {
      Op op = let.op();
      if (op instanceof Op.Prim p && p.primitive().isDifferentiable()) {
        let.args().forEach(this::use);
      } else if (op instanceof Op.Load l && usefulSlots.add(l.slot())) {
        changed = true;
      } else if (op instanceof Op.ArrayLoad) {
        use(let.args().get(0));
      } else if (op instanceof Op.Pop pop) {
        use(pop.original());
      }
    } else if (s instanceof Stmt.Store st && usefulSlots.contains(st.slot()) && !overwritten.contains(st)) {
      use(st.value());
    } else if (s instanceof Stmt.ArrayStore st && useful.contains(st.array())) {
      use(st.value());
    } else if (s instanceof Stmt.ArrayAdd st && useful.contains(st.array())) {
      use(st.value());
    }
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
        if (values.contains(st.value()) && !overwritten.contains(st) && slots.add(st.slot())) {
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
