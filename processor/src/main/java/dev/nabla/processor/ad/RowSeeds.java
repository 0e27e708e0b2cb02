package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The seeds of a sweep for Jacobian rows: in a vector function's cotangent dot product, the values that depend on the
 * cotangent are computed in each direction where they are read, with that direction's unit row as the cotangent.
 */
final class RowSeeds {
  private final Builder b;
  private final Value cotangent;
  private final int knownRows;
  /** The values that depend on the cotangent (the cotangent among them), with their definitions. */
  private final Set<Value> seeded;
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();
  private Directions.Units rows;

  private RowSeeds(Builder b, Function dot, Value cotangent, int knownRows) {
    this.b = b;
    this.cotangent = cotangent;
    this.knownRows = knownRows;
    this.seeded = cotangent == null ? Set.of() : dependents(dot, cotangent);
  }

  /** No seeds: a sweep of a scalar function. */
  static RowSeeds none(Builder b) {
    return new RowSeeds(b, null, null, -1);
  }

  /**
   * The seeds of cotangent dot product {@code dot}, whose last parameter is the cotangent, emitted with {@code b};
   * {@code knownRows} is the number of rows when it is known at compile time, else negative.
   */
  static RowSeeds of(Builder b, Function dot, int knownRows) {
    int last = dot.parameterTypes().size() - 1;
    return new RowSeeds(b, dot, ((Stmt.Let) dot.body().stmts().get(last)).result(), knownRows);
  }

  /** The values of {@code f} that depend on {@code seed}, also through the slots they are stored in. */
  private Set<Value> dependents(Function f, Value seed) {
    Set<Value> found = new HashSet<>(Set.of(seed));
    Set<Slot> slots = new HashSet<>();
    int before = -1;
    while (found.size() + slots.size() != before) {
      before = found.size() + slots.size();
      Statements.forEach(f.body().stmts(), s -> {
        if (s instanceof Stmt.Let let && (let.args().stream().anyMatch(found::contains)
            || let.op() instanceof Op.Load l && slots.contains(l.slot()))) {
          found.add(let.result());
          definitions.put(let.result(), let);
        } else if (s instanceof Stmt.Store st && found.contains(st.value())) {
          slots.add(st.slot());
        }
      });
    }
    return found;
  }

  /** The values that depend on the cotangent: never saved, since each direction computes them where it reads them. */
  Set<Value> values() {
    return seeded;
  }

  /** Whether a source value depends on the cotangent. */
  boolean contains(Value v) {
    return seeded.contains(v);
  }

  /**
   * Sets the rows the sweep's {@code width} directions write: rows {@code first …} of the caller's {@code jacobian},
   * whose length is the number of rows unless that is known at compile time.
   */
  void startRows(Value first, Value jacobian, int width) {
    rows = new Directions.Units(b, first, knownRows >= 0 ? b.constant(knownRows) : b.length(jacobian, null), width);
  }

  /** The row direction {@code w} writes: {@code first + w}. */
  Value row(int w) {
    return rows.column(w);
  }

  /**
   * A seeded value along direction {@code w}, where the cotangent is that direction's unit row: its entries become the
   * seeds, and the arithmetic on them is emitted again with its other operands as {@code reverse} gives them.
   */
  Value value(Value v, int w, UnaryOperator<Value> reverse) {
    Stmt.Let let = definitions.get(v);
    if (let.op() instanceof Op.ArrayLoad && let.args().get(0).equals(cotangent)) {
      return rows.seed(b, w, reverse.apply(let.args().get(1)));
    }
    Op.Prim p = (Op.Prim) let.op();
    List<Value> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(reverse.apply(a));
    }
    return b.prim(p.primitive(), p.library(), args);
  }
}
