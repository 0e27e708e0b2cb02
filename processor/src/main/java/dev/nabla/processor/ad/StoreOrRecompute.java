package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The store-or-recompute policy of a reverse sweep: which values each forward block saves at its end (in slots outside
 * loops, on the tape inside them) and which its mirror block computes again, and where the reverse sweep finds them.
 */
final class StoreOrRecompute {
  /** A value saved at the end of a forward block: a source value, or a loop's trip count (keyed by the loop). */
  private record Saved(Object key, Value value, Slot slot) {}

  private final Builder b;
  private final Activity activity;
  private final TripCounts tripCounts;
  private final Set<Value> seeded;
  private final Map<Block, List<Saved>> saved = new IdentityHashMap<>();
  private final Map<Block, List<Stmt.Let>> recomputedIn = new IdentityHashMap<>();
  /** Outer values that recomputation in nested blocks reads: their own blocks must save them too. */
  private final Set<Value> neededByRecomputation = new HashSet<>();
  private final Deque<Map<Object, Value>> restored = new ArrayDeque<>();

  /**
   * The policy for a sweep emitted with {@code b}, whose loops' trip counts {@code tripCounts} keeps; the
   * {@code seeded} values (those of a cotangent dot product) are computed where they are read, never saved.
   */
  StoreOrRecompute(Builder b, Activity activity, TripCounts tripCounts, Set<Value> seeded) {
    this.b = b;
    this.activity = activity;
    this.tripCounts = tripCounts;
    this.seeded = seeded;
  }

  /** Records outer values that the reverse sweep computes things from: the blocks defining them save them. */
  void needed(Collection<Value> outer) {
    neededByRecomputation.addAll(outer);
  }

  /**
   * Saves, at the end of a forward block, the values defined in it that the reverse sweep reads, as {@code forward}
   * gives them in the forward sweep. Values cheap to compute again from other saved or outer values (arithmetic,
   * casts, reads of input arrays) are recomputed in the reverse sweep instead of saved: inside loops this keeps the
   * tape small.
   */
  void save(Block block, boolean inLoop, UnaryOperator<Value> forward) {
    Map<Value, Stmt.Let> defined = new LinkedHashMap<>();
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        defined.put(let.result(), let);
      }
    }
    Set<Object> needed = new LinkedHashSet<>();
    collectNeeds(block, needed);
    needed.addAll(neededByRecomputation);
    needed.removeAll(seeded);
    Set<Value> recomputed = new HashSet<>();
    Set<Value> kept = new HashSet<>();
    Deque<Value> work = new ArrayDeque<>();
    needed.stream().filter(defined::containsKey).forEach(k -> work.add((Value) k));
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (recomputed.contains(v) || kept.contains(v)) {
        continue;
      }
      Stmt.Let let = defined.get(v);
      if (isCheap(let)) {
        recomputed.add(v);
        let.args().stream().filter(defined::containsKey).forEach(work::add);
      } else {
        kept.add(v);
      }
    }
    List<Saved> list = new ArrayList<>();
    List<Stmt.Let> recompute = new ArrayList<>();
    for (Map.Entry<Value, Stmt.Let> e : defined.entrySet()) {
      if (kept.contains(e.getKey())) {
        list.add(saveOne(e.getKey(), forward.apply(e.getKey()), inLoop));
      } else if (recomputed.contains(e.getKey())) {
        recompute.add(e.getValue());
        e.getValue().args().stream().filter(a -> !defined.containsKey(a)).forEach(neededByRecomputation::add);
      }
    }
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.While w && !tripCounts.isCounted(w)) {
        list.add(saveOne(tripCounts.key(w), tripCounts.forwardCount(w), inLoop));
      }
    }
    saved.put(block, list);
    recomputedIn.put(block, recompute);
  }

  /** Whether recomputing a definition costs about as much as saving and restoring its value. */
  private boolean isCheap(Stmt.Let let) {
    if (tripCounts.isInduction(let.result())) {
      return true;
    }
    if (let.op() instanceof Op.Prim p) {
      return p.primitive().cost().isCheap(let.result().type());
    }
    if (let.op() instanceof Op.Field) {
      return true;
    }
    if (let.op() instanceof Op.ArrayLoad || let.op() instanceof Op.Length) {
      return tripCounts.isInput(let.args().get(0));
    }
    return false;
  }

  private Saved saveOne(Object key, Value value, boolean inLoop) {
    if (inLoop) {
      b.emit(new Stmt.Push(value));
      return new Saved(key, value, null);
    }
    Slot slot = b.slot(value.type(), value.hint());
    b.store(slot, value);
    return new Saved(key, value, slot);
  }

  /** The source values the adjoints of a block's statements read (including nested blocks). */
  private void collectNeeds(Block block, Set<Object> needs) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let && activity.varies(let.result())) {
        if (let.op() instanceof Op.Prim p && p.primitive().isDifferentiable()) {
          for (int i = 0; i < let.args().size(); i++) {
            if (activity.varies(let.args().get(i))) {
              for (int k : Partials.needs(p.primitive(), i)) {
                needs.add(k < let.args().size() ? let.args().get(k) : let.result());
              }
            }
          }
        } else if (let.op() instanceof Op.ArrayLoad || let.op() instanceof Op.NewArray) {
          needs.addAll(let.args().subList(let.op() instanceof Op.ArrayLoad ? 1 : 0, let.args().size()));
        }
      } else if (s instanceof Stmt.ArrayStore st && activity.varies(st.array())) {
        needs.addAll(st.index());
      } else if (s instanceof Stmt.If i) {
        needs.add(i.cond());
        collectNeeds(i.then(), needs);
        collectNeeds(i.otherwise(), needs);
      } else if (s instanceof Stmt.While w) {
        collectNeeds(w.body(), needs);
      }
    }
  }

  /** Opens a reverse block that restores nothing of its own: it reads what enclosing blocks restored. */
  void enter() {
    restored.push(new HashMap<>());
  }

  /**
   * Opens the reverse block mirroring {@code block}: restores what the forward block saved, then computes again what
   * it recomputes, from source values as {@code reverse} gives them in the reverse sweep.
   */
  void restore(Block block, UnaryOperator<Value> reverse) {
    Map<Object, Value> restoredHere = new HashMap<>();
    restored.push(restoredHere);
    List<Saved> list = saved.get(block);
    for (int i = list.size() - 1; i >= 0; i--) {
      Saved s = list.get(i);
      Value v = s.slot() == null ? b.pop(s.value()) : b.load(s.slot());
      restoredHere.put(s.key(), v);
    }
    for (Stmt.Let let : recomputedIn.get(block)) {
      restoredHere.put(let.result(), recompute(let, reverse));
    }
  }

  /** Closes the innermost reverse block: what it restored goes out of scope. */
  void leave() {
    restored.pop();
  }

  /** A source value (or a loop's trip count key) as restored in an open reverse block, or null if none restored it. */
  Value restored(Object key) {
    for (Map<Object, Value> r : restored) {
      Value v = r.get(key);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  /** Computes a cheap definition again in the reverse sweep, from restored or outer values. */
  private Value recompute(Stmt.Let let, UnaryOperator<Value> reverse) {
    List<Value> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(reverse.apply(a));
    }
    Value counter = tripCounts.induction(let.result(), reverse);
    return b.rename(counter != null ? counter : evaluate(let, args), let.result().hint());
  }

  /** A cheap definition's operation, applied to its arguments as the reverse sweep has them. */
  private Value evaluate(Stmt.Let let, List<Value> args) {
    if (let.op() instanceof Op.Prim p) {
      return b.prim(p.primitive(), p.library(), args);
    } else if (let.op() instanceof Op.ArrayLoad) {
      return b.arrayLoad(args.get(0), args.subList(1, args.size()));
    } else if (let.op() instanceof Op.Field f) {
      return b.field(let.result().type(), f, args);
    }
    return b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
  }

  /** Whether the reverse sweep of a block and of the blocks nested in it restores nothing from the tape. */
  boolean restoresNothing(Block block) {
    if (!saved.getOrDefault(block, List.of()).isEmpty()) {
      return false;
    }
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.If i && !(restoresNothing(i.then()) && restoresNothing(i.otherwise()))
          || s instanceof Stmt.While w && !restoresNothing(w.body())) {
        return false;
      }
    }
    return true;
  }
}
