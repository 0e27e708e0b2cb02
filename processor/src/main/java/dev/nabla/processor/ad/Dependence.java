package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Which values depend on the point through any operation, also those without a derivative (comparisons, casts to
 * int, code kept as written): a value depends on it when {@code base} says so, or when it is computed or loaded from
 * one that does, other than by a test such as {@code Double.isNaN} that gives the same at every finite point.
 */
final class Dependence {
  private final Predicate<Value> base;
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();
  private final Map<Slot, List<Value>> stores = new HashMap<>();
  private final Map<Value, Boolean> memo = new HashMap<>();

  Dependence(Function f, Predicate<Value> base) {
    this.base = base;
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        definitions.put(let.result(), let);
      } else if (s instanceof Stmt.Store st) {
        stores.computeIfAbsent(st.slot(), k -> new ArrayList<>()).add(st.value());
      }
    });
  }

  boolean on(Value v) {
    if (base.test(v)) {
      return true;
    }
    Boolean known = memo.get(v);
    if (known != null) {
      return known;
    }
    memo.put(v, false);
    Stmt.Let let = definitions.get(v);
    boolean result = false;
    if (let != null && let.op() instanceof Op.Prim p && p.primitive().isConstantOnFiniteValues()) {
      result = false;
    } else if (let != null && (let.op() instanceof Op.Prim || let.op() instanceof Op.Passive)) {
      result = let.args().stream().anyMatch(this::on);
    } else if (let != null && let.op() instanceof Op.Load l) {
      result = stores.getOrDefault(l.slot(), List.of()).stream().anyMatch(this::on);
    }
    memo.put(v, result);
    return result;
  }
}
