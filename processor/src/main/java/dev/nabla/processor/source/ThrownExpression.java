package dev.nabla.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Origin;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * Turns the expression of a {@code throw} into a {@link Stmt.Throw}: its source text, kept as written, with the
 * method's variables cut out for the values they hold and the class's names qualified, so that the generated class
 * builds the same exception.
 */
final class ThrownExpression {
  private final Frame frame;
  private final SourcePositions positions;
  private final Variables vars;
  /** The replaced names, by start position. */
  private final TreeMap<Long, Cut> replaced = new TreeMap<>();

  /** A name's replacement, up to {@code end}: a value of the method, or else {@code text}. */
  private record Cut(long end, Value value, String text) {}

  private ThrownExpression(Frame frame, SourcePositions positions, Variables vars) {
    this.frame = frame;
    this.positions = positions;
    this.vars = vars;
  }

  /** The statement throwing {@code e}, an expression of {@code frame}'s method, whose variables are {@code vars}. */
  static Stmt.Throw of(ExpressionTree e, Frame frame, SourcePositions positions, Variables vars, Origin origin) {
    ThrownExpression t = new ThrownExpression(frame, positions, vars);
    t.uncheckedOnly(e);
    t.scan(e);
    String source;
    try {
      source = frame.unit().getSourceFile().getCharContent(true).toString();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    List<String> text = new ArrayList<>();
    List<Value> args = new ArrayList<>();
    StringBuilder piece = new StringBuilder();
    long at = positions.getStartPosition(frame.unit(), e);
    for (Map.Entry<Long, Cut> r : t.replaced.entrySet()) {
      Cut cut = r.getValue();
      piece.append(source, (int) at, r.getKey().intValue());
      if (cut.value() != null) {
        text.add(piece.toString());
        args.add(cut.value());
        piece.setLength(0);
      } else {
        piece.append(cut.text());
      }
      at = cut.end();
    }
    piece.append(source, (int) at, (int) positions.getEndPosition(frame.unit(), e));
    text.add(piece.toString());
    return new Stmt.Throw(text, args, origin);
  }

  /**
   * Rejects a {@code new} of a checked exception: the generated methods declare no {@code throws}. (What a helper
   * method returns is checked by javac on the generated code.)
   */
  private void uncheckedOnly(ExpressionTree e) {
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

  private void scan(ExpressionTree e) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        name(id);
        return null;
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void p) {
        if (call.getMethodSelect() instanceof IdentifierTree id) {
          List<ExecutableElement> methods = frame.names().methods(id.getName().toString());
          if (methods.isEmpty()) {
            throw frame.error(Diagnostic.UNRESOLVED, id, id.getName());
          }
          qualified(id, methods.get(0));
          scan(call.getArguments(), p);
          return null;
        }
        return super.visitMethodInvocation(call, p);
      }
    }.scan(e, null);
  }

  /** Replaces a simple name: a variable by its value, a class or a static member of one by its qualified name. */
  private void name(IdentifierTree id) {
    String name = id.getName().toString();
    if (vars.has(name)) {
      replace(id, vars.get(name), null);
      return;
    }
    TypeElement type = frame.names().type(id);
    if (type != null) {
      nameable(id, type);
      replace(id, null, type.getQualifiedName().toString());
      return;
    }
    Element field = frame.names().field(name);
    if (field == null) {
      throw frame.error(Diagnostic.UNRESOLVED, id, name);
    }
    qualified(id, field);
  }

  private void qualified(IdentifierTree id, Element member) {
    nameable(id, member);
    replace(id, null, ((TypeElement) member.getEnclosingElement()).getQualifiedName() + "." + member.getSimpleName());
  }

  /** Rejects {@code named}, a class or a member, if the generated class cannot name it. */
  private void nameable(IdentifierTree id, Element named) {
    if (Access.isHidden(named)) {
      throw frame.error(Diagnostic.INACCESSIBLE, id, named.getSimpleName());
    }
  }

  private void replace(Tree tree, Value value, String text) {
    replaced.put(positions.getStartPosition(frame.unit(), tree),
        new Cut(positions.getEndPosition(frame.unit(), tree), value, text));
  }
}
