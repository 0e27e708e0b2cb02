package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.opt.CountedLoops;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The stores to a slot that no load can read: those the same block stores over, or that a loop which runs at least
 * once and never loads the slot stores over in every iteration, with no load of the slot in between — such as an
 * input assigned in a constant-count loop before anything reads it.
 */
final class OverwrittenStores {
  private final Function f;
  private final CountedLoops loops;
  private final Set<Stmt.Store> found = Collections.newSetFromMap(new IdentityHashMap<>());

  private OverwrittenStores(Function f) {
    this.f = f;
    this.loops = new CountedLoops(f);
  }

  /** The overwritten stores of {@code f}, compared by identity. */
  static Set<Stmt.Store> of(Function f) {
    OverwrittenStores o = new OverwrittenStores(f);
    o.visit(f.body());
    return o.found;
  }

  private void visit(Block block) {
    for (int i = 0; i < block.stmts().size(); i++) {
      Stmt s = block.stmts().get(i);
      if (s instanceof Stmt.Store st && overwritten(block, i, st.slot())) {
        found.add(st);
      }
      Statements.nested(s).forEach(this::visit);
    }
  }

  /** Whether the statements after {@code index} of {@code block} store over {@code slot} before they may load it. */
  private boolean overwritten(Block block, int index, Slot slot) {
    for (int k = index + 1; k < block.stmts().size(); k++) {
      Stmt s = block.stmts().get(k);
      if (s instanceof Stmt.Store st && st.slot().equals(slot)) {
        return true;
      }
      if (loads(s, slot)) {
        return false;
      }
      if (s instanceof Stmt.While w && runsAtLeastOnce(block, k, w)
          && w.body().stmts().stream().anyMatch(t -> t instanceof Stmt.Store st && st.slot().equals(slot))) {
        return true;
      }
    }
    return false;
  }

  private static boolean loads(Stmt s, Slot slot) {
    boolean[] loads = {false};
    Statements.forEach(List.of(s), t -> loads[0] |= !(t instanceof Stmt.Store) && slot.equals(Statements.slot(t)));
    return loads[0];
  }

  /** Whether a counted loop's first test passes: its counter starts below its bound, both constants. */
  private boolean runsAtLeastOnce(Block block, int index, Stmt.While w) {
    CountedLoops.Counted c = loops.counted(w, loops.inductions(block, index, w));
    if (c == null || !(f.constants().get(c.counter().start()) instanceof Integer start)
        || !(f.constants().get(c.bound()) instanceof Integer bound)) {
      return false;
    }
    long first = (long) start + c.offset();
    return c.inclusive() ? first <= bound : first < bound;
  }
}
