package dev.nabla.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.JavaText;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a function's IR as the statements of a Java method body: one local per value, named after the user's
 * variables, mutable locals for slots, and a {@code Tape} where loops save values for their reverse sweep.
 */
final class JavaEmitter {
  private final Function f;
  private final Map<Value, String> names = new HashMap<>();
  private final Map<Slot, String> slotNames = new LinkedHashMap<>();
  private final NameAllocator allocator;
  private final FieldHandles handles;
  private final CodeBlock.Builder code = CodeBlock.builder();
  private boolean usesTape;
  private long lastLine = -1;

  private final List<String> parameterNames;
  private final Map<Slot, String> slotInitial = new HashMap<>();
  private final Set<Slot> declaredInline = new HashSet<>();
  private final Map<Slot, String> inlineSlots = new HashMap<>();

  /**
   * An emitter naming values with {@code allocator}, the generated method's, after its parameters' names; it reads
   * the fields the class cannot name through {@code handles}.
   */
  JavaEmitter(Function f, List<String> parameterNames, NameAllocator allocator, FieldHandles handles) {
    this.f = f;
    this.parameterNames = parameterNames;
    this.allocator = allocator;
    this.handles = handles;
    for (String p : parameterNames) {
      if (p != null) {
        allocator.reserve(p);
      }
    }
    for (Stmt s : f.body().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Param p && parameterNames.get(p.index()) != null) {
        names.put(let.result(), parameterNames.get(p.index()));
      }
    }
  }

  /** The body of a method whose parameters have the given names (null where the method has no such parameter). */
  static CodeBlock body(Function f, List<String> parameterNames, NameAllocator allocator, FieldHandles handles) {
    JavaEmitter e = new JavaEmitter(f, parameterNames, allocator, handles);
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

  /** Emits top-level statements; a slot whose first use is a store here is declared at that store. */
  void statements(List<Stmt> stmts) {
    Set<Slot> seen = new HashSet<>(slotNames.keySet());
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Store st && seen.add(st.slot())) {
        declaredInline.add(st.slot());
      } else {
        collectSlots(s, seen);
      }
    }
    for (Stmt s : stmts) {
      if (s instanceof Stmt.Store st && declaredInline.remove(st.slot())) {
        code.addStatement("$L $L = $L", st.slot().type().javaName(), inlineSlotName(st.slot()), name(st.value()));
      } else {
        statement(s);
        if (Statements.neverCompletes(s)) {
          return;
        }
      }
    }
  }

  private String inlineSlotName(Slot s) {
    String n = fresh(s.hint());
    inlineSlots.put(s, n);
    return n;
  }

  private static void collectSlots(Stmt s, Set<Slot> seen) {
    Statements.forEach(List.of(s), t -> {
      Slot slot = Statements.slot(t);
      if (slot != null) {
        seen.add(slot);
      }
    });
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
      return out.addStatement("Tape tape = Tape.acquire()")
          .beginControlFlow("try")
          .add(code.build())
          .nextControlFlow("finally")
          .addStatement("tape.release()")
          .endControlFlow()
          .build();
    }
    return out.add(code.build()).build();
  }

  /** Whether emitting this function needs the generated {@code Tape} class. */
  static boolean usesTape(Function f) {
    boolean[] found = {false};
    Statements.forEach(f.body().stmts(), s -> found[0] |= s instanceof Stmt.Push
        || s instanceof Stmt.Let let && let.op() instanceof Op.TapeSize);
    return found[0];
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
    return allocator.fresh(hint);
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
    String inline = inlineSlots.get(s);
    return inline != null ? inline : slotNames.computeIfAbsent(s, k -> fresh(k.hint()));
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

  /** Emits a block's statements up to the first that never completes normally: Java rejects code after it. */
  private void block(Block block) {
    for (Stmt s : block.stmts()) {
      statement(s);
      if (Statements.neverCompletes(s)) {
        return;
      }
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
    } else if (s instanceof Stmt.Throw t) {
      code.addStatement("throw $L", t.text().spell(this::name));
    } else if (s instanceof Stmt.Run r) {
      code.addStatement("$L", r.text().spell(this::name));
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
      String condition = headerExpression(w);
      if (condition != null) {
        code.beginControlFlow("while ($L)", condition);
      } else {
        code.beginControlFlow("while (true)");
        block(w.header());
        code.beginControlFlow("if (!$L)", name(w.cond())).addStatement("break").endControlFlow();
      }
      block(w.body());
      code.endControlFlow();
    }
  }

  /**
   * The loop condition as one expression, when the header only computes it from single-use loads and operators;
   * otherwise null.
   */
  private String headerExpression(Stmt.While w) {
    Map<Value, Stmt.Let> defs = new HashMap<>();
    Map<Value, Integer> uses = new HashMap<>();
    for (Stmt s : w.header().stmts()) {
      if (!(s instanceof Stmt.Let let) || !(let.op() instanceof Op.Load || let.op() instanceof Op.Prim
          || let.op() instanceof Op.Length)) {
        return null;
      }
      defs.put(let.result(), let);
      let.args().forEach(a -> uses.merge(a, 1, Integer::sum));
    }
    for (Value v : defs.keySet()) {
      if (!v.equals(w.cond()) && uses.getOrDefault(v, 0) != 1) {
        return null;
      }
    }
    return defs.isEmpty() ? name(w.cond()) : inlined(w.cond(), defs, true);
  }

  private String inlined(Value v, Map<Value, Stmt.Let> defs, boolean outermost) {
    Stmt.Let let = defs.get(v);
    if (let == null) {
      return name(v);
    }
    List<String> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(inlined(a, defs, false));
    }
    String e = let.op() instanceof Op.Prim p ? primitive(p, args) : expression(let, args);
    boolean atomic = let.op() instanceof Op.Load || let.op() instanceof Op.Length
        || (let.op() instanceof Op.Prim p && p.primitive().isCall());
    return outermost || atomic ? e : "(" + e + ")";
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
    if (op instanceof Op.Field field) {
      // through $T, so that the class is imported and no local can shadow its package
      String object = let.args().isEmpty() ? null : name(let.args().get(0));
      CodeBlock read = field.hidden() ? handles.read(field, v.type(), object)
          : object != null ? CodeBlock.of("$L.$L", object, field.name())
          : CodeBlock.of("$T.$L", ClassName.bestGuess(field.owner()), field.name());
      String n = fresh(v.hint());
      names.put(v, n);
      code.addStatement("$L $L = $L", v.type().javaName(), n, read);
      return;
    }
    String expression = expression(let);
    String n = fresh(v.hint());
    names.put(v, n);
    // an object kept as written (one in a field, whose methods have rules) has the type its text gives it
    code.addStatement("$L $L = $L", v.type() == Type.OBJECT ? "var" : v.type().javaName(), n, expression);
  }

  private String expression(Stmt.Let let) {
    List<String> a = new ArrayList<>();
    for (Value arg : let.args()) {
      a.add(name(arg));
    }
    return expression(let, a);
  }

  private String expression(Stmt.Let let, List<String> a) {
    Op op = let.op();
    if (op instanceof Op.Prim p) {
      return primitive(p, a);
    }
    if (op instanceof Op.Load l) {
      return slot(l.slot());
    }
    if (op instanceof Op.ArrayLoad) {
      return a.get(0) + "[" + String.join("][", a.subList(1, a.size())) + "]";
    }
    if (op instanceof Op.Length) {
      return a.get(0) + (a.size() > 1 ? "[" + a.get(1) + "]" : "") + ".length";
    }
    if (op instanceof Op.NewArray) {
      return "new double" + indices(let.args());
    }
    if (op instanceof Op.Passive p) {
      return JavaText.join(p.pieces(), a);
    }
    usesTape = true;
    if (op instanceof Op.TapeSize) {
      return "tape.size()";
    }
    return switch (let.result().type()) {
      case DOUBLE -> "tape.popDouble()";
      case LONG -> "tape.popLong()";
      case BOOLEAN -> "tape.popBoolean()";
      default -> "tape.popInt()";
    };
  }

  private static String primitive(Op.Prim p, List<String> a) {
    return p.primitive().write(a, p.library());
  }
}
