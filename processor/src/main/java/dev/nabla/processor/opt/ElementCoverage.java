package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
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
public final class ElementCoverage {
  private final Function f;

  private ElementCoverage(Function f) {
    this.f = f;
  }

  /** Whether {@code f} stores {@code array[i]} for every i below {@code length}. */
  public static boolean storesEveryElement(Function f, Value array, Value length) {
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

  /**
   * Whether a counted loop at the function's top level runs its counter from 0 up to the length by ones and stores
   * {@code array[counter]} at the top level of its body, so in every iteration.
   */
  private boolean storedByALoop(Value array, Value length) {
    CountedLoops loops = new CountedLoops(f);
    List<Stmt> top = f.body().stmts();
    for (int i = 0; i < top.size(); i++) {
      if (!(top.get(i) instanceof Stmt.While w)) {
        continue;
      }
      Map<Value, CountedLoops.Induction> inductions = loops.inductions(f.body(), i, w);
      CountedLoops.Counted counted = loops.counted(w, inductions);
      if (counted == null || counted.inclusive() || counted.offset() != 0 || counted.counter().step() != 1
          || !Integer.valueOf(0).equals(f.constants().get(counted.counter().start()))
          || !isLength(counted, array, length)) {
        continue;
      }
      for (Map.Entry<Value, CountedLoops.Induction> e : inductions.entrySet()) {
        if (e.getValue() == counted.counter() && w.body().stmts().stream().anyMatch(s -> s instanceof Stmt.ArrayStore st
            && st.array().equals(array) && st.index().equals(List.of(e.getKey())))) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a counted loop's bound is {@code length}, or {@code array.length} computed in its header. */
  private static boolean isLength(CountedLoops.Counted counted, Value array, Value length) {
    Stmt.Let computed = counted.header().get(counted.bound());
    return counted.bound().equals(length) || computed != null && computed.op() instanceof Op.Length
        && computed.args().equals(List.of(array));
  }
}
