package dev.nabla.processor.source;

import com.sun.source.tree.BreakTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ContinueTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.WhileLoopTree;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Origin;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Lowers loops, unrolled while every test of the condition is a constant and the code stays within
 * {@link #UNROLL_BUDGET}, else as runtime loops whose assigned variables live in slots, and {@code break} and
 * {@code continue} as values of the jump variable that the end of an iteration or of the loop resets.
 */
final class Loops {
  /** The largest number of IR statements a fully unrolled loop may produce; larger loops stay loops. */
  static final int UNROLL_BUDGET = 600;

  private static final String JUMP = Syntax.JUMP;
  private static final String RESULT = Syntax.RESULT;

  private final Builder b;
  private final Variables vars;
  private final Code code;

  /** What lowering a loop or a switch needs from the lowering of the code in and around it. */
  interface Code {
    /** Lowers a statement of the loop or switch. */
    void statement(StatementTree statement);

    /** Lowers a sequence of statements, those after a jump running only when no jump is pending. */
    void statements(List<? extends StatementTree> statements);

    /** Lowers an expression: an update, or the array a for-each loop runs over. */
    Value expression(ExpressionTree expression);

    /** Lowers the loop's condition, a place where the derivative may jump. */
    Value condition(ExpressionTree condition);

    /** Lowers {@code if (cond) then else otherwise}, merging the variables the branches assign differently. */
    void branch(Value cond, Runnable then, Runnable otherwise);

    /** Lowers code that never runs only to report what in it is unsupported, discarding what it builds. */
    void checkOnly(Runnable code);

    /** {@code left && right}, lowering {@code right} to run only when {@code left} holds. */
    Value and(Value left, Supplier<Value> right);

    /** An error at {@code at} in the method being lowered. */
    CompileError error(Diagnostic d, Tree at, Object... args);

    /** The case index of a switch over a String or an enum ({@link CaseIndex}); null for a switch over an int. */
    Value caseIndex(ExpressionTree selector, List<? extends CaseTree> cases);
  }

  /** Loops that build into {@code b}, read and assign {@code vars}, and lower what they contain with {@code code}. */
  Loops(Builder b, Variables vars, Code code) {
    this.b = b;
    this.vars = vars;
    this.code = code;
  }

  void forLoop(ForLoopTree f) {
    Origin loop = b.origin();
    vars.scoped(() -> {
      for (StatementTree init : f.getInitializer()) {
        code.statement(init);
      }
      b.origin(loop);
      Map<String, Tree> assigned = Syntax.assigned(f.getCondition(), f.getStatement());
      f.getUpdate().forEach(u -> Syntax.assigned(u, null).forEach(assigned::putIfAbsent));
      loop(() -> loopCondition(f.getCondition()), () -> code.statement(f.getStatement()),
          () -> f.getUpdate().forEach(u -> code.expression(u.getExpression())), assigned);
    });
  }

  void enhancedFor(EnhancedForLoopTree f) {
    Value array = code.expression(f.getExpression());
    if (array.type() != Type.DOUBLE_ARRAY) {
      throw code.error(Diagnostic.UNSUPPORTED_STATEMENT, f, "for-each loops over a " + array.type().javaName()
          + " (index its elements instead)");
    }
    String index = vars.hidden("i");
    String name = f.getVariable().getName().toString();
    vars.scoped(() -> {
      vars.declare(index, Type.INT, b.constant(0));
      Map<String, Tree> assigned = Syntax.assigned(null, f.getStatement());
      assigned.put(index, f);
      loop(() -> jumpIsNone(() -> b.prim(Primitive.LT, vars.get(index), b.length(array, null))),
          () -> {
            vars.declare(name, Type.DOUBLE, b.rename(b.arrayLoad(array, List.of(vars.get(index))), name));
            code.statement(f.getStatement());
          },
          () -> vars.set(index, b.prim(Primitive.ADD, vars.get(index), b.constant(1))), assigned);
    });
  }

  void whileLoop(WhileLoopTree w) {
    whileLoop(w.getCondition(), w.getStatement());
  }

  void doWhileLoop(DoWhileLoopTree w) {
    vars.scoped(() -> code.statement(w.getStatement()));
    resetJump(Jump.CONTINUE);
    whileLoop(w.getCondition(), w.getStatement());
  }

  /** Lowers {@code break} or {@code continue}: the jump they make is pending until its loop or iteration ends. */
  void jump(StatementTree s) {
    boolean labelled = s instanceof BreakTree br ? br.getLabel() != null : ((ContinueTree) s).getLabel() != null;
    if (labelled) {
      throw code.error(Diagnostic.UNSUPPORTED_STATEMENT, s, "labelled " + s.getKind().toString().toLowerCase()
          + " statements");
    }
    vars.set(JUMP, b.constant(s.getKind() == Tree.Kind.BREAK ? Jump.BREAK : Jump.CONTINUE));
  }

  /**
   * Lowers {@code while (cond) { body; update }}: unrolled when every test of the condition is a constant and the
   * result stays within budget, else a loop whose assigned variables live in slots.
   */
  private void loop(Supplier<Value> cond, Runnable body, Runnable update, Map<String, Tree> assigned) {
    if (!unrolled(cond, body, update)) {
      runtimeLoop(cond, body, update, assigned);
    }
    resetJump(Jump.BREAK);
  }

  private void whileLoop(ExpressionTree cond, StatementTree body) {
    loop(() -> loopCondition(cond), () -> code.statement(body), () -> {}, Syntax.assigned(cond, body));
  }

  private boolean unrolled(Supplier<Value> cond, Runnable body, Runnable update) {
    Map<String, Value> before = new LinkedHashMap<>(vars.values());
    b.beginBlock();
    boolean complete = true;
    int iterations = 0;
    while (true) {
      Object test = b.constantValue(cond.get());
      if (test == null || b.currentBlockSize() > UNROLL_BUDGET) {
        complete = false;
        break;
      }
      if (!(Boolean) test) {
        break;
      }
      iteration(body, update);
      iterations++;
    }
    if (complete && iterations == 0) {
      code.checkOnly(() -> iteration(body, update));
    }
    Block lowered = b.endBlock();
    if (complete) {
      lowered.stmts().forEach(b::emit);
    } else {
      vars.replace(before);
    }
    return complete;
  }

  private void iteration(Runnable body, Runnable update) {
    vars.scoped(body);
    resetJump(Jump.CONTINUE);
    statementsIfNoJump(update);
  }

  private void statementsIfNoJump(Runnable statements) {
    Value jump = vars.get(JUMP);
    code.branch(b.prim(Primitive.EQ, jump, b.constant(Jump.NONE)), statements, () -> {});
  }

  private void runtimeLoop(Supplier<Value> cond, Runnable body, Runnable update, Map<String, Tree> assigned) {
    Map<String, Slot> carried = new LinkedHashMap<>();
    for (String name : vars.values().keySet()) {
      if (assigned.containsKey(name)) {
        Value v = vars.get(name);
        if (v.type().isArray() && !name.equals(RESULT)) {
          throw code.error(Diagnostic.ARRAY_REASSIGNMENT, assigned.get(name), Variables.describe(name));
        }
        Slot slot = b.slot(v.type(), Variables.hint(name));
        b.store(slot, v);
        carried.put(name, slot);
      }
    }
    b.beginBlock();
    reload(carried);
    Value test = cond.get();
    Block header = b.endBlock();
    b.beginBlock();
    reload(carried);
    vars.set(JUMP, b.constant(Jump.NONE));
    iteration(body, update);
    carried.forEach((name, slot) -> b.store(slot, vars.get(name)));
    b.whileLoop(header, test, b.endBlock());
    reload(carried);
  }

  private void reload(Map<String, Slot> carried) {
    carried.forEach((name, slot) -> vars.set(name, b.rename(b.load(slot), Variables.hint(name))));
  }

  private void resetJump(int kind) {
    vars.set(JUMP, Jump.reset(b, vars.get(JUMP), kind));
  }

  private Value loopCondition(ExpressionTree cond) {
    return jumpIsNone(() -> cond == null ? b.constant(true) : code.condition(cond));
  }

  /** {@code jump == NONE && rest}, evaluating {@code rest} only when needed. */
  private Value jumpIsNone(Supplier<Value> rest) {
    Value none = b.prim(Primitive.EQ, vars.get(JUMP), b.constant(Jump.NONE));
    return code.and(none, rest);
  }
}
