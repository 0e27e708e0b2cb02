package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Finds a function's loop counters and its counted loops, whose trip count follows from start, step and bound. */
final class CountedLoops {
  private final Function f;
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();

  /**
   * A counter of a loop: loaded once per iteration (the value this record is keyed by), then advanced by a constant
   * {@code step}; in iteration k it holds {@code start + k·step}.
   */
  record Induction(Value start, long step, Stmt.While loop, Slot slot) {}

  /**
   * A loop that runs while {@code counter + offset < bound} (or {@code <=}), its counter stepping up; {@code header}
   * holds the header's definitions the bound is computed with, {@code outer} the values from outside the loop they
   * read.
   */
  record Counted(Induction counter, long offset, Value bound, Map<Value, Stmt.Let> header, boolean inclusive,
      Set<Value> outer) {}

  CountedLoops(Function f) {
    this.f = f;
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        definitions.put(let.result(), let);
      }
    });
  }

  /**
   * The counters of loop {@code w}, the statement at {@code index} of {@code block}, keyed by their load in the body:
   * integer slots stored once in the loop, at the top level of its body, with their value loaded there plus a
   * constant, and last stored before the loop in the same block.
   */
  Map<Value, Induction> inductions(Block block, int index, Stmt.While w) {
    Map<Slot, Integer> stores = new HashMap<>();
    Map<Slot, Integer> loads = new HashMap<>();
    for (Block part : List.of(w.header(), w.body())) {
      Statements.forEach(part.stmts(), s -> {
        Slot slot = Statements.slot(s);
        if (slot != null) {
          (s instanceof Stmt.Store ? stores : loads).merge(slot, part == w.body() ? 1 : 0, Integer::sum);
          if (s instanceof Stmt.Store && part != w.body()) {
            stores.merge(slot, 2, Integer::sum);
          }
        }
      });
    }
    Map<Value, Induction> found = new HashMap<>();
    for (Stmt s : w.body().stmts()) {
      if (!(s instanceof Stmt.Store st) || !st.slot().type().isIntegral() || stores.get(st.slot()) != 1
          || loads.getOrDefault(st.slot(), 0) != 1) {
        continue;
      }
      Stmt.Let next = definitions.get(st.value());
      if (next == null || !(next.op() instanceof Op.Prim p)
          || (p.primitive() != Primitive.ADD && p.primitive() != Primitive.SUB)
          || !(f.constants().get(next.args().get(1)) instanceof Number step)) {
        continue;
      }
      Stmt.Let load = definitions.get(next.args().get(0));
      if (load == null || !(load.op() instanceof Op.Load l) || !l.slot().equals(st.slot())
          || !w.body().stmts().contains(load)) {
        continue;
      }
      Value start = lastStoredBefore(block, index, st.slot());
      if (start != null) {
        long signed = p.primitive() == Primitive.ADD ? step.longValue() : -step.longValue();
        found.put(load.result(), new Induction(start, signed, w, st.slot()));
      }
    }
    return found;
  }

  /**
   * Loop {@code w} as a counted loop, or null: its header only tests {@code counter + offset < bound} (or {@code <=},
   * with a constant offset, often 0) on one of its {@code inductions} that steps up, with {@code bound} computed from
   * values defined outside the loop.
   */
  Counted counted(Stmt.While w, Map<Value, Induction> inductions) {
    Map<Value, Stmt.Let> header = new HashMap<>();
    Stmt.Let counter = null;
    for (Stmt s : w.header().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load) {
        if (counter != null) {
          return null;
        }
        counter = let;
      } else if (s instanceof Stmt.Let let && (let.op() instanceof Op.Prim || let.op() instanceof Op.Length)) {
        header.put(let.result(), let);
      } else {
        return null;
      }
    }
    Stmt.Let test = header.remove(w.cond());
    Set<Value> outer = new LinkedHashSet<>();
    if (counter == null || test == null || !(test.op() instanceof Op.Prim p)
        || p.primitive() != Primitive.LT && p.primitive() != Primitive.LE) {
      return null;
    }
    Long offset = offset(test.args().get(0), counter.result());
    if (offset == null || !computedOutside(test.args().get(1), header, w, outer)) {
      return null;
    }
    header.remove(test.args().get(0));
    Slot slot = ((Op.Load) counter.op()).slot();
    for (Induction induction : inductions.values()) {
      if (induction.loop() == w && induction.slot().equals(slot) && induction.step() > 0) {
        return new Counted(induction, offset, test.args().get(1), header, p.primitive() == Primitive.LE, outer);
      }
    }
    return null;
  }

  /** k when {@code v} is {@code counter + k} or {@code counter − k} for an int constant k, 0 for the counter. */
  Long offset(Value v, Value counter) {
    if (v.equals(counter)) {
      return 0L;
    }
    Stmt.Let let = definitions.get(v);
    if (let == null || !(let.op() instanceof Op.Prim p) || let.args().size() != 2 || !let.args().get(0).equals(counter)
        || !(f.constants().get(let.args().get(1)) instanceof Integer k)) {
      return null;
    }
    return p.primitive() == Primitive.ADD ? Long.valueOf(k) : p.primitive() == Primitive.SUB ? Long.valueOf(-k) : null;
  }

  /** The statement that defines a value, or null for constants. */
  Stmt.Let definition(Value v) {
    return definitions.get(v);
  }

  /** The constant a value stands for, or null. */
  Object constant(Value v) {
    return f.constants().get(v);
  }

  /**
   * Whether a value is defined outside loop {@code w} or computed in its header ({@code header}) from such values only;
   * collects those outer values into {@code outer}.
   */
  private boolean computedOutside(Value v, Map<Value, Stmt.Let> header, Stmt.While w, Set<Value> outer) {
    Stmt.Let let = header.get(v);
    if (let != null) {
      return let.args().stream().allMatch(a -> computedOutside(a, header, w, outer));
    }
    if (f.constants().containsKey(v)) {
      return true;
    }
    if (Statements.defines(w, v)) {
      return false;
    }
    outer.add(v);
    return true;
  }

  /** The value last stored to a slot by the top-level statements before {@code index}, if nothing else may store it. */
  private static Value lastStoredBefore(Block block, int index, Slot slot) {
    for (int i = index - 1; i >= 0; i--) {
      Stmt s = block.stmts().get(i);
      if (s instanceof Stmt.Store st && st.slot().equals(slot)) {
        return st.value();
      }
      boolean[] touches = {false};
      Statements.forEach(List.of(s), t -> touches[0] |= t instanceof Stmt.Store st && st.slot().equals(slot));
      if (touches[0]) {
        return null;
      }
    }
    return null;
  }
}
