package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Prints programs as the Java source of one class, remembering the line of every {@link Raw} marker. */
final class Printer {
  private final StringBuilder out = new StringBuilder();
  private final String className;
  private int line = 1;
  /** Lines of the marked {@link Raw} statements, in printing order. */
  final List<Integer> markers = new ArrayList<>();
  /** First line of every program, to its id. */
  final java.util.TreeMap<Integer, Integer> starts = new java.util.TreeMap<>();

  private Printer(String className) {
    this.className = className;
  }

  /** The id of the program printed at {@code line}, or -1. */
  int programAt(long line) {
    var e = starts.floorEntry((int) line);
    return e == null ? -1 : e.getValue();
  }

  /** The whole class {@code package p; ... class name { programs }}, with extra member declarations. */
  static Printer classOf(String name, List<Program> programs, String extraMembers) {
    Printer p = new Printer(name);
    p.ln("package p;");
    p.ln("");
    p.ln("import dev.nabla.DerivativeOf;");
    p.ln("import dev.nabla.Differentiable;");
    p.ln("import dev.nabla.NoDerivative;");
    p.ln("");
    p.ln("public class " + name + " {");
    p.ln("  static final java.util.concurrent.atomic.DoubleAdder SINK = new java.util.concurrent.atomic"
        + ".DoubleAdder();");
    for (String m : extraMembers.split("\n")) {
      if (!m.isBlank()) {
        p.ln("  " + m);
      }
    }
    p.fields(programs);
    for (Program prog : programs) {
      p.starts.put(p.line, prog.id());
      for (Method m : prog.methods()) {
        p.method(m);
      }
    }
    p.ln("}");
    return p;
  }

  /** The programs' instance fields and the constructor that sets them. */
  private void fields(List<Program> programs) {
    List<Field> fields = programs.stream().flatMap(prog -> prog.fields().stream()).toList();
    for (Field f : fields) {
      ln("  " + (f.hidden() ? "private " : "") + "final double" + (f.array() ? "[] " : " ") + f.name() + ";");
    }
    ln("");
    ln("  public " + className + "() {");
    for (Field f : fields) {
      String values = String.join(", ", f.values().stream().map(Printer::num).toList());
      ln("    " + f.name() + " = " + (f.array() ? "new double[] {" + values + "}" : values) + ";");
    }
    ln("  }");
  }

  /** The name of the record type of parameter {@code p} of {@code m}, declared just before {@code m}. */
  static String recordType(Method m, Param p) {
    return m.name() + "_" + p.name() + "Record";
  }

  String source() {
    return out.toString();
  }

  private void ln(String s) {
    out.append(s).append('\n');
    line++;
  }

  void method(Method m) {
    List<String> ps = new ArrayList<>();
    for (Param p : m.params()) {
      String type = switch (p.kind()) {
        case D -> "double";
        case A -> "double[]";
        case M -> "double[][]";
        case I -> "int";
        case R -> recordType(m, p);
      };
      if (p.kind() == Kind.R) {
        List<String> components = new ArrayList<>();
        for (int i = 0; i < p.rows(); i++) {
          components.add("double c" + i);
        }
        ln("");
        ln("  record " + type + "(" + String.join(", ", components) + ") {}");
      }
      ps.add((p.noDeriv() ? "@NoDerivative " : "") + type + " " + p.name());
    }
    ln("");
    if (m.role() == Role.DIFFERENTIABLE) {
      ln("  @Differentiable");
    }
    String modifiers = switch (m.role()) {
      case DIFFERENTIABLE -> m.instance() ? "public " : "public static ";
      case PLAIN -> "private static ";
      case RULED -> "static ";
    };
    String signature = "(" + String.join(", ", ps) + ") {";
    ln("  " + modifiers + (m.vector() ? "double[] " : "double ") + m.name() + signature);
    block(m.body(), "    ");
    ln("  }");
    if (m.role() == Role.RULED) {
      rules(m, signature);
    }
  }

  /** The {@code @DerivativeOf} rules of a ruled helper: the partials of what its body returns last. */
  private void rules(Method m, String signature) {
    Expr result = null;
    for (Stmt s : m.body().stmts()) {
      if (s instanceof Return r) {
        result = r.e();
      }
    }
    if (result == null) {
      return; // the shrinker removed the return: the program no longer compiles, rules or not
    }
    for (int i = 0; i < m.params().size(); i++) {
      String wrt = m.params().get(i).name();
      ln("");
      ln("  @DerivativeOf(method = \"" + m.name() + "\", wrt = " + i + ")");
      ln("  static double " + m.name() + "D" + wrt + signature);
      ln("    return " + expr(Partials.of(result, wrt)) + ";");
      ln("  }");
    }
  }

  private void block(Block b, String ind) {
    for (Stmt s : b.stmts()) {
      stmt(s, ind);
    }
  }

  private void stmt(Stmt s, String ind) {
    if (s instanceof DeclD d) {
      ln(ind + "double " + d.name() + " = " + expr(d.e()) + ";");
    } else if (s instanceof Assign a) {
      ln(ind + a.name() + " " + a.op() + " " + expr(a.e()) + ";");
    } else if (s instanceof IncD i) {
      ln(ind + i.name() + i.op() + ";");
    } else if (s instanceof AWrite w) {
      ln(ind + w.arr() + "[" + iexpr(w.idx()) + "] " + w.op() + " " + expr(w.e()) + ";");
    } else if (s instanceof MWrite w) {
      ln(ind + w.mat() + "[" + iexpr(w.i()) + "][" + iexpr(w.j()) + "] " + w.op() + " " + expr(w.e()) + ";");
    } else if (s instanceof DeclArr d) {
      ln(ind + "double[] " + d.name() + " = new double[" + iexpr(d.size()) + "];");
    } else if (s instanceof DeclArrInit d) {
      ln(ind + "double[] " + d.name() + " = {" + exprs(d.elems()) + "};");
    } else if (s instanceof DeclMat d) {
      ln(ind + "double[][] " + d.name() + " = new double[" + iexpr(d.rows()) + "][" + iexpr(d.cols()) + "];");
    } else if (s instanceof DeclI d) {
      ln(ind + "int " + d.name() + " = " + iexpr(d.e()) + ";");
    } else if (s instanceof IInc i) {
      ln(ind + i.name() + "++;");
    } else if (s instanceof Log l) {
      ln(ind + "SINK.add(" + expr(l.e()) + ");");
    } else if (s instanceof If f) {
      ln(ind + "if (" + cond(f.c()) + ") {");
      block(f.then(), ind + "  ");
      if (f.els().stmts().isEmpty()) {
        ln(ind + "}");
      } else {
        ln(ind + "} else {");
        block(f.els(), ind + "  ");
        ln(ind + "}");
      }
    } else if (s instanceof For f) {
      ln(ind + "for (int " + f.var() + " = " + iexpr(f.from()) + "; " + f.var() + " < " + iexpr(f.to()) + "; "
          + f.var() + "++) {");
      block(f.body(), ind + "  ");
      ln(ind + "}");
    } else if (s instanceof ForEach f) {
      ln(ind + "for (double " + f.var() + " : " + f.arr() + ") {");
      block(f.body(), ind + "  ");
      ln(ind + "}");
    } else if (s instanceof While w) {
      ln(ind + "while (" + cond(w.c()) + ") {");
      block(w.body(), ind + "  ");
      ln(ind + "}");
    } else if (s instanceof DoWhile w) {
      ln(ind + "do {");
      block(w.body(), ind + "  ");
      ln(ind + "} while (" + cond(w.c()) + ");");
    } else if (s instanceof Switch w) {
      ln(ind + "switch (" + iexpr(w.selector()) + ") {");
      for (Case c : w.cases()) {
        List<String> labels = c.labels().stream().map(String::valueOf).toList();
        ln(ind + "  " + (labels.isEmpty() ? "default:" : "case " + String.join(", ", labels) + ":"));
        block(c.body(), ind + "    ");
        if (c.breaks()) {
          ln(ind + "    break;");
        }
      }
      ln(ind + "}");
    } else if (s instanceof Break) {
      ln(ind + "break;");
    } else if (s instanceof Continue) {
      ln(ind + "continue;");
    } else if (s instanceof Return r) {
      ln(ind + "return " + expr(r.e()) + ";");
    } else if (s instanceof Throw t) {
      ln(ind + "throw new IllegalArgumentException(\"" + t.message() + "\" + " + expr(t.e()) + ");");
    } else if (s instanceof ReturnArr r) {
      ln(ind + "return " + r.name() + ";");
    } else if (s instanceof ReturnNew r) {
      ln(ind + "return new double[] {" + exprs(r.elems()) + "};");
    } else if (s instanceof Raw r) {
      if (r.marker()) {
        markers.add(line);
      }
      ln(ind + r.text());
    } else {
      throw new IllegalArgumentException(s.toString());
    }
  }

  private static String exprs(List<Expr> es) {
    List<String> parts = new ArrayList<>();
    for (Expr e : es) {
      parts.add(expr(e));
    }
    return String.join(", ", parts);
  }

  static String num(double v) {
    String s = Double.toString(v);
    return v < 0 || (v == 0 && 1 / v < 0) ? "(" + s + ")" : s;
  }

  static String expr(Expr e) {
    if (e instanceof Num n) {
      return num(n.v());
    } else if (e instanceof DVar v) {
      return v.name();
    } else if (e instanceof IntD i) {
      return iexpr(i.e());
    } else if (e instanceof ARead r) {
      return r.arr() + "[" + iexpr(r.idx()) + "]";
    } else if (e instanceof MRead r) {
      return r.mat() + "[" + iexpr(r.i()) + "][" + iexpr(r.j()) + "]";
    } else if (e instanceof Neg n) {
      return "-(" + expr(n.a()) + ")";
    } else if (e instanceof Bin b) {
      // Two int operands would make Java use int arithmetic; the AST means double arithmetic.
      String left = b.a() instanceof IntD && b.b() instanceof IntD ? "(double) " + expr(b.a()) : expr(b.a());
      return "(" + left + " " + b.op() + " " + expr(b.b()) + ")";
    } else if (e instanceof Fn f) {
      return PrimitiveOracle.call(f.fn(), f.library(), f.args().stream().map(Printer::expr).toList());
    } else if (e instanceof Tern t) {
      return "(" + cond(t.c()) + " ? " + expr(t.a()) + " : " + expr(t.b()) + ")";
    } else if (e instanceof UCall c) {
      List<String> parts = new ArrayList<>();
      for (Node a : c.args()) {
        parts.add(a instanceof ArrRef r ? r.name() : expr((Expr) a));
      }
      return c.method() + "(" + String.join(", ", parts) + ")";
    } else if (e instanceof Comp c) {
      return c.rec() + ".c" + c.index() + "()";
    }
    throw new IllegalArgumentException(e.toString());
  }

  /**
   * Whether Java types the printed expression as an {@code int}: a counter, its negation, a choice between ints, int
   * arithmetic the printing leaves uncast, {@code Math.abs}, {@code max} or {@code min} of ints.
   */
  static boolean isInt(Expr e) {
    if (e instanceof IntD) {
      return true;
    } else if (e instanceof Neg n) {
      return isInt(n.a());
    } else if (e instanceof Tern t) {
      return isInt(t.a()) && isInt(t.b());
    } else if (e instanceof Bin b) {
      return isInt(b.a()) && isInt(b.b()) && !(b.a() instanceof IntD && b.b() instanceof IntD);
    } else if (e instanceof Fn f) {
      return Libraries.takesInts(f.fn()) && f.args().stream().allMatch(Printer::isInt);
    }
    return false;
  }

  static String iexpr(IExpr e) {
    if (e instanceof IConst c) {
      return Integer.toString(c.v());
    } else if (e instanceof IVar v) {
      return v.name();
    } else if (e instanceof IBin b) {
      return "(" + iexpr(b.a()) + " " + b.op() + " " + iexpr(b.b()) + ")";
    } else if (e instanceof ILen l) {
      return l.arr() + ".length";
    } else if (e instanceof IRows r) {
      return r.mat() + ".length";
    } else if (e instanceof ICols c) {
      return c.mat() + "[0].length";
    }
    throw new IllegalArgumentException(e.toString());
  }

  static String cond(Cond c) {
    if (c instanceof Cmp m) {
      return expr(m.a()) + " " + m.op() + " " + expr(m.b());
    } else if (c instanceof ICmp m) {
      return iexpr(m.a()) + " " + m.op() + " " + iexpr(m.b());
    } else if (c instanceof And a) {
      return "(" + cond(a.a()) + (a.or() ? " || " : " && ") + cond(a.b()) + ")";
    } else if (c instanceof Compare m) {
      return "Double.compare(" + expr(m.a()) + ", " + expr(m.b()) + ") " + m.op() + " 0";
    } else if (c instanceof Not n) {
      return "!(" + cond(n.a()) + ")";
    }
    throw new IllegalArgumentException(c.toString());
  }

  static String format(double v) {
    return String.format(Locale.ROOT, "%.17g", v);
  }
}
