package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints programs as the Java source of one class, remembering the line of every {@link Raw} marker. */
final class Printer {
  /**
   * The tape limits of the programs' {@code @Differentiable} methods, by program id: the default, and limits that make
   * the gradients of their loops checkpointed from the first iteration or after a few.
   */
  private static final String[] TAPE_LIMITS = {"", "(tapeLimit = 0)", "(tapeLimit = 5)", "(tapeLimit = 64)"};
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
        p.method(m, prog.id());
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

  /** The name of the record nested in {@link #recordType}, declared just before it. */
  static String innerRecordType(Method m, Param p) {
    return m.name() + "_" + p.name() + "Inner";
  }

  /** The name of the record type the method {@code method} returns, if it returns one. */
  static String resultType(String method) {
    return method + "_Result";
  }

  /** The name of the passive class whose object the method {@code method} takes, if it takes one. */
  static String modelType(String method) {
    return method + "_Model";
  }

  /** The parameter of a model's method, and its final field. */
  static final String MODEL_ARG = "a";
  static final String MODEL_FIELD = "b";

  String source() {
    return out.toString();
  }

  private void ln(String s) {
    out.append(s).append('\n');
    line++;
  }

  void method(Method m, int programId) {
    if (m.role() == Role.MODEL) {
      model(m);
      return;
    }
    List<String> ps = new ArrayList<>();
    for (Param p : m.params()) {
      String type = switch (p.kind()) {
        case D -> "double";
        case A -> "double[]";
        case M -> "double[][]";
        case I -> "int";
        case R -> recordType(m, p);
        case O -> modelType(m.name());
      };
      if (p.kind() == Kind.R) {
        List<String> components = doubles(p.rows() - Math.max(0, p.cols() - 1));
        if (p.cols() > 0) {
          record(innerRecordType(m, p), doubles(p.cols()));
          components.set(1, innerRecordType(m, p) + " c1");
        }
        record(type, components);
      }
      ps.add((p.noDeriv() ? "@NoDerivative " : "") + type + " " + p.name());
    }
    String result = m.vector() ? "double[] " : "double ";
    if (m.body().stmts().stream().reduce((a, b) -> b).orElse(null) instanceof ReturnNew r && r.record() != null) {
      record(r.record(), doubles(r.elems().size()));
      result = r.record() + " ";
    }
    ln("");
    if (m.role() == Role.DIFFERENTIABLE) {
      ln("  @Differentiable" + TAPE_LIMITS[programId % TAPE_LIMITS.length]);
    }
    String modifiers = switch (m.role()) {
      case DIFFERENTIABLE -> m.instance() ? "public " : "public static ";
      case PLAIN -> "private static ";
      case RULED, MODEL -> "static ";
    };
    String signature = "(" + String.join(", ", ps) + ") {";
    ln("  " + modifiers + result + m.name() + signature);
    block(m.body(), "    ");
    ln("  }");
    if (m.role() == Role.RULED) {
      for (int i = 0; i < m.params().size(); i++) {
        String wrt = m.params().get(i).name();
        rule("method = \"" + m.name() + "\", wrt = " + i, m.name() + "D" + wrt + signature,
            partial(m, wrt, Map.of()));
      }
    }
  }

  /** {@code double c0, …}: the components of a record of {@code n} doubles. */
  private static List<String> doubles(int n) {
    List<String> components = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      components.add("double c" + i);
    }
    return components;
  }

  private void record(String type, List<String> components) {
    ln("");
    ln("  record " + type + "(" + String.join(", ", components) + ") {}");
  }

  /**
   * A passive class with a final field {@code b} and the method {@code double eval(double a)}, and the
   * {@code @DerivativeOf} rule of that method, which takes the receiver first.
   */
  private void model(Method m) {
    ln("");
    ln("  static final class " + m.name() + " {");
    ln("    final double " + MODEL_FIELD + ";");
    ln("");
    ln("    " + m.name() + "(double " + MODEL_FIELD + ") {");
    ln("      this." + MODEL_FIELD + " = " + MODEL_FIELD + ";");
    ln("    }");
    ln("");
    ln("    double eval(double " + MODEL_ARG + ") {");
    block(m.body(), "      ");
    ln("    }");
    ln("  }");
    rule("type = " + m.name() + ".class, method = \"eval\"",
        m.name() + "Partial(" + m.name() + " self, double " + MODEL_ARG + ") {",
        partial(m, MODEL_ARG, Map.of(MODEL_FIELD, "self." + MODEL_FIELD)));
  }

  /**
   * The partial derivative with respect to {@code wrt} of what {@code m}'s body returns last, its variables renamed as
   * {@code renamed} says; null if the shrinker removed the return (the program no longer compiles, rules or not).
   */
  private static Expr partial(Method m, String wrt, Map<String, String> renamed) {
    Expr result = null;
    for (Stmt s : m.body().stmts()) {
      if (s instanceof Return r) {
        result = r.e();
      }
    }
    return result == null ? null : (Expr) renamed(Partials.of(result, wrt), renamed);
  }

  /** {@code n} with its variables renamed as {@code renamed} says. */
  private static Node renamed(Node n, Map<String, String> renamed) {
    if (n instanceof DVar v) {
      return new DVar(renamed.getOrDefault(v.name(), v.name()));
    }
    List<Node> children = n.children().stream().map(c -> renamed(c, renamed)).toList();
    return children.isEmpty() ? n : n.with(children);
  }

  /** A {@code @DerivativeOf} rule with the annotation's {@code elements}, its {@code header} and its result. */
  private void rule(String elements, String header, Expr partial) {
    if (partial == null) {
      return;
    }
    ln("");
    ln("  @DerivativeOf(" + elements + ")");
    ln("  static double " + header);
    ln("    return " + expr(partial) + ";");
    ln("  }");
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
    } else if (s instanceof ReturnNew r && r.record() != null) {
      ln(ind + "return new " + r.record() + "(" + exprs(r.elems()) + ");");
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
      return c.rec() + String.join("", c.path().stream().map(i -> ".c" + i + "()").toList());
    } else if (e instanceof ObjCall c) {
      return c.obj() + ".eval(" + expr(c.arg()) + ")";
    } else if (e instanceof LogSumExp l) {
      return "dev.nabla.SpecialFunctions.logSumExp(" + l.arr() + ")";
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
