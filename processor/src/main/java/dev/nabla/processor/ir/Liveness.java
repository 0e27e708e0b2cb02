package dev.nabla.processor.ir;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** The values a function needs: those that statements other than definitions read, and what those are defined from. */
final class Liveness {
  private Liveness() {}

  /** The live values of {@code f}. */
  static Set<Value> of(Function f) {
    Map<Value, Stmt.Let> definitions = new HashMap<>();
    Deque<Value> pending = new ArrayDeque<>();
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        definitions.put(let.result(), let);
      } else {
        pending.addAll(Statements.reads(s));
      }
    });
    Set<Value> live = new HashSet<>();
    while (!pending.isEmpty()) {
      Value v = pending.pop();
      Stmt.Let let = definitions.get(v);
      if (live.add(v) && let != null) {
        pending.addAll(let.args());
      }
    }
    return live;
  }
}
