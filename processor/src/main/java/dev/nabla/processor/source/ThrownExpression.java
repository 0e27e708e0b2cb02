package dev.nabla.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.NewClassTree;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Stmt;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Checks the expression of a {@code throw}, which a {@link Stmt.Throw} keeps as written so that the generated class
 * builds the same exception: only unchecked exceptions, as the generated methods declare no {@code throws}.
 */
final class ThrownExpression {
  private ThrownExpression() {}

  /** Rejects a {@code new} of a checked exception. (What a helper method returns is checked by javac.) */
  static void uncheckedOnly(ExpressionTree e, Frame frame) {
    if (!(e instanceof NewClassTree created)) {
      return;
    }
    TypeElement type = frame.names().type(created.getIdentifier());
    for (TypeElement t = type; t != null; t = superclass(t)) {
      String name = t.getQualifiedName().toString();
      if (name.equals("java.lang.RuntimeException") || name.equals("java.lang.Error")) {
        return;
      }
    }
    throw frame.error(Diagnostic.UNSUPPORTED_STATEMENT, created,
        "throw statements of the checked exception " + created.getIdentifier() + " (throw an unchecked one)");
  }

  private static TypeElement superclass(TypeElement t) {
    return t.getSuperclass() instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
  }
}
