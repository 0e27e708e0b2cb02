package dev.nabla.processor.ir;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Re-emits the statements of a source function through a {@link Builder}, mapping its values and slots. */
public class Copier {
  protected final Function source;
  protected final Builder b = new Builder();
  protected final Map<Value, Value> values = new HashMap<>();
  private final Map<Slot, Slot> slots = new HashMap<>();

  protected Copier(Function source) {
    this.source = source;
  }

  /** The new value standing for a source value: its copy, or the same constant (a structural zero stays one). */
  protected Value map(Value old) {
    if (source.structuralZeros().contains(old)) {
      return b.zero();
    }
    Object constant = source.constants().get(old);
    if (constant != null) {
      return b.constantOf(old.type(), constant);
    }
    Value v = values.get(old);
    if (v == null) {
      throw new IllegalStateException("value " + old + " used outside its scope");
    }
    return v;
  }

  protected List<Value> map(List<Value> old) {
    List<Value> mapped = new ArrayList<>();
    for (Value v : old) {
      mapped.add(map(v));
    }
    return mapped;
  }

  protected Slot map(Slot old) {
    return slots.computeIfAbsent(old, s -> b.slot(s.type(), s.hint()));
  }

  protected boolean isConstant(Value old) {
    return source.constants().containsKey(old);
  }

  /**
   * Copies the parameter definitions that open the source body; returns how many there are and collects the new
   * values of those at {@code pointIndices} into {@code point}.
   */
  protected int copyParameters(Set<Integer> pointIndices, List<Value> point) {
    return copyParameters(pointIndices, point, -1);
  }

  /** As {@link #copyParameters(Set, List)}, leaving out the parameter at {@code leftOut} (none when negative). */
  protected int copyParameters(Set<Integer> pointIndices, List<Value> point, int leftOut) {
    List<Stmt> body = source.body().stmts();
    int count = 0;
    while (body.get(count) instanceof Stmt.Let let && let.op() instanceof Op.Param p) {
      if (p.index() != leftOut) {
        Value v = copy(let);
        if (pointIndices.contains(p.index())) {
          point.add(v);
        }
      }
      count++;
    }
    return count;
  }

  /** Copies one definition and records the mapping; returns the new value. */
  protected Value copy(Stmt.Let let) {
    b.origin(let.origin());
    Op op = let.op();
    Value old = let.result();
    Value v;
    if (op instanceof Op.Param p) {
      v = b.param(p.index(), old.type(), old.hint());
    } else if (op instanceof Op.Prim p) {
      v = b.prim(p.primitive(), p.library(), map(let.args()));
    } else if (op instanceof Op.Load l) {
      v = b.load(map(l.slot()));
    } else if (op instanceof Op.ArrayLoad) {
      List<Value> args = map(let.args());
      v = b.arrayLoad(args.get(0), args.subList(1, args.size()));
    } else if (op instanceof Op.Length) {
      List<Value> args = map(let.args());
      v = b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
    } else if (op instanceof Op.NewArray) {
      v = b.newArray(old.type(), map(let.args()), old.hint());
    } else if (op instanceof Op.Field f) {
      v = b.field(old.type(), f, map(let.args()));
    } else if (op instanceof Op.Passive p) {
      v = b.passive(old.type(), new JavaText(p.pieces(), map(let.args())), old.hint());
    } else if (op instanceof Op.TapeSize) {
      v = b.tapeSize();
    } else {
      v = b.pop(map(((Op.Pop) op).original()));
    }
    v = b.rename(v, old.hint());
    values.put(old, v);
    return v;
  }

  /** Copies a block's statements, each through {@link #statement}. */
  protected void copyBlock(Block block) {
    for (Stmt s : block.stmts()) {
      statement(s);
    }
  }

  /** Copies one statement, nested blocks through {@link #copyBlock}: what a transforming copy overrides. */
  protected void statement(Stmt s) {
    if (s instanceof Stmt.Let let) {
      copy(let);
    } else if (s instanceof Stmt.If i) {
      Value c = map(i.cond());
      b.beginBlock();
      copyBlock(i.then());
      Block then = b.endBlock();
      b.beginBlock();
      copyBlock(i.otherwise());
      b.ifThenElse(c, then, b.endBlock());
    } else if (s instanceof Stmt.While w) {
      b.beginBlock();
      copyBlock(w.header());
      Value test = map(w.cond());
      Block header = b.endBlock();
      b.beginBlock();
      copyBlock(w.body());
      b.whileLoop(header, test, b.endBlock());
    } else if (s instanceof Stmt.Return r) {
      b.emit(new Stmt.Return(map(r.value())));
    } else {
      copySimple(s);
    }
  }

  /** Copies a statement that is not a definition or a control structure. */
  protected void copySimple(Stmt s) {
    if (s instanceof Stmt.Store st) {
      b.origin(st.origin());
      b.store(map(st.slot()), map(st.value()));
    } else if (s instanceof Stmt.ArrayStore st) {
      b.origin(st.origin());
      b.arrayStore(map(st.array()), map(st.index()), map(st.value()));
    } else if (s instanceof Stmt.ArrayAdd st) {
      b.arrayAdd(map(st.array()), map(st.index()), map(st.value()));
    } else if (s instanceof Stmt.CheckLength c) {
      b.emit(new Stmt.CheckLength(c.parameter(), map(c.actual()), map(c.expected())));
    } else if (s instanceof Stmt.Push p) {
      b.emit(new Stmt.Push(map(p.value())));
    } else if (s instanceof Stmt.Throw t) {
      b.emit(new Stmt.Throw(t.text().with(map(t.text().args())), t.origin()));
    } else if (s instanceof Stmt.Run r) {
      b.emit(new Stmt.Run(r.text().with(map(r.text().args())), r.origin()));
    } else {
      throw new IllegalArgumentException("not a simple statement: " + s);
    }
  }
}
