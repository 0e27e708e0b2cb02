package dev.nabla.processor.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** What statements read and contain: the one place that knows every statement's operands and nested blocks. */
public final class Statements {
  private Statements() {}

  /** The values a statement reads directly (not those of its nested blocks). */
  public static List<Value> reads(Stmt s) {
    List<Value> reads = new ArrayList<>();
    if (s instanceof Stmt.Let let) {
      reads.addAll(let.args());
    } else if (s instanceof Stmt.Store st) {
      reads.add(st.value());
    } else if (s instanceof Stmt.ArrayStore st) {
      reads.add(st.array());
      reads.addAll(st.index());
      reads.add(st.value());
    } else if (s instanceof Stmt.ArrayAdd st) {
      reads.add(st.array());
      reads.addAll(st.index());
      reads.add(st.value());
    } else if (s instanceof Stmt.Push p) {
      reads.add(p.value());
    } else if (s instanceof Stmt.CheckLength c) {
      reads.add(c.actual());
      reads.add(c.expected());
    } else if (s instanceof Stmt.Throw t) {
      reads.addAll(t.text().args());
    } else if (s instanceof Stmt.Run r) {
      reads.addAll(r.text().args());
    } else if (s instanceof Stmt.Return r) {
      reads.add(r.value());
    } else if (s instanceof Stmt.If i) {
      reads.add(i.cond());
    } else if (s instanceof Stmt.While w) {
      reads.add(w.cond());
    }
    return reads;
  }

  /** The slot a statement loads or stores, or null. */
  public static Slot slot(Stmt s) {
    if (s instanceof Stmt.Store st) {
      return st.slot();
    }
    return s instanceof Stmt.Let let && let.op() instanceof Op.Load l ? l.slot() : null;
  }

  /** The blocks nested directly in a statement: an if's branches, a loop's header and body. */
  public static List<Block> nested(Stmt s) {
    if (s instanceof Stmt.If i) {
      return List.of(i.then(), i.otherwise());
    }
    if (s instanceof Stmt.While w) {
      return List.of(w.header(), w.body());
    }
    return List.of();
  }

  /** Whether a block never completes normally: it throws, or branches whose both sides do not complete normally. */
  public static boolean endsAbruptly(Block block) {
    return block.stmts().stream().anyMatch(Statements::neverCompletes);
  }

  /** Whether a statement never completes normally: a throw, or a branch whose both sides end abruptly. */
  public static boolean neverCompletes(Stmt s) {
    return s instanceof Stmt.Throw || s instanceof Stmt.If i && endsAbruptly(i.then()) && endsAbruptly(i.otherwise());
  }

  /** Whether a statement, or one nested in it, defines {@code v}. */
  public static boolean defines(Stmt s, Value v) {
    boolean[] found = {false};
    forEach(List.of(s), t -> found[0] |= t instanceof Stmt.Let let && let.result().equals(v));
    return found[0];
  }

  /** How many statements there are, counting those of nested blocks. */
  public static int count(List<Stmt> stmts) {
    int[] n = {0};
    forEach(stmts, s -> n[0]++);
    return n[0];
  }

  /** Visits every statement of the given statements and of the blocks nested in them, outer ones first. */
  public static void forEach(List<Stmt> stmts, Consumer<Stmt> visitor) {
    for (Stmt s : stmts) {
      visitor.accept(s);
      for (Block b : nested(s)) {
        forEach(b.stmts(), visitor);
      }
    }
  }
}
