package dev.nabla.processor.source;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.LambdaExpressionTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.JavaText;
import dev.nabla.processor.ir.Value;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;

/**
 * Keeps an expression of the user's method as Java text: its source, as written, with the method's variables cut out
 * for the values they hold and the class's names qualified, so that the generated class runs the same code. The text
 * may assign nothing, hold no lambda and call nothing nondeterministic; it notes the arrays of the method it hands to
 * code nabla cannot see (which could write them), apart from those a method of {@link ReadOnlyCalls} only reads.
 */
final class KeptText {
  private final Frame frame;
  private final SourcePositions positions;
  private final Variables vars;
  private final PointObjects points;
  /** The replaced names, by start position. */
  private final TreeMap<Long, Cut> replaced = new TreeMap<>();
  private final List<Handed> handed = new ArrayList<>();
  private final Set<String> roots = new LinkedHashSet<>();
  /** The calls whose arguments are being scanned, innermost first, each with its method's qualified name. */
  private final Deque<Map.Entry<Tree, String>> calls = new ArrayDeque<>();

  /** A name's replacement, up to {@code end}: a value of the method (or null), then {@code text} (or null). */
  private record Cut(long end, Value value, String text) {}

  /**
   * The text of an expression, the arrays of the method it hands to code that could write them, and the names it
   * starts qualified names with (a package's first part, a class of {@code java.lang}).
   */
  record Kept(JavaText text, List<Handed> handed, Set<String> roots) {}

  /** The method {@code array}, the variable {@code variable}, is handed to by {@code call}. */
  record Handed(Value array, String variable, Tree call, String method) {}

  private KeptText(Frame frame, SourcePositions positions, Variables vars, PointObjects points) {
    this.frame = frame;
    this.positions = positions;
    this.vars = vars;
    this.points = points;
  }

  /**
   * Keeps {@code e}, an expression of {@code frame}'s method, whose variables are {@code vars} and whose point objects
   * are {@code points}.
   */
  static Kept of(ExpressionTree e, Frame frame, SourcePositions positions, Variables vars, PointObjects points) {
    KeptText t = new KeptText(frame, positions, vars, points);
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
      }
      if (cut.text() != null) {
        piece.append(cut.text());
      }
      at = cut.end();
    }
    piece.append(source, (int) at, (int) positions.getEndPosition(frame.unit(), e));
    text.add(piece.toString());
    return new Kept(new JavaText(text, args), t.handed, t.roots);
  }

  /**
   * The class whose method a call on {@code qualifier} runs: the class it names, the declared class of the static field
   * it names (a logger, {@code System.out}), or that of a {@link PassiveObjects passive object}; null for anything
   * else.
   */
  static TypeElement owner(ExpressionTree qualifier, Frame frame, Variables vars) {
    TypeElement type = frame.names().type(qualifier);
    if (type != null) {
      return type;
    }
    TypeElement object = PassiveObjects.classOf(qualifier, vars);
    if (object != null) {
      return object;
    }
    VariableElement field = null;
    if (qualifier instanceof IdentifierTree id && !vars.has(id.getName().toString())) {
      field = frame.names().field(id.getName().toString());
    } else if (qualifier instanceof MemberSelectTree s && frame.names().type(s.getExpression()) != null) {
      field = NameResolver.field(frame.names().type(s.getExpression()), s.getIdentifier().toString());
    }
    return field != null && NameResolver.isStatic(field) && field.asType() instanceof DeclaredType d
        ? (TypeElement) d.asElement() : null;
  }

  private void scan(ExpressionTree e) {
    new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        handedIf(points.path(id) != null ? pointPart(id) : name(id), id);
        return null;
      }

      /** Notes that the array {@code v}, which {@code e} reads, is handed to the call being scanned, if any. */
      private void handedIf(Value v, ExpressionTree e) {
        if (v != null && v.type().isArray() && !calls.isEmpty()) {
          handed.add(new Handed(v, e.toString(), calls.peek().getKey(), calls.peek().getValue()));
        }
      }

      @Override
      public Void visitArrayAccess(ArrayAccessTree a, Void p) {
        read(a.getExpression());
        scan(a.getIndex(), p);
        return null;
      }

      @Override
      public Void visitMemberSelect(MemberSelectTree s, Void p) {
        if (points.path(s) != null) {
          handedIf(pointPart(s), s);
          return null;
        }
        TypeElement type = frame.names().type(s);
        if (type != null) {
          replace(s, null, spelling(type, s));
          return null;
        }
        TypeElement object = PassiveObjects.classOf(s.getExpression(), vars);
        VariableElement field = object == null ? null
            : PassiveObjects.instanceField(object, s.getIdentifier().toString());
        if (field != null && Access.isHidden(field)) {
          throw frame.error(Diagnostic.INACCESSIBLE, s, "field " + field.getSimpleName());
        }
        if (s.getIdentifier().contentEquals("length")) {
          read(s.getExpression());
          return null;
        }
        return super.visitMemberSelect(s, p);
      }

      @Override
      public Void visitMethodInvocation(MethodInvocationTree call, Void p) {
        if (points.path(call) != null) {
          handedIf(pointPart(call), call);
          return null;
        }
        String name;
        TypeElement owner;
        ExpressionTree receiver = null;
        if (points.onPointReceiver(call)) {
          throw frame.error(Diagnostic.POINT_OBJECT, call, "code kept as written", PassiveObjects.THIS);
        }
        if (call.getMethodSelect() instanceof IdentifierTree id) {
          name = id.getName().toString();
          List<ExecutableElement> methods = PassiveObjects.receiverMethods(name, vars);
          if (!methods.isEmpty()) {
            onReceiver(id, methods.get(0));
          } else {
            methods = frame.names().methods(name);
            if (methods.isEmpty()) {
              throw frame.error(Diagnostic.UNRESOLVED, id, name);
            }
            qualified(id, methods.get(0));
          }
          owner = (TypeElement) methods.get(0).getEnclosingElement();
        } else {
          MemberSelectTree s = (MemberSelectTree) call.getMethodSelect();
          name = s.getIdentifier().toString();
          receiver = s.getExpression();
          owner = owner(Syntax.strip(receiver), frame, vars);
        }
        String qualified = owner == null ? null : owner.getQualifiedName().toString();
        if (qualified != null && Calls.isNondeterministic(qualified, name)) {
          throw frame.error(Diagnostic.NONDETERMINISTIC, call, call.getMethodSelect());
        }
        // the receiver, too, is handed to the method
        String method = qualified == null ? String.valueOf(call.getMethodSelect()) : qualified + "." + name;
        calls.push(Map.entry(call, method));
        scan(receiver, p);
        boolean readOnly = qualified != null && ReadOnlyCalls.contains(qualified, name);
        for (ExpressionTree arg : call.getArguments()) {
          if (readOnly) {
            read(arg);
          } else {
            scan(arg, p);
          }
        }
        calls.pop();
        return null;
      }

      @Override
      public Void visitNewClass(NewClassTree created, Void p) {
        calls.push(Map.entry(created, "new " + created.getIdentifier()));
        super.visitNewClass(created, p);
        calls.pop();
        return null;
      }

      @Override
      public Void visitClass(ClassTree body, Void p) {
        throw frame.error(Diagnostic.ALLOCATION, body, "an anonymous class");
      }

      @Override
      public Void visitAssignment(AssignmentTree a, Void p) {
        throw assignment(a);
      }

      @Override
      public Void visitCompoundAssignment(CompoundAssignmentTree a, Void p) {
        throw assignment(a);
      }

      @Override
      public Void visitUnary(UnaryTree u, Void p) {
        return switch (u.getKind()) {
          case PREFIX_INCREMENT, PREFIX_DECREMENT, POSTFIX_INCREMENT, POSTFIX_DECREMENT -> throw assignment(u);
          default -> super.visitUnary(u, p);
        };
      }

      @Override
      public Void visitLambdaExpression(LambdaExpressionTree l, Void p) {
        throw frame.error(Diagnostic.LAMBDA, l, "a lambda");
      }

      @Override
      public Void visitMemberReference(MemberReferenceTree r, Void p) {
        throw frame.error(Diagnostic.LAMBDA, r, "a method reference");
      }

      /** Scans an expression whose array, if it is a bare variable of the method, is only read. */
      private void read(ExpressionTree e) {
        if (Syntax.strip(e) instanceof IdentifierTree id && vars.has(id.getName().toString())) {
          name(id);
        } else if (points.path(e) != null) {
          pointPart(Syntax.strip(e));
        } else {
          scan(e, null);
        }
      }
    }.scan(e, null);
  }

  private RuntimeException assignment(Tree at) {
    return frame.error(Diagnostic.UNSUPPORTED_EXPRESSION, at,
        "an assignment inside code that nabla keeps as written (" + at + ")");
  }

  /**
   * Replaces a simple name: a variable by its value (returned), a class or a static member of one by its qualified
   * name (null is returned).
   */
  private Value name(IdentifierTree id) {
    String name = id.getName().toString();
    if (vars.has(name)) {
      Value v = vars.get(name);
      replace(id, v, null);
      return v;
    }
    TypeElement type = frame.names().type(id);
    if (type != null) {
      replace(id, null, spelling(type, id));
      return null;
    }
    VariableElement own = PassiveObjects.receiverField(name, vars);
    if (own != null) {
      onReceiver(id, own);
      return null;
    }
    Element field = frame.names().field(name);
    if (field == null) {
      throw frame.error(Diagnostic.UNRESOLVED, id, name);
    }
    qualified(id, field);
    return null;
  }

  /** Replaces a part of a point object by its value; the object itself is no value nabla has. */
  private Value pointPart(ExpressionTree e) {
    String path = points.path(e);
    if (points.type(path) != null) {
      throw frame.error(Diagnostic.POINT_OBJECT, e, "code kept as written", path);
    }
    Value v = vars.get(path);
    replace(e, v, null);
    return v;
  }

  /** Replaces the simple name of {@code member}, a field or method of the receiver, by the receiver's member. */
  private void onReceiver(IdentifierTree id, Element member) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      throw frame.error(Diagnostic.INACCESSIBLE, id, member.getSimpleName());
    }
    replace(id, PassiveObjects.receiver(vars), "." + member.getSimpleName());
  }

  private void qualified(IdentifierTree id, Element member) {
    if (member.getModifiers().contains(Modifier.PRIVATE)) {
      throw frame.error(Diagnostic.INACCESSIBLE, id, member.getSimpleName());
    }
    replace(id, null, spelling((TypeElement) member.getEnclosingElement(), id) + "." + member.getSimpleName());
  }

  /**
   * How the generated class names a type: by its qualified name, but a class of {@code java.lang} by its simple one,
   * as Java's implicit import lets the user's code (nabla writes {@code Math} and {@code Double} so, too). A private
   * class, or one inside a private class, the generated class cannot name.
   */
  private String spelling(TypeElement type, Tree at) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        throw frame.error(Diagnostic.INACCESSIBLE, at, "class " + e.getSimpleName());
      }
    }
    boolean javaLang = type.getEnclosingElement() instanceof PackageElement p
        && p.getQualifiedName().contentEquals("java.lang");
    String name = javaLang ? type.getSimpleName().toString() : type.getQualifiedName().toString();
    roots.add(name.contains(".") ? name.substring(0, name.indexOf('.')) : name);
    return name;
  }

  private void replace(Tree tree, Value value, String text) {
    replaced.put(positions.getStartPosition(frame.unit(), tree),
        new Cut(positions.getEndPosition(frame.unit(), tree), value, text));
  }
}
