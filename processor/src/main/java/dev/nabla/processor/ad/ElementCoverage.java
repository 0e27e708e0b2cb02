package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Recognizes an array of which the function stores every element, unconditionally: by a loop {@code for (int i = 0;
 * i < length; i++) { … a[i] = …; }} at the top level of the function, the store at the top level of the loop's body so
 * that it runs in every iteration (a {@code break} would have put it under a branch), or, for a length known at compile
 * time, by a store at each index at the top level of the function.
 */
final class ElementCoverage {
  private final Function f;

  private ElementCoverage(Function f) {
    this.f = f;
  }

  /** Whether {@code f} stores {@code array[i]} for every i below {@code length}. */
  static boolean storesEveryElement(Function f, Value array, Value length) {
    ElementCoverage c = new ElementCoverage(f);
    return c.storedAtEachIndex(array, length) || c.storedByALoop(array, length);
  }

  /** Whether the length is known and the function's top level stores the array at every index below it. */
  private boolean storedAtEachIndex(Value array, Value length) {
    Set<Object> indices = new HashSet<>();
    for (Stmt s : f.body().stmts()) {
      if (s instanceof Stmt.ArrayStore st && st.array().equals(array)) {
        indices.add(f.constants().get(st.index().get(0)));
      }
    }
    return f.constants().get(length) instanceof Integer known && IntStream.range(0, known).allMatch(indices::contains);
  }

  /** Whether a loop at the function's top level stores the array at every index below the length. */
  private boolean storedByALoop(Value array, Value length) {
    Map<Slot, Value> stored = new HashMap<>();
    for (Stmt s : f.body().stmts()) {
      if (s instanceof Stmt.While w && covers(w, array, length, stored.get(counter(w)))) {
        return true;
      }
      // what a slot holds is known from a store at the top level, and unknown after one in a nested block
      Statements.forEach(List.of(s), t -> {
        if (t instanceof Stmt.Store st) {
          stored.put(st.slot(), t == s ? st.value() : null);
        }
      });
    }
    return false;
  }

  /** The slot a loop's header tests, or null unless the header is just {@code counter < bound}. */
  private static Slot counter(Stmt.While w) {
    List<Stmt> header = w.header().stmts();
    return !header.isEmpty() && header.get(0) instanceof Stmt.Let load && load.op() instanceof Op.Load l
        && header.get(header.size() - 1) instanceof Stmt.Let test && test.result().equals(w.cond())
        && test.op() instanceof Op.Prim p && p.primitive() == Primitive.LT && test.args().get(0).equals(load.result())
        ? l.slot() : null;
  }

  /** Whether a loop's header compares its counter with {@code length}, or with {@code array.length} it computes. */
  private static boolean boundIsLength(Stmt.While w, Value array, Value length) {
    List<Stmt> header = w.header().stmts();
    Value bound = ((Stmt.Let) header.get(header.size() - 1)).args().get(1);
    return header.size() == 2 ? bound.equals(length) : header.size() == 3 && header.get(1) instanceof Stmt.Let let
        && let.result().equals(bound) && let.op() instanceof Op.Length && let.args().equals(List.of(array));
  }

  /**
   * Whether loop {@code w} counts from {@code start} = 0 up to the array's length by ones and stores {@code array[i]}
   * in every iteration: its counter is loaded at the top level of the body, used as the index, and stored once, after
   * that, as the load plus one.
   */
  private boolean covers(Stmt.While w, Value array, Value length, Value start) {
    Slot counter = counter(w);
    if (counter == null || !boundIsLength(w, array, length) || !Integer.valueOf(0).equals(f.constants().get(start))) {
      return false;
    }
    int[] stores = {0};
    Statements.forEach(w.body().stmts(), s -> stores[0] += s instanceof Stmt.Store st && st.slot().equals(counter)
        ? 1 : 0);
    Value index = null;
    boolean written = false;
    for (Stmt s : w.body().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load l && l.slot().equals(counter) && index == null) {
        index = let.result();
      } else if (s instanceof Stmt.ArrayStore st && st.array().equals(array) && index != null
          && st.index().equals(List.of(index))) {
        written = true;
      } else if (s instanceof Stmt.Store st && st.slot().equals(counter)) {
        return stores[0] == 1 && written && isIncrement(st.value(), index);
      }
    }
    return false;
  }

  /** Whether {@code v} is defined as {@code index + 1} at the top level of the function's loops. */
  private boolean isIncrement(Value v, Value index) {
    boolean[] found = {false};
    Statements.forEach(f.body().stmts(), s -> found[0] |= s instanceof Stmt.Let let && let.result().equals(v)
        && let.op() instanceof Op.Prim p && p.primitive() == Primitive.ADD && let.args().get(0).equals(index)
        && Integer.valueOf(1).equals(f.constants().get(let.args().get(1))));
    return found[0];
  }
}
