package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces each small local array of constant size whose elements are only ever read and written at constant indices
 * (and that never escapes: not returned, not stored) by one slot per element, which the {@link Simplifier} then turns
 * into plain values. Fixed-size bodies so lose their allocations, and their adjoints become straight-line code.
 */
public final class ScalarReplacement extends Copier {
  /** The largest array replaced, in elements. */
  static final int MAX_ELEMENTS = 64;

  private final Set<Value> replaced;
  private final Map<Value, Map<List<Object>, Slot>> elements = new HashMap<>();

  private ScalarReplacement(Function source, Set<Value> replaced) {
    super(source);
    this.replaced = replaced;
  }

  /** Returns {@code f} with its replaceable arrays turned into slots (or {@code f} itself when there are none). */
  public static Function apply(Function f) {
    Set<Value> candidates = new HashSet<>();
    Set<Value> disqualified = new HashSet<>();
    scan(f, f.body(), candidates, disqualified);
    candidates.removeAll(disqualified);
    if (candidates.isEmpty()) {
      return f;
    }
    ScalarReplacement r = new ScalarReplacement(f, candidates);
    r.copyBlock(f.body());
    return r.b.finish(f.name());
  }

  private static void scan(Function f, Block block, Set<Value> candidates, Set<Value> disqualified) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        Op op = let.op();
        if (op instanceof Op.NewArray && constantSize(f, let.args()) <= MAX_ELEMENTS) {
          candidates.add(let.result());
        } else if (op instanceof Op.ArrayLoad || op instanceof Op.Length) {
          if (!allConstant(f, let.args().subList(1, let.args().size()))) {
            disqualified.add(let.args().get(0));
          }
        } else {
          disqualified.addAll(let.args());
        }
      } else if (s instanceof Stmt.ArrayStore st) {
        check(f, st.array(), st.index(), disqualified);
        disqualified.add(st.value());
      } else if (s instanceof Stmt.ArrayAdd st) {
        check(f, st.array(), st.index(), disqualified);
        disqualified.add(st.value());
      } else if (s instanceof Stmt.Store st) {
        disqualified.add(st.value());
      } else if (s instanceof Stmt.Return r) {
        disqualified.add(r.value());
      } else if (s instanceof Stmt.Push p) {
        disqualified.add(p.value());
      } else if (s instanceof Stmt.Throw t) {
        disqualified.addAll(t.text().args()); // its text names the array
      } else if (s instanceof Stmt.Run r) {
        disqualified.addAll(r.text().args());
      } else if (s instanceof Stmt.If i) {
        scan(f, i.then(), candidates, disqualified);
        scan(f, i.otherwise(), candidates, disqualified);
      } else if (s instanceof Stmt.While w) {
        scan(f, w.header(), candidates, disqualified);
        scan(f, w.body(), candidates, disqualified);
      }
    }
  }

  private static void check(Function f, Value array, List<Value> index, Set<Value> disqualified) {
    if (!allConstant(f, index)) {
      disqualified.add(array);
    }
  }

  private static boolean allConstant(Function f, List<Value> values) {
    return values.stream().allMatch(v -> f.constants().get(v) instanceof Integer);
  }

  private static int constantSize(Function f, List<Value> dims) {
    int size = 1;
    for (Value d : dims) {
      if (!(f.constants().get(d) instanceof Integer n) || n < 0) {
        return Integer.MAX_VALUE;
      }
      size *= n;
    }
    return size;
  }

  @Override
  protected void statement(Stmt s) {
    if (s instanceof Stmt.Let let && let.op() instanceof Op.NewArray && replaced.contains(let.result())) {
      b.origin(let.origin());
      Map<List<Object>, Slot> slots = new HashMap<>();
      for (List<Object> index : indices(let.args())) {
        Slot slot = b.slot(Type.DOUBLE, let.result().hint() + index.stream().map(String::valueOf)
            .collect(java.util.stream.Collectors.joining("_")));
        b.store(slot, b.constant(0.0));
        slots.put(index, slot);
      }
      elements.put(let.result(), slots);
    } else if (s instanceof Stmt.Let let && let.op() instanceof Op.ArrayLoad && replaced.contains(let.args().get(0))) {
      b.origin(let.origin());
      Value v = b.rename(b.load(element(let.args().get(0), let.args().subList(1, let.args().size()))),
          let.result().hint());
      values.put(let.result(), v);
    } else if (s instanceof Stmt.ArrayStore st && replaced.contains(st.array())) {
      b.origin(st.origin());
      b.store(element(st.array(), st.index()), map(st.value()));
    } else if (s instanceof Stmt.ArrayAdd st && replaced.contains(st.array())) {
      Slot slot = element(st.array(), st.index());
      b.store(slot, b.prim(Primitive.ADD, b.load(slot), map(st.value())));
    } else {
      super.statement(s);
    }
  }

  private Slot element(Value array, List<Value> index) {
    List<Object> key = new ArrayList<>();
    for (Value i : index) {
      key.add(source.constants().get(i));
    }
    return elements.get(array).get(key);
  }

  private List<List<Object>> indices(List<Value> dims) {
    List<List<Object>> all = new ArrayList<>();
    int rows = (Integer) source.constants().get(dims.get(0));
    if (dims.size() == 1) {
      for (int i = 0; i < rows; i++) {
        all.add(List.of(i));
      }
      return all;
    }
    int cols = (Integer) source.constants().get(dims.get(1));
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < cols; j++) {
        all.add(List.of(i, j));
      }
    }
    return all;
  }
}
