package dev.nabla.processor.codegen;

import com.squareup.javapoet.CodeBlock;
import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a function's IR as the statements of a Java method body: one local per value, named after the user's
 * variables, mutable locals for slots, and a {@code Tape} where loops save values for their reverse sweep.
 */
final class JavaEmitter {
  private final Function f;
  private final Map<Value, String> names = new HashMap<>();
  private final Map<Slot, String> slotNames = new LinkedHashMap<>();
  private final Map<String, Integer> taken = new HashMap<>();
  private final CodeBlock.Builder code = CodeBlock.builder();
  private boolean usesTape;
  private long lastLine = -1;

  private final List<String> parameterNames;
  private final Map<Slot, String> slotInitial = new HashMap<>();

  JavaEmitter(Function f, List<String> parameterNames) {
    this.f = f;
    this.parameterNames = parameterNames;
    for (String p : parameterNames) {
      if (p != null) {
        taken.put(p, 1);
      }
    }
    taken.put("tape", 1);
    for (Stmt s : f.body().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Param p && parameterNames.get(p.index()) != null) {
        names.put(let.result(), parameterNames.get(p.index()));
      }
    }
  }

  /** The body of a method whose parameters have the given names (null where the method has no such parameter). */
  static CodeBlock body(Function f, List<String> parameterNames) {
    JavaEmitter e = new JavaEmitter(f, parameterNames);
    e.statements(f.body().stmts());
    return e.finish(true);
  }

  /** Declares a value computed elsewhere (restored from a spill array) under a fresh name. */
  void declareInput(Value v, String expression) {
    String n = fresh(v.hint());
    names.put(v, n);
    code.addStatement("$L $L = $L", v.type().javaName(), n, expression);
  }

  /** Declares a slot with the given initial value instead of its type's default. */
  void initializeSlot(Slot s, String expression) {
    slotInitial.put(s, expression);
    slot(s);
  }

  /** Adds a plain statement, written with names obtained from {@link #nameOf} and {@link #slot}. */
  void raw(String statement) {
    code.addStatement(statement);
  }

  void statements(List<Stmt> stmts) {
    for (Stmt s : stmts) {
      statement(s);
    }
  }

  String nameOf(Value v) {
    return name(v);
  }

  /** The code: slot declarations, the tape (when {@code ownsTape} and used), then the statements. */
  CodeBlock finish(boolean ownsTape) {
    CodeBlock.Builder out = CodeBlock.builder();
    for (Map.Entry<Slot, String> s : slotNames.entrySet()) {
      String initial = slotInitial.getOrDefault(s.getKey(), defaultValue(s.getKey().type()));
      out.addStatement("$L $L = $L", s.getKey().type().javaName(), s.getValue(), initial);
    }
    if (usesTape && ownsTape) {
      out.addStatement("Tape tape = new Tape()");
    }
    return out.add(code.build()).build();
  }

  /** Whether emitting this function needs the generated {@code Tape} class. */
  static boolean needsTape(Function f) {
    return usesTape(f);
  }

  static boolean usesTape(Function f) {
    return usesTape(f.body());
  }

  private static boolean usesTape(Block block) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Push) {
        return true;
      }
      if (s instanceof Stmt.If i && (usesTape(i.then()) || usesTape(i.otherwise()))) {
        return true;
      }
      if (s instanceof Stmt.While w && (usesTape(w.header()) || usesTape(w.body()))) {
        return true;
      }
    }
    return false;
  }

  private static String defaultValue(Type t) {
    return switch (t) {
      case DOUBLE -> "0.0";
      case INT -> "0";
      case LONG -> "0L";
      case BOOLEAN -> "false";
      default -> "null";
    };
  }

  private String fresh(String hint) {
    String base = hint.replaceAll("[^A-Za-z0-9_]", "");
    if (base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0)) || javax.lang.model.SourceVersion
        .isKeyword(base)) {
      base = "t" + base;
    }
    int n = taken.merge(base, 1, Integer::sum);
    return n == 1 ? base : base + n;
  }

  private String name(Value v) {
    Object c = f.constants().get(v);
    if (c != null) {
      return literal(c);
    }
    String n = names.get(v);
    if (n == null) {
      throw new IllegalStateException("no name for " + v);
    }
    return n;
  }

  String slot(Slot s) {
    return slotNames.computeIfAbsent(s, k -> fresh(k.hint()));
  }

  static String literal(Object c) {
    if (c instanceof Double d) {
      if (d.isNaN()) {
        return "Double.NaN";
      }
      if (d.isInfinite()) {
        return d > 0 ? "Double.POSITIVE_INFINITY" : "Double.NEGATIVE_INFINITY";
      }
      return d.toString();
    }
    if (c instanceof Long l) {
      return l + "L";
    }
    if (c == Builder.NULL) {
      return "null";
    }
    return c.toString();
  }

  private void comment(Stmt.Let let) {
    long line = let.origin().line();
    if (line > 0 && line != lastLine && !let.origin().text().isEmpty()) {
      code.add("// line $L: $L\n", line, let.origin().text().replace("*/", "* /"));
      lastLine = line;
    }
  }

  private void block(Block block) {
    for (Stmt s : block.stmts()) {
      statement(s);
    }
  }

  private void statement(Stmt s) {
    if (s instanceof Stmt.Let let) {
      let(let);
    } else if (s instanceof Stmt.Store st) {
      code.addStatement("$L = $L", slot(st.slot()), name(st.value()));
    } else if (s instanceof Stmt.ArrayStore st) {
      code.addStatement("$L$L = $L", name(st.array()), indices(st.index()), name(st.value()));
    } else if (s instanceof Stmt.ArrayAdd st) {
      code.addStatement("$L$L += $L", name(st.array()), indices(st.index()), name(st.value()));
    } else if (s instanceof Stmt.Push p) {
      usesTape = true;
      code.addStatement("tape.push($L)", name(p.value()));
    } else if (s instanceof Stmt.CheckLength c) {
      code.beginControlFlow("if ($L != $L)", name(c.actual()), name(c.expected()))
          .addStatement("throw new IllegalArgumentException($S + $L + $S + $L)", c.parameter() + " has length ",
              name(c.actual()), ", expected ", name(c.expected()))
          .endControlFlow();
    } else if (s instanceof Stmt.Return r) {
      code.addStatement("return $L", name(r.value()));
    } else if (s instanceof Stmt.If i) {
      if (i.then().stmts().isEmpty()) {
        code.beginControlFlow("if (!$L)", name(i.cond()));
        block(i.otherwise());
      } else {
        code.beginControlFlow("if ($L)", name(i.cond()));
        block(i.then());
        if (!i.otherwise().stmts().isEmpty()) {
          code.nextControlFlow("else");
          block(i.otherwise());
        }
      }
      code.endControlFlow();
    } else if (s instanceof Stmt.While w) {
      if (w.header().stmts().isEmpty()) {
        code.beginControlFlow("while ($L)", name(w.cond()));
      } else {
        code.beginControlFlow("while (true)");
        block(w.header());
        code.beginControlFlow("if (!$L)", name(w.cond())).addStatement("break").endControlFlow();
      }
      block(w.body());
      code.endControlFlow();
    }
  }

  private String indices(List<Value> index) {
    StringBuilder sb = new StringBuilder();
    for (Value i : index) {
      sb.append('[').append(name(i)).append(']');
    }
    return sb.toString();
  }

  private void let(Stmt.Let let) {
    Value v = let.result();
    Op op = let.op();
    if (op instanceof Op.Param p) {
      String n = parameterNames.get(p.index());
      if (n != null) {
        names.put(v, n);
      }
      return;
    }
    comment(let);
    String expression = expression(let);
    String n = fresh(v.hint());
    names.put(v, n);
    code.addStatement("$L $L = $L", v.type().javaName(), n, expression);
  }

  private String expression(Stmt.Let let) {
    Op op = let.op();
    List<String> a = new ArrayList<>();
    for (Value arg : let.args()) {
      a.add(name(arg));
    }
    if (op instanceof Op.Prim p) {
      return primitive(p, a);
    }
    if (op instanceof Op.Load l) {
      return slot(l.slot());
    }
    if (op instanceof Op.ArrayLoad) {
      return a.get(0) + indices(let.args().subList(1, let.args().size()));
    }
    if (op instanceof Op.Length) {
      return a.get(0) + (a.size() > 1 ? "[" + a.get(1) + "]" : "") + ".length";
    }
    if (op instanceof Op.NewArray) {
      return "new double" + indices(let.args());
    }
    if (op instanceof Op.StaticField s) {
      return s.owner() + "." + s.name();
    }
    usesTape = true;
    return switch (let.result().type()) {
      case DOUBLE -> "tape.popDouble()";
      case LONG -> "tape.popLong()";
      case BOOLEAN -> "tape.popBoolean()";
      default -> "tape.popInt()";
    };
  }

  private static String primitive(Op.Prim p, List<String> a) {
    Primitive prim = p.primitive();
    if (prim.isMathFunction()) {
      return (p.strict() ? "StrictMath." : "Math.") + prim.symbol() + "(" + String.join(", ", a) + ")";
    }
    return switch (prim) {
      case NEG -> "-" + operand(a.get(0));
      case NOT -> "!" + a.get(0);
      case SELECT -> a.get(0) + " ? " + a.get(1) + " : " + a.get(2);
      case TO_DOUBLE, TO_INT, TO_LONG -> prim.symbol() + " " + a.get(0);
      default -> a.get(0) + " " + prim.symbol() + " " + operand(a.get(1));
    };
  }

  /** A right operand, parenthesized when it is a negative literal (so that {@code a - -1.0} reads clearly). */
  private static String operand(String s) {
    return s.startsWith("-") ? "(" + s + ")" : s;
  }
}
