package dev.nabla.processor.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a function's IR on concrete arguments, with the semantics the emitted Java has: primitives as {@link
 * Primitive#fold} computes them, slots starting at their type's zero, one tape shared by pushes and pops. It lets a
 * pass-level test compare a function before and after a rewrite without generating code.
 */
public final class Evaluator {
  private final Function f;
  private final Object[] arguments;
  private final Map<Value, Object> values = new HashMap<>();
  private final Map<Slot, Object> slots = new HashMap<>();
  private final Deque<Object> tape = new ArrayDeque<>();

  private Evaluator(Function f, Object[] arguments) {
    this.f = f;
    this.arguments = arguments;
  }

  /** The value {@code f} returns for the given arguments (boxed doubles, ints, longs, booleans or arrays). */
  public static Object run(Function f, Object... arguments) {
    Evaluator e = new Evaluator(f, arguments);
    return e.block(f.body());
  }

  /** Runs a block; returns the returned value, or null if it did not return. */
  private Object block(Block block) {
    for (Stmt s : block.stmts()) {
      Object returned = statement(s);
      if (returned != null) {
        return returned;
      }
    }
    return null;
  }

  private Object statement(Stmt s) {
    if (s instanceof Stmt.Let let) {
      values.put(let.result(), let(let));
    } else if (s instanceof Stmt.Store st) {
      slots.put(st.slot(), value(st.value()));
    } else if (s instanceof Stmt.ArrayStore st) {
      row(st.array(), st.index())[last(st.index())] = (Double) value(st.value());
    } else if (s instanceof Stmt.ArrayAdd st) {
      row(st.array(), st.index())[last(st.index())] += (Double) value(st.value());
    } else if (s instanceof Stmt.Push p) {
      tape.push(value(p.value()));
    } else if (s instanceof Stmt.If i) {
      return block((Boolean) value(i.cond()) ? i.then() : i.otherwise());
    } else if (s instanceof Stmt.While w) {
      while (block(w.header()) == null && (Boolean) value(w.cond())) {
        Object returned = block(w.body());
        if (returned != null) {
          return returned;
        }
      }
    } else if (s instanceof Stmt.CheckLength c && !value(c.actual()).equals(value(c.expected()))) {
      throw new IllegalArgumentException(c.parameter() + " has length " + value(c.actual()));
    } else if (s instanceof Stmt.Return r) {
      return value(r.value());
    }
    return null;
  }

  private Object let(Stmt.Let let) {
    List<Object> a = let.args().stream().map(this::value).toList();
    Op op = let.op();
    if (op instanceof Op.Param p) {
      return arguments[p.index()];
    }
    if (op instanceof Op.Prim p) {
      return p.primitive().fold(a, let.result().type());
    }
    if (op instanceof Op.Load l) {
      return slots.getOrDefault(l.slot(), zero(l.slot().type()));
    }
    if (op instanceof Op.ArrayLoad) {
      return a.size() == 3 ? ((double[][]) a.get(0))[(Integer) a.get(1)][(Integer) a.get(2)]
          : a.get(0) instanceof double[][] m ? m[(Integer) a.get(1)] : ((double[]) a.get(0))[(Integer) a.get(1)];
    }
    if (op instanceof Op.Length) {
      return a.size() == 2 ? ((double[][]) a.get(0))[(Integer) a.get(1)].length
          : a.get(0) instanceof double[][] m ? m.length : ((double[]) a.get(0)).length;
    }
    if (op instanceof Op.NewArray) {
      int n = (Integer) a.get(0);
      return a.size() == 2 ? new double[n][(Integer) a.get(1)]
          : let.result().type() == Type.DOUBLE_MATRIX ? new double[n][] : new double[n];
    }
    if (op instanceof Op.Pop) {
      return tape.pop();
    }
    throw new UnsupportedOperationException("cannot evaluate " + op);
  }

  /** The row of {@code array} that the last index of {@code index} selects in. */
  private double[] row(Value array, List<Value> index) {
    Object a = value(array);
    return index.size() == 2 ? ((double[][]) a)[(Integer) value(index.get(0))] : (double[]) a;
  }

  private int last(List<Value> index) {
    return (Integer) value(index.get(index.size() - 1));
  }

  private Object value(Value v) {
    Object constant = f.constants().get(v);
    return constant != null ? constant : values.get(v);
  }

  private static Object zero(Type type) {
    return switch (type) {
      case DOUBLE -> 0.0;
      case INT -> 0;
      case LONG -> 0L;
      case BOOLEAN -> false;
      default -> null;
    };
  }
}
