package dev.nabla.processor.source;

import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.TreeScanner;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Facts about source trees that need no types: what a loop assigns, whether an expression is safe to evaluate. */
final class Syntax {
  /** The name under which lowering tracks the pending break, continue or return. */
  static final String JUMP = "$jump";
  /** The name under which lowering tracks the value being returned. */
  static final String RESULT = "$result";
  /** The unary operators that assign their operand; -x, +x, !b and ~i only read it. */
  private static final Set<Tree.Kind> INCREMENTS = EnumSet.of(Tree.Kind.PREFIX_INCREMENT, Tree.Kind.PREFIX_DECREMENT,
      Tree.Kind.POSTFIX_INCREMENT, Tree.Kind.POSTFIX_DECREMENT);

  private Syntax() {}

  /** The variables assigned anywhere in the given trees, each with its first assignment. */
  static Map<String, Tree> assigned(Tree a, Tree c) {
    Map<String, Tree> names = new LinkedHashMap<>();
    TreeScanner<Void, Void> scanner = new TreeScanner<>() {
      @Override
      public Void visitAssignment(AssignmentTree t, Void p) {
        note(t.getVariable(), t);
        return super.visitAssignment(t, p);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree t, Void p) {
        note(t.getVariable(), t);
        return super.visitCompoundAssignment(t, p);
      }

      @Override
      public Void visitUnary(UnaryTree t, Void p) {
        if (INCREMENTS.contains(t.getKind())) {
          note(t.getExpression(), t);
        }
        return super.visitUnary(t, p);
      }

      @Override
      public Void visitBreak(com.sun.source.tree.BreakTree t, Void p) {
        names.putIfAbsent(JUMP, t);
        return null;
      }

      @Override
      public Void visitContinue(com.sun.source.tree.ContinueTree t, Void p) {
        names.putIfAbsent(JUMP, t);
        return null;
      }

      @Override
      public Void visitReturn(ReturnTree t, Void p) {
        names.putIfAbsent(JUMP, t);
        names.putIfAbsent(RESULT, t);
        return super.visitReturn(t, p);
      }

      private void note(Tree target, Tree at) {
        if (target instanceof IdentifierTree id) {
          names.putIfAbsent(id.getName().toString(), at);
        }
      }
    };
    if (a != null) {
      a.accept(scanner, null);
    }
    if (c != null) {
      c.accept(scanner, null);
    }
    return names;
  }

  /** Whether evaluating a tree can neither fail nor assign: no array reads, divisions, calls or assignments. */
  static boolean isSafe(Tree t) {
    boolean[] safe = {true};
    t.accept(new TreeScanner<Void, Void>() {
      @Override
      public Void scan(Tree tree, Void p) {
        if (tree != null) {
          switch (tree.getKind()) {
            case ARRAY_ACCESS, DIVIDE, REMAINDER, METHOD_INVOCATION, ASSIGNMENT, PREFIX_INCREMENT,
                PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT, CONDITIONAL_EXPRESSION -> safe[0] = false;
            default -> { }
          }
        }
        return super.scan(tree, p);
      }
    }, null);
    return safe[0] && !(t instanceof CompoundAssignmentTree);
  }

  static ExpressionTree strip(ExpressionTree e) {
    while (e instanceof ParenthesizedTree p) {
      e = p.getExpression();
    }
    return e;
  }

  /** A tree kind as words: {@code FOR_LOOP} → "for loop". */
  static String describe(Tree.Kind kind) {
    return kind.toString().toLowerCase().replace('_', ' ').replace(" statement", "");
  }
}
