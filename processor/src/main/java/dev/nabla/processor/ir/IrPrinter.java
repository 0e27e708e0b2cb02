package dev.nabla.processor.ir;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Prints a function's IR for people: one statement per line, nested blocks indented, values by hint and id
 * ({@code %x3}), slots likewise ({@code $sum4}), constants as literals and each definition's source line.
 */
public final class IrPrinter {
  private static final String MARK = ">> ";

  private final Function f;
  private final Stmt marked;
  private final StringBuilder out = new StringBuilder();

  private IrPrinter(Function f, Stmt marked) {
    this.f = f;
    this.marked = marked;
  }

  /** The whole function. */
  public static String print(Function f) {
    return print(f, null);
  }

  /** The whole function, with the line of {@code marked} (compared by identity) flagged by {@value #MARK}. */
  public static String print(Function f, Stmt marked) {
    IrPrinter p = new IrPrinter(f, marked);
    String parameters = f.parameterTypes().stream().map(t -> t == null ? "?" : t.javaName())
        .collect(Collectors.joining(", "));
    p.out.append(f.name()).append('(').append(parameters).append(") {\n");
    p.block(f.body(), 1);
    return p.out.append("}\n").toString();
  }

  /** One statement alone, its nested blocks left out: how a finding names the statement. */
  public static String statement(Function f, Stmt s) {
    return new IrPrinter(f, null).head(s);
  }

  private void block(Block block, int depth) {
    for (Stmt s : block.stmts()) {
      line(depth, head(s), s == marked);
      if (s instanceof Stmt.If i) {
        block(i.then(), depth + 1);
        if (!i.otherwise().stmts().isEmpty()) {
          line(depth, "} else {", false);
          block(i.otherwise(), depth + 1);
        }
        line(depth, "}", false);
      } else if (s instanceof Stmt.While w) {
        block(w.header(), depth + 1);
        line(depth, "} test " + name(w.cond()) + " do {", false);
        block(w.body(), depth + 1);
        line(depth, "}", false);
      }
    }
  }

  private void line(int depth, String text, boolean flagged) {
    out.append(flagged ? MARK : " ".repeat(MARK.length())).append("  ".repeat(depth)).append(text).append('\n');
  }

  /** A statement's own line: a definition with its type and source line, an opening brace for a control structure. */
  private String head(Stmt s) {
    if (s instanceof Stmt.Let let) {
      String line = let.origin().line() > 0 ? "  // line " + let.origin().line() : "";
      return let.result().type().javaName() + " " + let.result() + " = " + expression(let) + line;
    }
    if (s instanceof Stmt.Store st) {
      return st.slot() + " = " + name(st.value());
    }
    if (s instanceof Stmt.ArrayStore st) {
      return name(st.array()) + indices(st.index()) + " = " + name(st.value());
    }
    if (s instanceof Stmt.ArrayAdd st) {
      return name(st.array()) + indices(st.index()) + " += " + name(st.value());
    }
    if (s instanceof Stmt.If i) {
      return "if " + name(i.cond()) + " {";
    }
    if (s instanceof Stmt.While) {
      return "while {";
    }
    if (s instanceof Stmt.Push p) {
      return "push " + name(p.value());
    }
    if (s instanceof Stmt.CheckLength c) {
      return "check " + c.parameter() + ": " + name(c.actual()) + " == " + name(c.expected());
    }
    if (s instanceof Stmt.Throw t) {
      return "throw " + t.text().spell(this::name);
    }
    if (s instanceof Stmt.Run r) {
      return "run " + r.text().spell(this::name);
    }
    return "return " + name(((Stmt.Return) s).value());
  }

  private String expression(Stmt.Let let) {
    List<Value> a = let.args();
    Op op = let.op();
    if (op instanceof Op.Param p) {
      return "param " + p.index();
    }
    if (op instanceof Op.Prim p) {
      return primitive(p, a);
    }
    if (op instanceof Op.Load l) {
      return l.slot().toString();
    }
    if (op instanceof Op.ArrayLoad) {
      return name(a.get(0)) + indices(a.subList(1, a.size()));
    }
    if (op instanceof Op.Length) {
      return name(a.get(0)) + indices(a.subList(1, a.size())) + ".length";
    }
    if (op instanceof Op.NewArray) {
      return "new double" + indices(a);
    }
    if (op instanceof Op.Field s) {
      return (a.isEmpty() ? s.owner() : name(a.get(0))) + "." + s.name();
    }
    if (op instanceof Op.Passive p) {
      return "passive " + JavaText.join(p.pieces(), a.stream().map(this::name).toList());
    }
    if (op instanceof Op.TapeSize) {
      return "tape size";
    }
    return "pop " + ((Op.Pop) op).original();
  }

  private String primitive(Op.Prim p, List<Value> a) {
    Primitive q = p.primitive();
    if (q == Primitive.SELECT) {
      return name(a.get(0)) + " ? " + name(a.get(1)) + " : " + name(a.get(2));
    }
    if (q.isCall()) {
      List<String> args = a.stream().map(this::name).toList();
      return q.isMathFunction() && p.library() == MathLibrary.MATH ? q.symbol() + "(" + String.join(", ", args) + ")"
          : q.write(args, p.library());
    }
    if (a.size() == 1) {
      return q.symbol() + (q.symbol().startsWith("(") ? " " : "") + name(a.get(0));
    }
    if (a.size() > 2) {
      return q.symbol() + a.stream().map(this::name).collect(Collectors.joining(", ", "(", ")"));
    }
    return name(a.get(0)) + " " + q.symbol() + " " + name(a.get(1));
  }

  private String indices(List<Value> index) {
    return index.stream().map(i -> "[" + name(i) + "]").collect(Collectors.joining());
  }

  /** A value: its literal if it is a constant, else its hint and id. */
  private String name(Value v) {
    Object c = f.constants().get(v);
    if (c == null) {
      return v.toString();
    }
    return c instanceof Long ? c + "L" : String.valueOf(c);
  }
}
