package dev.nabla.processor.ir;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Renders the expression a value computes as one line over parameter hints, slot loads ({@code $s}) and literals, so
 * that a pass-level test can state the shape a rewrite must produce without the ids the printer shows.
 */
public final class Shapes {
  private final Function f;
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();

  private Shapes(Function f) {
    this.f = f;
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        definitions.put(let.result(), let);
      }
    });
  }

  /** The shape of what {@code f} returns, e.g. {@code (x - y)} or {@code -(x * y)}. */
  public static String ofResult(Function f) {
    return new Shapes(f).of(f.result());
  }

  /** How many definitions in {@code f} apply {@code p}. */
  public static long count(Function f, Primitive p) {
    return new Shapes(f).definitions.values().stream()
        .filter(let -> let.op() instanceof Op.Prim q && q.primitive() == p).count();
  }

  private String of(Value v) {
    Object c = f.constants().get(v);
    if (c != null) {
      return c instanceof Long ? c + "L" : String.valueOf(c);
    }
    Stmt.Let let = definitions.get(v);
    if (let.op() instanceof Op.Load l) {
      return "$" + l.slot().hint();
    }
    if (!(let.op() instanceof Op.Prim p)) {
      return v.hint();
    }
    Primitive q = p.primitive();
    if (q == Primitive.SELECT) {
      return "(" + of(let.args().get(0)) + " ? " + of(let.args().get(1)) + " : " + of(let.args().get(2)) + ")";
    }
    if (q.isMathFunction()) {
      return q.symbol() + let.args().stream().map(this::of).collect(Collectors.joining(", ", "(", ")"));
    }
    if (let.args().size() == 1) {
      return q.symbol() + (q.symbol().startsWith("(") ? " " : "") + of(let.args().get(0));
    }
    return "(" + of(let.args().get(0)) + " " + q.symbol() + " " + of(let.args().get(1)) + ")";
  }
}
