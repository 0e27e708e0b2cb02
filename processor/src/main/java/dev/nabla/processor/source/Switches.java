package dev.nabla.processor.source;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.YieldTree;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Lowers {@code switch} statements and expressions over an {@code int} to branches on {@code ==} (over a String or an
 * enum, on the {@link CaseIndex} of the case picked, as an {@code int}): a case runs when one of its labels matches,
 * when it is {@code default} and none matches, or when the {@code case X:} group before it falls through;
 * {@code break} ends the switch and {@code yield} gives a switch expression its value.
 */
final class Switches {
  private static final String JUMP = Syntax.JUMP;

  private final Builder b;
  private final Variables vars;
  private final Loops.Code code;
  /** The switch expressions being lowered, innermost first: where a {@code yield} puts its value. */
  private final Deque<Target> targets = new ArrayDeque<>();

  /**
   * Where the values of a switch expression go: the hidden variable {@code name} of type {@code type}, or, while
   * {@code type} is still unknown, only the list of the types the cases give.
   */
  private record Target(String name, Type type, List<Type> given) {}

  /** Switches that build into {@code b}, read and assign {@code vars}, and lower what they hold with {@code code}. */
  Switches(Builder b, Variables vars, Loops.Code code) {
    this.b = b;
    this.vars = vars;
    this.code = code;
  }

  void statement(SwitchTree s) {
    vars.scoped(() -> cases(s.getExpression(), s.getCases(), null));
    vars.set(JUMP, Jump.reset(b, vars.get(JUMP), Jump.BREAK));
  }

  /**
   * Lowers a switch expression twice: once, discarded, to learn the types its cases give, then with their common type
   * for the hidden variable that holds its value.
   */
  Value expression(SwitchExpressionTree e) {
    Value jump = vars.get(JUMP);
    List<Type> given = new ArrayList<>();
    code.checkOnly(() -> expressionCases(e, new Target(null, null, given)));
    Type type = given.get(0);
    for (Type t : given) {
      if (!t.isNumeric() || !type.isNumeric()) {
        throw code.error(Diagnostic.UNSUPPORTED_EXPRESSION, e, "a switch expression giving a "
            + (t.isNumeric() ? type : t).javaName());
      }
      type = Type.promote(type, t);
    }
    Target target = new Target(vars.hidden("switch"), type, given);
    vars.set(target.name(), b.constantOf(type, 0));
    expressionCases(e, target);
    vars.set(JUMP, jump);
    return vars.remove(target.name());
  }

  void yield(YieldTree y) {
    give(y.getValue());
    vars.set(JUMP, b.constant(Jump.YIELD));
  }

  private void expressionCases(SwitchExpressionTree e, Target target) {
    targets.push(target);
    try {
      vars.scoped(() -> cases(e.getExpression(), e.getCases(), target));
    } finally {
      targets.pop();
    }
  }

  private void give(ExpressionTree valueTree) {
    Target target = targets.peek();
    Value value = code.expression(valueTree);
    if (target.type() == null) {
      target.given().add(value.type());
    } else {
      vars.set(target.name(), b.convert(value, target.type()));
    }
  }

  private void cases(ExpressionTree selectorTree, List<? extends CaseTree> cases, Target target) {
    Value index = code.caseIndex(selectorTree, cases);
    Value selector = index != null ? index : code.expression(selectorTree);
    if (selector.type() != Type.INT) {
      throw code.error(Diagnostic.UNSUPPORTED_STATEMENT, selectorTree, "switch over a " + selector.type().javaName());
    }
    List<Value> matches = new ArrayList<>();
    Value noneMatches = b.constant(true);
    for (int i = 0; i < cases.size(); i++) {
      List<? extends ExpressionTree> labels = cases.get(i).getExpressions();
      List<Value> values = index == null ? labels.stream().map(code::expression).toList()
          : labels.isEmpty() ? List.of() : List.of(b.constant(i));
      Value match = b.constant(false);
      for (Value value : values) {
        match = b.prim(Primitive.OR, match, b.prim(Primitive.EQ, selector, value));
        noneMatches = b.prim(Primitive.AND, noneMatches, b.prim(Primitive.NE, selector, value));
      }
      matches.add(match);
    }
    String entered = vars.hidden("entered");
    vars.set(entered, b.constant(false));
    for (int i = 0; i < cases.size(); i++) {
      CaseTree c = cases.get(i);
      Value match = c.getExpressions().isEmpty() ? noneMatches : matches.get(i);
      boolean fallsThrough = c.getCaseKind() == CaseTree.CaseKind.STATEMENT;
      vars.set(entered, fallsThrough ? b.prim(Primitive.OR, vars.get(entered), match) : match);
      Value runs = b.prim(Primitive.AND, vars.get(entered), b.prim(Primitive.EQ, vars.get(JUMP),
          b.constant(Jump.NONE)));
      code.branch(runs, () -> vars.scoped(() -> body(c, target)), () -> {});
    }
    vars.remove(entered);
  }

  private void body(CaseTree c, Target target) {
    if (c.getCaseKind() == CaseTree.CaseKind.STATEMENT) {
      code.statements(c.getStatements());
    } else if (c.getBody() instanceof StatementTree statement) {
      code.statement(statement);
    } else if (target == null) {
      code.expression((ExpressionTree) c.getBody());
    } else {
      give((ExpressionTree) c.getBody());
    }
  }
}
