package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the reduction loops of a function's top block: loops whose iterations share no differentiated state but
 * accumulators ({@code sum += e}) whose final values reach the result linearly, with coefficients computable before
 * the loop. Reverse mode runs such a loop's adjoint inside the loop itself, one iteration at a time, with each
 * accumulator's adjoint known in advance: no tape and no second loop.
 */
final class Reductions {
  /**
   * A reduction loop: its accumulators, and the statements after it that carry their final values to the result
   * ({@code linear}, in order), each linear in those values with coefficients from {@code precomputable} values.
   */
  record Reduction(Set<Slot> accumulators, List<Stmt.Let> linear) {}

  private final Function f;
  private final Activity activity;
  private final List<Stmt> top;
  private final Map<Value, Integer> uses = new HashMap<>();

  private Reductions(Function f, Activity activity, List<Stmt> top) {
    this.f = f;
    this.activity = activity;
    this.top = top;
    Statements.forEach(f.body().stmts(), s -> Statements.reads(s).forEach(v -> uses.merge(v, 1, Integer::sum)));
  }

  /** The reduction loops among the statements of a function's top block ({@code top}, without the return). */
  static Map<Stmt.While, Reduction> find(Function f, Activity activity, List<Stmt> top) {
    Reductions finder = new Reductions(f, activity, top);
    Map<Stmt.While, Reduction> found = new IdentityHashMap<>();
    for (int i = 0; i < top.size(); i++) {
      if (top.get(i) instanceof Stmt.While w) {
        Reduction r = finder.reduction(w, i);
        if (r != null) {
          found.put(w, r);
        }
      }
    }
    return found;
  }

  private Reduction reduction(Stmt.While w, int index) {
    List<Stmt> inLoop = new ArrayList<>();
    Statements.forEach(List.of(w), inLoop::add);
    inLoop.remove(0);
    Set<Value> definedInLoop = new HashSet<>();
    Set<Slot> stored = new LinkedHashSet<>();
    Set<Slot> loaded = new LinkedHashSet<>();
    for (Stmt s : inLoop) {
      if (s instanceof Stmt.Let let) {
        definedInLoop.add(let.result());
      }
      Slot slot = Statements.slot(s);
      if (slot != null && activity.varies(slot)) {
        (s instanceof Stmt.Store ? stored : loaded).add(slot);
      }
    }
    for (Stmt s : inLoop) {
      if (!arraysAllowed(s, definedInLoop)) {
        return null;
      }
    }
    Set<Slot> accumulators = new LinkedHashSet<>();
    for (Slot slot : loaded) {
      if (slot.type() != Type.DOUBLE) {
        return null;
      }
      if (!stored.contains(slot)) {
        if (storedAfter(slot, index)) {
          return null;
        }
      } else if (isAccumulator(slot, w, inLoop)) {
        accumulators.add(slot);
      } else if (exposed(w.header().stmts(), slot) || exposed(w.body().stmts(), slot) || loadedOutside(slot, w)) {
        return null;
      }
    }
    for (Slot slot : stored) {
      if (slot.type() != Type.DOUBLE || !loaded.contains(slot) && loadedOutside(slot, w)) {
        return null;
      }
    }
    List<Stmt.Let> linear = linearUses(accumulators, index);
    return accumulators.isEmpty() || linear == null ? null : new Reduction(accumulators, linear);
  }

  /**
   * Whether a loop statement leaves arrays alone that reverse mode keeps adjoints of: it may read the differentiated
   * parameters' arrays (their adjoints are the gradient, which only accumulates) and use arrays it allocates itself.
   */
  private boolean arraysAllowed(Stmt s, Set<Value> definedInLoop) {
    Value array = null;
    if (s instanceof Stmt.ArrayStore st) {
      array = st.array();
    } else if (s instanceof Stmt.Let let && let.op() instanceof Op.ArrayLoad) {
      array = let.args().get(0);
      if (isParameter(array)) {
        return true;
      }
    }
    return array == null || !activity.varies(array) || definedInLoop.contains(array);
  }

  private boolean isParameter(Value v) {
    return top.stream().anyMatch(s -> s instanceof Stmt.Let let && let.result().equals(v)
        && let.op() instanceof Op.Param);
  }

  /**
   * Whether a slot is an accumulator of the loop: loaded once and stored once in it, both at the top level of the body,
   * as {@code slot = slot ± e}, with the loaded value and the new one used nowhere else.
   */
  private boolean isAccumulator(Slot slot, Stmt.While w, List<Stmt> inLoop) {
    Stmt.Let load = null;
    Stmt.Store store = null;
    int touches = 0;
    for (Stmt s : inLoop) {
      if (slot.equals(Statements.slot(s))) {
        touches++;
      }
    }
    for (Stmt s : w.body().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load l && l.slot().equals(slot)) {
        load = let;
      } else if (s instanceof Stmt.Store st && st.slot().equals(slot) && load != null) {
        store = st;
      }
    }
    if (touches != 2 || store == null || uses.getOrDefault(load.result(), 0) != 1
        || uses.getOrDefault(store.value(), 0) != 1) {
      return false;
    }
    Stmt.Let update = definitionIn(w.body().stmts(), store.value());
    if (update == null || !(update.op() instanceof Op.Prim p)) {
      return false;
    }
    List<Value> args = update.args();
    return p.primitive() == Primitive.ADD && args.contains(load.result())
        || p.primitive() == Primitive.SUB && args.get(0).equals(load.result());
  }

  private static Stmt.Let definitionIn(List<Stmt> stmts, Value v) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Let let && let.result().equals(v)) {
        return let;
      }
    }
    return null;
  }

  /** Whether statements may read a slot before storing it: whether its value on entry can matter. */
  private static boolean exposed(List<Stmt> stmts, Slot slot) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load l && l.slot().equals(slot)) {
        return true;
      }
      if (s instanceof Stmt.Store st && st.slot().equals(slot)) {
        return false;
      }
      if (s instanceof Stmt.If i) {
        if (exposed(i.then().stmts(), slot) || exposed(i.otherwise().stmts(), slot)) {
          return true;
        }
        if (kills(i.then().stmts(), slot) && kills(i.otherwise().stmts(), slot)) {
          return false;
        }
      } else if (s instanceof Stmt.While loop) {
        if (exposed(loop.header().stmts(), slot)) {
          return true;
        }
        if (kills(loop.header().stmts(), slot)) {
          return false;
        }
        if (exposed(loop.body().stmts(), slot)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether statements store a slot on every path through them. */
  private static boolean kills(List<Stmt> stmts, Slot slot) {
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Store st && st.slot().equals(slot)) {
        return true;
      }
      if (s instanceof Stmt.If i && kills(i.then().stmts(), slot) && kills(i.otherwise().stmts(), slot)) {
        return true;
      }
      if (s instanceof Stmt.While loop && kills(loop.header().stmts(), slot)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a slot is read anywhere in the function outside loop {@code w}. */
  private boolean loadedOutside(Slot slot, Stmt.While w) {
    Set<Stmt> inside = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    Statements.forEach(List.of(w), inside::add);
    boolean[] found = {false};
    Statements.forEach(f.body().stmts(), s -> found[0] |= !inside.contains(s) && s instanceof Stmt.Let
        && slot.equals(Statements.slot(s)));
    return found[0];
  }

  /** Whether a slot is stored by any top-level statement after {@code index} or inside it. */
  private boolean storedAfter(Slot slot, int index) {
    boolean[] found = {false};
    Statements.forEach(top.subList(index + 1, top.size()), s -> found[0] |= s instanceof Stmt.Store
        && slot.equals(Statements.slot(s)));
    return found[0];
  }

  /**
   * The top-level statements after the loop at {@code index} that carry the accumulators' final values to the
   * result, if every use of those values is linear in them with coefficients computable before the loop; else null.
   */
  private List<Stmt.Let> linearUses(Set<Slot> accumulators, int index) {
    Set<Value> linearValues = new HashSet<>();
    Set<Value> precomputable = new HashSet<>();
    for (Stmt s : top.subList(0, index)) {
      if (s instanceof Stmt.Let let) {
        precomputable.add(let.result());
      }
    }
    precomputable.addAll(f.constants().keySet());
    Set<Slot> overwritten = new HashSet<>();
    List<Stmt.Let> linear = new ArrayList<>();
    for (Stmt s : top.subList(index + 1, top.size())) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load l && accumulators.contains(l.slot())
          && !overwritten.contains(l.slot())) {
        linearValues.add(let.result());
        linear.add(let);
        continue;
      }
      List<Value> reads = new ArrayList<>();
      Statements.forEach(List.of(s), t -> reads.addAll(Statements.reads(t)));
      Statements.forEach(List.of(s), t -> {
        if (t instanceof Stmt.Store st) {
          overwritten.add(st.slot());
        }
        if (t != s && accumulators.contains(Statements.slot(t))) {
          overwritten.addAll(accumulators);
          reads.add(null);
        }
      });
      boolean readsLinear = reads.stream().anyMatch(v -> v == null || linearValues.contains(v));
      if (!readsLinear) {
        if (s instanceof Stmt.Let let && (let.op() instanceof Op.Prim || let.op() instanceof Op.ArrayLoad
            && isParameter(let.args().get(0))) && precomputable.containsAll(let.args())) {
          precomputable.add(let.result()); // arithmetic, or a read of a parameter array, which never changes
        }
      } else if (s instanceof Stmt.Let let && isLinear(let, linearValues, precomputable)) {
        linearValues.add(let.result());
        linear.add(let);
      } else {
        return null;
      }
    }
    return linearValues.contains(f.result()) ? linear : null;
  }

  /** Whether a definition is linear in the accumulated values, with its other operands computable before the loop. */
  private static boolean isLinear(Stmt.Let let, Set<Value> linear, Set<Value> precomputable) {
    if (!(let.op() instanceof Op.Prim p)) {
      return false;
    }
    List<Value> a = let.args();
    return switch (p.primitive().linearity()) {
      case LINEAR -> true;
      case BILINEAR -> linear.contains(a.get(0)) != linear.contains(a.get(1))
          && (precomputable.contains(a.get(0)) || precomputable.contains(a.get(1)));
      case LINEAR_IN_FIRST -> linear.contains(a.get(0)) && precomputable.contains(a.get(1));
      case NONE -> false;
    };
  }
}
