package dev.nabla.processor.source;

import com.sun.source.tree.ArrayAccessTree;
import com.sun.source.tree.ArrayTypeTree;
import com.sun.source.tree.AssertTree;
import com.sun.source.tree.AssignmentTree;
import com.sun.source.tree.BinaryTree;
import com.sun.source.tree.BlockTree;
import com.sun.source.tree.CaseTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.CompoundAssignmentTree;
import com.sun.source.tree.ConditionalExpressionTree;
import com.sun.source.tree.DoWhileLoopTree;
import com.sun.source.tree.EnhancedForLoopTree;
import com.sun.source.tree.ExpressionStatementTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.ForLoopTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.IfTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewArrayTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParenthesizedTree;
import com.sun.source.tree.PrimitiveTypeTree;
import com.sun.source.tree.ReturnTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.SwitchExpressionTree;
import com.sun.source.tree.SwitchTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.TypeCastTree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.WhileLoopTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.JavaText;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Origin;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * Lowers a method body from javac trees to IR, building SSA values as it goes and evaluating what is known at compile
 * time: branches on constants keep only the branch taken, loops whose trip count is a constant are unrolled
 * ({@link Loops}), and calls to static methods of the same compilation are inlined ({@link Calls}).
 *
 * <p>{@code break}, {@code continue} and early {@code return} become assignments to a hidden jump variable; where its
 * value is known they vanish, elsewhere the statements after them run under {@code if (jump == 0)}.
 *
 * <p>A statement or condition with a user error is recorded and passed over ({@link Recovery}), and the method's
 * errors are thrown together once its body is lowered.
 */
public final class Lowering {
  private static final String JUMP = Syntax.JUMP;
  private static final String RESULT = Syntax.RESULT;

  private final Trees trees;
  private final Elements elements;
  private final Builder b = new Builder();
  private final Calls calls;
  private final Loops loops;
  private final Switches switches;
  private final BranchMerge merge;
  private final Set<Value> localArrays = new HashSet<>();
  private final List<Site> sites = new ArrayList<>();
  private final List<Opaque> opaque = new ArrayList<>();
  /** The names kept text refers to classes by, which a variable of a generated method would shadow. */
  private final Set<String> reserved = new java.util.TreeSet<>();
  /** Where each array variable was last assigned, to point errors about it at the assignment. */
  private final Map<String, Tree> arrayAssignments = new HashMap<>();
  private final Value cotangent;
  private final Variables vars = new Variables();
  private final PointObjects points;
  /** The point type the method returns, flattened as its result; null when it returns a double or an array. */
  private final TypeElement pointResult;
  /**
   * The local copy of the {@code @Output} array that the method writes instead (starting from the caller's values),
   * its result; null when it returns its result.
   */
  private Value output;
  private final Recovery recovery;
  private Frame frame;

  private Lowering(Trees trees, Elements elements, DerivativeRules rules, boolean vectorJacobian, Signature sig) {
    this.trees = trees;
    this.elements = elements;
    this.points = new PointObjects(vars, trees);
    this.calls = new Calls(trees, elements, rules, b, vars, sig.method(), new Calls.Caller() {
      @Override
      public Argument argument(ExpressionTree argument) {
        TypeElement point = pointType(argument);
        return point == null ? Argument.of(expression(argument)) : Argument.point(point, pointParts(argument, point));
      }

      @Override
      public Argument pointReceiver(MethodInvocationTree call) {
        if (call.getMethodSelect() instanceof MemberSelectTree s) {
          TypeElement point = pointType(s.getExpression());
          return point == null ? null : Argument.point(point, pointParts(s.getExpression(), point));
        }
        String self = PassiveObjects.THIS;
        return points.onPointReceiver(call) ? Argument.point(points.type(self), partValues(self)) : null;
      }

      @Override
      public void kink(Value value, Tree at) {
        site(true, value, at);
      }

      @Override
      public Value body(MethodTree callee, Frame calleeFrame, List<Type> parameterTypes, List<Argument> args,
          Argument receiver, Tree at) {
        return inlined(callee, calleeFrame, parameterTypes, args, receiver, at);
      }

      @Override
      public Value passive(MethodInvocationTree call, Calls.Kept kept) {
        return Lowering.this.passive(call, kept);
      }

      @Override
      public Value called(Value receiver, String method, List<Value> args) {
        String simple = method.substring(method.lastIndexOf('.') + 1);
        List<String> pieces = new ArrayList<>();
        List<Value> all = new ArrayList<>();
        if (receiver == null) {
          pieces.add(method + "(");
          reserved.add(method.substring(0, method.indexOf('.')));
        } else {
          pieces.addAll(List.of("", "." + simple + "("));
          all.add(receiver);
        }
        all.addAll(args);
        for (int i = 1; i < args.size(); i++) {
          pieces.add(", ");
        }
        pieces.add(")");
        return b.passive(Type.DOUBLE, new JavaText(pieces, all), simple);
      }

      @Override
      public Value heldObject(ExpressionTree field, TypeElement cls) {
        ExpressionTree stripped = Syntax.strip(field);
        Value v = b.passive(Type.OBJECT, keep(stripped).text(), stripped instanceof MemberSelectTree s
            ? s.getIdentifier().toString() : stripped.toString());
        vars.noteClass(v, cls);
        return v;
      }

      @Override
      public void watch(Opaque o) {
        opaque.add(o);
      }
    });
    Loops.Code code = new Loops.Code() {
      @Override
      public void statement(StatementTree statement) {
        Lowering.this.statement(statement);
      }

      @Override
      public void statements(List<? extends StatementTree> statements) {
        Lowering.this.statements(statements, 0);
      }

      @Override
      public Value expression(ExpressionTree expression) {
        return Lowering.this.expression(expression);
      }

      @Override
      public Value condition(ExpressionTree condition) {
        return branchCondition(condition);
      }

      @Override
      public void branch(Value cond, Runnable then, Runnable otherwise) {
        Lowering.this.branch(cond, then, otherwise);
      }

      @Override
      public void checkOnly(Runnable code) {
        Lowering.this.checkOnly(code);
      }

      @Override
      public Value and(Value left, Supplier<Value> right) {
        return shortCircuit(left, right, true, false);
      }

      @Override
      public CompileError error(Diagnostic d, Tree at, Object... args) {
        return Lowering.this.error(d, at, args);
      }

      @Override
      public Value caseIndex(ExpressionTree selector, List<? extends CaseTree> cases) {
        if (!CaseIndex.applies(cases, frame, vars)) {
          return null;
        }
        JavaText index = CaseIndex.of(selector, cases, frame, vars, e -> keep(e).text());
        return b.passive(Type.INT, index, "caseIndex");
      }
    };
    this.loops = new Loops(b, vars, code);
    this.switches = new Switches(b, vars, code);
    this.merge = new BranchMerge(b, localArrays, arrayAssignments);
    this.recovery = new Recovery(b, vars, localArrays, trees.getSourcePositions(), this::declaredType);
    int[] next = {0}; // the IR's parameters in the order of sig.parameters(): declared ones, a point's parts in order
    BiFunction<String, Type, Value> param = (name, type) -> b.param(next[0]++, type, hint(name));
    for (Declared d : sig.declared()) {
      Parameter p = d.parameters().get(0);
      if (d.point() != null) {
        points.declare(d.name(), d.point(), param);
      } else if (p.type() == Type.OBJECT) {
        // the receiver is the variable this, which no user variable can shadow
        String name = sig.hasReceiver() && d == sig.declared().get(0) ? PassiveObjects.THIS : p.name();
        vars.declareObject(name, param.apply(p.name(), p.type()),
            (TypeElement) ((DeclaredType) p.javaType()).asElement());
      } else {
        vars.declare(p.name(), p.type(), param.apply(p.name(), p.type()));
      }
    }
    this.pointResult = sig.pointResult();
    this.cotangent = vectorJacobian ? b.param(sig.parameters().size(), Type.DOUBLE_ARRAY, "cotangent") : null;
  }

  /** A Java name for the values of a point object's part: its path with {@code _} for the dots. */
  private static String hint(String path) {
    return path.replace('.', '_');
  }

  /**
   * Lowers a method to IR. With {@code vectorJacobian}, a vector function {@code f} becomes the scalar function
   * {@code cotangent · f}, whose gradient is the vector–Jacobian product; {@code cotangent} is an extra last parameter.
   */
  public static Lowered lower(Trees trees, Elements elements, DerivativeRules rules, Signature sig, MethodTree tree,
      CompilationUnitTree unit, boolean vectorJacobian) {
    Lowering l = new Lowering(trees, elements, rules, vectorJacobian, sig);
    TypeElement owner = (TypeElement) sig.method().getEnclosingElement();
    Type result = vectorJacobian ? Type.DOUBLE : sig.resultType();
    l.frame = new Frame(unit, new NameResolver(elements, unit, owner), result, true);
    if (sig.output() != null) {
      l.copyOutput(tree.getParameters().stream().filter(p -> p.getName().contentEquals(sig.output())).findFirst()
          .orElseThrow());
    }
    Value r = l.recovery.method(() -> l.body(tree, result));
    l.b.emit(new Stmt.Return(r));
    return new Lowered(l.b.finish(sig.name()), l.sites, l.opaque, l.reserved);
  }

  /** Has the method write a copy of its {@code @Output} parameter {@code out}, starting with the caller's values. */
  private void copyOutput(VariableTree out) {
    origin(out, out.getType() + " " + out.getName());
    String name = out.getName().toString();
    output = outputArray(vars.get(name));
    vars.set(name, output);
  }

  /**
   * A lowered method, with the places in its own source where its derivative is not smooth, the values code kept as
   * written must not depend on the point, and the names that code refers to classes by (a package's first part, a
   * class of {@code java.lang}), which no variable of a generated method may take.
   */
  public record Lowered(Function function, List<Site> sites, List<Opaque> opaque, Set<String> reserved) {}

  /**
   * An error to report if one of {@code values} depends on the point and derivatives of a higher order than
   * {@code differentiableOrder} are generated: code nabla keeps as written (order 0) reads it where a derivative would
   * be lost, or is handed it as an array it could write; or a table entry whose derivatives end (trigamma, order 1) is
   * applied to it.
   */
  public record Opaque(List<Value> values, int differentiableOrder, CompileError error) {}

  /**
   * A place where the derivative may jump: a kink ({@code abs}, {@code max}, {@code min}; {@code value} is the
   * result) or a branch ({@code value} is the condition). It matters only if the value there varies with the point.
   */
  public record Site(boolean kink, Value value, Tree tree) {}

  private void site(boolean kink, Value v, Tree tree) {
    if (frame.outermost() && b.constantValue(v) == null) {
      sites.add(new Site(kink, v, tree));
    }
  }

  private Value body(MethodTree tree, Type result) {
    vars.set(JUMP, b.constant(Jump.NONE));
    vars.set(RESULT, b.constantOf(result, 0));
    statements(tree.getBody().getStatements(), 0);
    if (frame.outermost() && output != null) {
      return arrayResult(output);
    }
    if (Integer.valueOf(Jump.NONE).equals(b.constantValue(vars.get(JUMP)))) {
      throw error(Diagnostic.UNSUPPORTED_STATEMENT, tree, "method bodies that can end without a return");
    }
    return vars.get(RESULT);
  }

  private CompileError error(Diagnostic d, Tree at, Object... args) {
    return frame.error(d, at, args);
  }

  // ---- statements ----

  private void statements(List<? extends StatementTree> stmts, int from) {
    for (int i = from; i < stmts.size(); i++) {
      Value jump = vars.get(JUMP);
      Object known = b.constantValue(jump);
      if (known == null) {
        int rest = i;
        branch(b.prim(Primitive.EQ, jump, b.constant(Jump.NONE)), () -> {
          vars.set(JUMP, b.constant(Jump.NONE));
          statements(stmts, rest);
        }, () -> {});
        return;
      }
      if ((Integer) known != Jump.NONE) {
        int rest = i;
        checkOnly(() -> {
          vars.set(JUMP, b.constant(Jump.NONE));
          statements(stmts, rest);
        });
        return;
      }
      statement(stmts.get(i));
    }
  }

  private void statement(StatementTree s) {
    origin(s, s.toString().lines().findFirst().orElse("").trim());
    recovery.statement(s, frame, () -> lowerStatement(s));
  }

  /** Marks what is built next as coming from {@code t}, which the generated code's comments quote as {@code text}. */
  private void origin(Tree t, String text) {
    long pos = trees.getSourcePositions().getStartPosition(frame.unit(), t);
    b.origin(new Origin(t, frame.unit().getLineMap().getLineNumber(pos), text));
  }

  private void lowerStatement(StatementTree s) {
    switch (s.getKind()) {
      case BLOCK -> vars.scoped(() -> statements(((BlockTree) s).getStatements(), 0));
      case VARIABLE -> variable((VariableTree) s);
      case EXPRESSION_STATEMENT -> expressionStatement(((ExpressionStatementTree) s).getExpression());
      case ASSERT -> assertion((AssertTree) s);
      case IF -> {
        IfTree t = (IfTree) s;
        branch(branchCondition(t.getCondition()), () -> vars.scoped(() -> statement(t.getThenStatement())),
            () -> vars.scoped(() -> {
              if (t.getElseStatement() != null) {
                statement(t.getElseStatement());
              }
            }));
      }
      case FOR_LOOP -> loops.forLoop((ForLoopTree) s);
      case ENHANCED_FOR_LOOP -> loops.enhancedFor((EnhancedForLoopTree) s);
      case WHILE_LOOP -> loops.whileLoop((WhileLoopTree) s);
      case DO_WHILE_LOOP -> loops.doWhileLoop((DoWhileLoopTree) s);
      case BREAK, CONTINUE -> loops.jump(s);
      case SWITCH -> switches.statement((SwitchTree) s);
      case YIELD -> switches.yield((YieldTree) s);
      case RETURN -> returnStatement((ReturnTree) s);
      case THROW -> {
        ExpressionTree thrown = ((ThrowTree) s).getExpression();
        ThrownExpression.uncheckedOnly(thrown, frame);
        // an array handed to the exception is safe: the path that throws computes no derivative
        b.emit(new Stmt.Throw(keep(thrown).text(), b.origin()));
        vars.set(JUMP, b.constant(Jump.THROW));
      }
      case LABELED_STATEMENT -> statement(((com.sun.source.tree.LabeledStatementTree) s).getStatement());
      case EMPTY_STATEMENT -> { }
      default -> throw error(Diagnostic.UNSUPPORTED_STATEMENT, s, Syntax.describe(s.getKind()) + " statements");
    }
  }

  /**
   * An expression statement: a call nabla does not differentiate is kept as written, a point object variable given
   * new parts, anything else lowered.
   */
  private void expressionStatement(ExpressionTree e) {
    String path = e instanceof AssignmentTree a ? points.path(a.getVariable()) : null;
    if (path != null && points.type(path) != null) {
      AssignmentTree a = (AssignmentTree) e;
      Iterator<Value> parts = pointParts(a.getExpression(), points.type(path)).iterator();
      points.parts(path).forEach(part -> vars.set(part, b.rename(parts.next(), hint(part))));
    } else if (e instanceof MethodInvocationTree call && calls.kept(call, frame) != null) {
      KeptText.Kept kept = keep(call);
      watchHanded(kept);
      b.emit(new Stmt.Run(kept.text(), b.origin()));
    } else {
      expression(e);
    }
  }

  /** {@code assert cond : detail;}, kept as written: it runs in the generated methods when assertions are enabled. */
  private void assertion(AssertTree a) {
    KeptText.Kept condition = keep(a.getCondition());
    JavaText kept = JavaText.of("assert ").then(condition.text());
    watchHanded(condition);
    if (a.getDetail() != null) {
      KeptText.Kept detail = keep(a.getDetail());
      kept = kept.then(" : ").then(detail.text());
      watchHanded(detail);
    }
    b.emit(new Stmt.Run(kept, b.origin()));
  }

  /** The value of a call kept as written; a double one must read nothing that depends on the point. */
  private Value passive(MethodInvocationTree call, Calls.Kept kept) {
    KeptText.Kept text = keep(call);
    watchHanded(text);
    if (kept.result() == Type.DOUBLE) {
      calls.watch(text.text().args(), error(Diagnostic.UNSUPPORTED_CALL, call,
          kept.name() + " (its double value depends on the point, and nabla has no derivative for it)"), kept.name());
    }
    String name = kept.name();
    return b.passive(kept.result(), text.text(), name.substring(name.lastIndexOf('.') + 1));
  }

  /** Keeps {@code e} as written; the names its text starts qualified names with are kept free of variables. */
  private KeptText.Kept keep(ExpressionTree e) {
    KeptText.Kept kept = KeptText.of(e, frame, trees.getSourcePositions(), vars, points);
    reserved.addAll(kept.roots());
    return kept;
  }

  /** Checks, once activity is known, that kept code is handed no array that depends on the point. */
  private void watchHanded(KeptText.Kept kept) {
    for (KeptText.Handed h : kept.handed()) {
      opaque.add(new Opaque(List.of(h.array()), 0, error(Diagnostic.UNSUPPORTED_CALL, h.call(), h.method()
          + " (it is handed the array " + h.variable() + ", which depends on the point, and could write to it)")));
    }
  }

  /**
   * Lowers code that never runs (a branch or loop that constants rule out, code after a jump) only to report what in
   * it is unsupported, as for any other code; what it builds is discarded.
   */
  private void checkOnly(Runnable code) {
    Variables.Saved saved = vars.copy();
    int savedSites = sites.size();
    b.beginBlock();
    try {
      code.run();
    } finally {
      b.endBlock();
      vars.restore(saved);
      sites.subList(savedSites, sites.size()).clear();
    }
  }

  private void variable(VariableTree v) {
    String name = v.getName().toString();
    ExpressionTree init = v.getInitializer();
    TypeElement point = declaredPoint(v);
    if (point != null) {
      if (init == null) {
        throw error(Diagnostic.POINT_OBJECT, v, "a declaration without a value", name);
      }
      Iterator<Value> parts = pointParts(init, point).iterator();
      points.declare(name, point, (path, type) -> b.rename(parts.next(), hint(path)));
      return;
    }
    if (init != null && v.getType() != null && !isSupportedType(v.getType())) {
      expression(init); // a lambda, an allocation or a string is reported as such, with its own fix
    }
    Type type = v.getType() == null ? null : typeOf(v.getType(), v);
    Value value;
    if (init == null) {
      value = b.constantOf(type, 0);
    } else if (init instanceof NewArrayTree array && array.getType() == null) {
      value = newArray(array, type);
    } else {
      value = expression(init);
      if (type == null) {
        type = value.type();
      }
      value = assignable(value, type, init);
    }
    vars.declare(name, type, b.rename(value, name));
  }

  /** The point type a declaration gives its variable: the one it names, or for {@code var} its value's; or null. */
  private TypeElement declaredPoint(VariableTree v) {
    TypeElement type = v.getType() == null ? null : frame.names().type(v.getType());
    if (type == null) {
      return v.getInitializer() == null ? null : pointType(v.getInitializer());
    }
    return PointRecords.isPoint(type) ? type : null;
  }

  /**
   * The point type of {@code e} when it is a point object: a variable or part of a point type, or one built with
   * {@code new}; null otherwise.
   */
  private TypeElement pointType(ExpressionTree e) {
    ExpressionTree t = Syntax.strip(e);
    String path = points.path(t);
    TypeElement type = path != null ? points.type(path)
        : t instanceof NewClassTree created ? frame.names().type(created.getIdentifier()) : null;
    return type != null && PointRecords.isPoint(type) ? type : null;
  }

  /** The type a declaration names, null for {@code var} or a type nabla does not have. */
  private Type declaredType(VariableTree v) {
    try {
      return v.getType() == null ? null : typeOf(v.getType(), v);
    } catch (CompileError unsupported) {
      return null;
    }
  }

  private static boolean isSupportedType(Tree typeTree) {
    if (typeTree instanceof PrimitiveTypeTree p) {
      return switch (p.getPrimitiveTypeKind()) {
        case DOUBLE, INT, LONG, BOOLEAN -> true;
        default -> false;
      };
    }
    return typeTree instanceof ArrayTypeTree a ? isSupportedType(a.getType())
        : typeTree instanceof IdentifierTree id && id.getName().contentEquals("var");
  }

  private Type typeOf(Tree typeTree, Tree at) {
    if (typeTree instanceof PrimitiveTypeTree p) {
      switch (p.getPrimitiveTypeKind()) {
        case DOUBLE: return Type.DOUBLE;
        case INT: return Type.INT;
        case LONG: return Type.LONG;
        case BOOLEAN: return Type.BOOLEAN;
        default: break;
      }
    } else if (typeTree instanceof ArrayTypeTree a) {
      Type element = typeOf(a.getType(), at);
      if (element == Type.DOUBLE) {
        return Type.DOUBLE_ARRAY;
      }
      if (element == Type.DOUBLE_ARRAY) {
        return Type.DOUBLE_MATRIX;
      }
    } else if (typeTree instanceof IdentifierTree id && id.getName().contentEquals("var")) {
      return null;
    }
    throw error(Diagnostic.UNSUPPORTED_TYPE, at, "variable " + at, typeTree);
  }

  private Value assignable(Value v, Type type, Tree at) {
    if (v.type() == type) {
      return v;
    }
    if (type.isNumeric() && v.type().isNumeric()) {
      return b.convert(v, type);
    }
    throw error(Diagnostic.UNSUPPORTED_EXPRESSION, at, "assigning a " + v.type().javaName() + " to a "
        + type.javaName());
  }

  private void returnStatement(ReturnTree r) {
    if (r.getExpression() == null && frame.outermost() && output != null) {
      vars.set(JUMP, b.constant(Jump.RETURN));
      return;
    }
    if (r.getExpression() == null) {
      throw error(Diagnostic.UNSUPPORTED_STATEMENT, r, "return statements without a value");
    }
    boolean flattened = frame.outermost() && pointResult != null;
    Value v = flattened ? concatenated(pointParts(r.getExpression(), pointResult)) : expression(r.getExpression());
    Type result = frame.resultType();
    if (frame.outermost() && v.type().isArray()) {
      v = arrayResult(v);
    } else if (result.isNumeric()) {
      v = assignable(v, result, r);
    }
    vars.set(RESULT, v);
    vars.set(JUMP, b.constant(Jump.RETURN));
  }

  /**
   * The result of a vector function whose values are {@code v}: a fresh local array of them, or with
   * {@code vectorJacobian} their dot product with the cotangent.
   */
  private Value arrayResult(Value v) {
    Value values = outputArray(v);
    if (cotangent == null) {
      return values;
    }
    b.emit(new Stmt.CheckLength("cotangent", b.length(cotangent, null), b.length(values, null)));
    return reduce(b.length(values, null), b.zero(), (i, sum) -> b.prim(Primitive.ADD, sum,
        b.prim(Primitive.MUL, b.arrayLoad(cotangent, List.of(i)), b.arrayLoad(values, List.of(i)))));
  }

  /** A new array of {@code parts} one after the other: a double as one entry, an array's elements, a matrix's rows. */
  private Value concatenated(List<Value> parts) {
    List<Value> flat = new ArrayList<>();
    Value total = b.constant(0);
    for (Value part : parts) {
      Value p = part.type() == Type.DOUBLE_MATRIX ? outputArray(part) : part;
      flat.add(p);
      total = b.prim(Primitive.ADD, total, p.type() == Type.DOUBLE ? b.constant(1) : b.length(p, null));
    }
    Value all = local(b.newArray(Type.DOUBLE_ARRAY, List.of(total), "result"));
    Value offset = b.constant(0);
    for (Value p : flat) {
      Value at = offset;
      if (p.type() == Type.DOUBLE) {
        b.arrayStore(all, List.of(at), p);
        offset = b.prim(Primitive.ADD, offset, b.constant(1));
      } else {
        reduce(b.length(p, null), b.zero(), (i, u) -> {
          b.arrayStore(all, List.of(b.prim(Primitive.ADD, at, i)), b.arrayLoad(p, List.of(i)));
          return u;
        });
        offset = b.prim(Primitive.ADD, offset, b.length(p, null));
      }
    }
    return all;
  }

  /** The array a vector function returns: a fresh local array, its rows concatenated when it is a matrix. */
  private Value outputArray(Value v) {
    if (v.type() == Type.DOUBLE_MATRIX) {
      Value rows = b.length(v, null);
      String columns = vars.hidden("columns");
      vars.set(columns, b.constant(0));
      branch(b.prim(Primitive.GT, rows, b.constant(0)), () -> vars.set(columns, b.length(v, b.constant(0))), () -> {});
      Value cols = vars.remove(columns);
      Value flat = local(b.newArray(Type.DOUBLE_ARRAY, List.of(b.prim(Primitive.MUL, rows, cols)), "result"));
      reduce(rows, b.zero(), (i, unused) -> reduce(cols, unused, (j, u) -> {
        b.arrayStore(flat, List.of(b.prim(Primitive.ADD, b.prim(Primitive.MUL, i, cols), j)),
            b.arrayLoad(v, List.of(i, j)));
        return u;
      }));
      return flat;
    }
    if (localArrays.contains(v)) {
      return v;
    }
    Value copy = local(b.newArray(Type.DOUBLE_ARRAY, List.of(b.length(v, null)), "result"));
    reduce(b.length(v, null), b.zero(), (i, u) -> {
      b.arrayStore(copy, List.of(i), b.arrayLoad(v, List.of(i)));
      return u;
    });
    return copy;
  }

  /**
   * Folds {@code step} over 0 ≤ i < n starting from {@code init}: unrolled when n is a small constant, else a loop.
   */
  private Value reduce(Value n, Value init, BiFunction<Value, Value, Value> step) {
    Object known = b.constantValue(n);
    if (known != null && (Integer) known <= 64) {
      Value acc = init;
      for (int i = 0; i < (Integer) known; i++) {
        acc = step.apply(b.constant(i), acc);
      }
      return acc;
    }
    Slot sum = b.slot(init.type(), "sum");
    b.store(sum, init);
    b.countedLoop(b.constant(0), n, i -> b.store(sum, step.apply(i, b.load(sum))));
    return b.load(sum);
  }

  // ---- branches ----

  /**
   * Lowers {@code if (cond) then else otherwise}; variables the branches assign differently are merged after it.
   */
  private void branch(Value cond, Runnable then, Runnable otherwise) {
    Object known = b.constantValue(cond);
    if (known != null) {
      ((Boolean) known ? then : otherwise).run();
      checkOnly((Boolean) known ? otherwise : then);
      return;
    }
    Map<String, Value> before = vars.values();
    vars.replace(new LinkedHashMap<>(before));
    b.beginBlock();
    then.run();
    BranchMerge.Side thenSide = new BranchMerge.Side(new ArrayList<>(b.endBlock().stmts()), vars.values());
    vars.replace(new LinkedHashMap<>(before));
    b.beginBlock();
    otherwise.run();
    BranchMerge.Side elseSide = new BranchMerge.Side(new ArrayList<>(b.endBlock().stmts()), vars.values());
    vars.replace(merge.merge(cond, before, thenSide, elseSide, frame));
    if (merge.threw(thenSide) || merge.threw(elseSide)) {
      sites.removeIf(s -> !s.kink() && s.value().equals(cond)); // a guard: no derivative jumps where it switches
    }
  }

  // ---- conditions ----

  /** A condition that picks a branch: a place where the derivative may jump. */
  private Value branchCondition(ExpressionTree e) {
    Value c = recovery.condition(e, frame, () -> condition(e));
    site(false, c, e);
    return c;
  }

  private Value condition(ExpressionTree e) {
    ExpressionTree t = Syntax.strip(e);
    if (t.getKind() == Tree.Kind.CONDITIONAL_AND || t.getKind() == Tree.Kind.CONDITIONAL_OR) {
      BinaryTree bin = (BinaryTree) t;
      Value left = condition(bin.getLeftOperand());
      return shortCircuit(left, () -> condition(bin.getRightOperand()), t.getKind() == Tree.Kind.CONDITIONAL_AND,
          Syntax.isSafe(bin.getRightOperand()));
    }
    Value v = expression(t);
    if (v.type() != Type.BOOLEAN) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, e, "a non-boolean condition");
    }
    return v;
  }

  /** {@code left && right} or {@code left || right}; {@code right} runs only when needed unless it is safe. */
  private Value shortCircuit(Value left, Supplier<Value> right, boolean and, boolean rightIsSafe) {
    Object known = b.constantValue(left);
    if (known != null) {
      if ((Boolean) known == and) {
        return right.get();
      }
      checkOnly(right::get);
      return left;
    }
    if (rightIsSafe) {
      return b.prim(and ? Primitive.AND : Primitive.OR, left, right.get());
    }
    String tmp = vars.hidden("cond");
    vars.set(tmp, b.constant(!and));
    branch(and ? left : b.prim(Primitive.NOT, left), () -> vars.set(tmp, right.get()), () -> {});
    return vars.remove(tmp);
  }

  // ---- expressions ----

  private Value expression(ExpressionTree e) {
    switch (e.getKind()) {
      case PARENTHESIZED:
        return expression(((ParenthesizedTree) e).getExpression());
      case INT_LITERAL:
      case LONG_LITERAL:
      case DOUBLE_LITERAL:
      case BOOLEAN_LITERAL:
        return literal((LiteralTree) e);
      case FLOAT_LITERAL:
      case CHAR_LITERAL:
        throw error(Diagnostic.UNSUPPORTED_TYPE, e, "literal " + e, e.getKind() == Tree.Kind.FLOAT_LITERAL ? "float"
            : "char");
      case STRING_LITERAL:
        throw error(Diagnostic.STRING, e, e);
      case IDENTIFIER:
        return points.path(e) != null ? pointPart(e) : identifier((IdentifierTree) e);
      case MEMBER_SELECT:
        return points.path(e) != null ? pointPart(e) : memberSelect((MemberSelectTree) e);
      case ARRAY_ACCESS:
        return arrayRead((ArrayAccessTree) e);
      case CONDITIONAL_AND:
      case CONDITIONAL_OR:
        return condition(e);
      case CONDITIONAL_EXPRESSION:
        return ternary((ConditionalExpressionTree) e);
      case ASSIGNMENT:
        AssignmentTree a = (AssignmentTree) e;
        return assign(a.getVariable(), expression(a.getExpression()), a);
      case METHOD_INVOCATION:
        return points.path(e) != null ? pointPart(e) : calls.call((MethodInvocationTree) e, frame);
      case NEW_ARRAY:
        return newArray((NewArrayTree) e, null);
      case TYPE_CAST:
        return cast((TypeCastTree) e);
      case SWITCH_EXPRESSION:
        return switches.expression((SwitchExpressionTree) e);
      case LAMBDA_EXPRESSION:
      case MEMBER_REFERENCE:
        throw error(Diagnostic.LAMBDA, e, e.getKind() == Tree.Kind.LAMBDA_EXPRESSION ? "a lambda"
            : "a method reference");
      case NEW_CLASS:
        throw error(Diagnostic.ALLOCATION, e, e);
      default:
        break;
    }
    if (e instanceof BinaryTree bin) {
      return binary(bin);
    }
    if (e instanceof UnaryTree u) {
      return unary(u);
    }
    if (e instanceof CompoundAssignmentTree c) {
      return update(c.getVariable(), old -> arithmetic(c.getKind(), old, expression(c.getExpression()), c), c, false);
    }
    throw error(Diagnostic.UNSUPPORTED_EXPRESSION, e, Syntax.describe(e.getKind()) + " (" + e + ")");
  }

  /** A part of a point object, read as a variable; the object itself is no value nabla has. */
  private Value pointPart(ExpressionTree e) {
    String path = points.path(e);
    if (points.type(path) != null) {
      throw error(Diagnostic.POINT_OBJECT, e, "this expression", e);
    }
    return vars.get(path);
  }


  /**
   * The parts of {@code e}, an expression of the point type {@code type}, in order: those of an object built with
   * {@code new} from its arguments, or those of a variable or part of that type.
   */
  private List<Value> pointParts(ExpressionTree e, TypeElement type) {
    ExpressionTree t = Syntax.strip(e);
    String path = points.path(t);
    if (path != null && type.equals(points.type(path))) {
      return partValues(path);
    }
    if (!(t instanceof NewClassTree created) || created.getClassBody() != null
        || !type.equals(frame.names().type(created.getIdentifier()))) {
      throw error(Diagnostic.POINT_OBJECT, e, "this expression, where a " + type.getSimpleName() + " is expected,",
          "it builds or reads");
    }
    List<PointRecords.Part> declared = PointRecords.parts(type);
    List<Value> parts = new ArrayList<>();
    if (created.getArguments().size() != declared.size() || !PointRecords.rebuilds(type, elements, trees)) {
      throw error(Diagnostic.POINT_OBJECT, e, "new " + type.getSimpleName() + " with a constructor or accessors "
          + "written out, or not from its parts,", "it builds");
    }
    for (int i = 0; i < declared.size(); i++) {
      PointRecords.Part part = declared.get(i);
      ExpressionTree argument = created.getArguments().get(i);
      if (part.nested() != null) {
        parts.addAll(pointParts(argument, part.nested()));
      } else {
        parts.add(assignable(expression(argument), part.type(), argument));
      }
    }
    return parts;
  }

  /** The values of the parts of the point object at {@code path}, in order. */
  private List<Value> partValues(String path) {
    return points.parts(path).stream().map(vars::get).toList();
  }

  private Value literal(LiteralTree l) {
    Object v = l.getValue();
    if (v instanceof Integer i) {
      return b.constant(i);
    }
    if (v instanceof Long x) {
      return b.constantOf(Type.LONG, x);
    }
    if (v instanceof Double d) {
      return b.constant(d);
    }
    return b.constant((Boolean) v);
  }

  private Value identifier(IdentifierTree id) {
    String name = id.getName().toString();
    Value v = vars.get(name);
    if (v != null) {
      return v;
    }
    VariableElement own = PassiveObjects.receiverField(name, vars);
    if (own != null) {
      return field(own, id, PassiveObjects.receiver(vars));
    }
    VariableElement field = frame.names().field(name);
    if (field == null) {
      throw error(Diagnostic.UNRESOLVED, id, name);
    }
    return field(field, id, null);
  }

  /** Reads the field {@code f}: a static one ({@code object} null) or one of {@code object}, a passive object. */
  private Value field(VariableElement f, Tree at, Value object) {
    Type type = SignatureReader.typeOf(f.asType());
    if (!NameResolver.isStatic(f) && object == null) {
      // in a record's method inlined on a point, a component whose accessor is written out is read through it
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, at, "the instance field " + f.getSimpleName()
          + (points.type(PassiveObjects.THIS) != null ? " of a point record whose accessor " + f.getSimpleName()
          + "() is written out, through which nabla reads the component (call it instead),"
          : " outside an instance method of its class"));
    }
    if (type == null) {
      throw error(Diagnostic.UNSUPPORTED_TYPE, at, "field " + f.getSimpleName(), f.asType());
    }
    Object constant = f.getConstantValue();
    if (constant != null) {
      return b.constantOf(type, constant);
    }
    TypeElement owner = (TypeElement) f.getEnclosingElement();
    Op.Field read = new Op.Field(owner.getQualifiedName().toString(), f.getSimpleName().toString(),
        Access.isHidden(f));
    if (object == null) {
      return b.field(type, read, List.of());
    }
    return f.getModifiers().contains(Modifier.FINAL) ? b.finalField(type, read, object)
        : b.field(type, read, List.of(object));
  }

  private Value memberSelect(MemberSelectTree s) {
    String member = s.getIdentifier().toString();
    ExpressionTree qualifier = Syntax.strip(s.getExpression());
    boolean isValue = qualifier instanceof ArrayAccessTree
        || (qualifier instanceof IdentifierTree id && vars.has(id.getName().toString()))
        || (member.equals("length") && frame.names().type(qualifier) == null);
    if (isValue && member.equals("length")) {
      if (qualifier instanceof ArrayAccessTree row) {
        List<Value> at = new ArrayList<>();
        Value matrix = arrayBase(row, at);
        if (matrix.type() == Type.DOUBLE_MATRIX && at.size() == 1) {
          return b.length(matrix, at.get(0));
        }
      } else {
        Value array = expression(qualifier);
        if (!array.type().isArray()) {
          throw error(Diagnostic.UNSUPPORTED_EXPRESSION, s, "length of a " + array.type().javaName());
        }
        return b.length(array, null);
      }
    }
    if (qualifier instanceof IdentifierTree id && vars.classOf(vars.get(id.getName().toString())) != null) {
      Value object = vars.get(id.getName().toString());
      VariableElement f = PassiveObjects.instanceField(vars.classOf(object), member);
      if (f == null) {
        throw error(Diagnostic.UNRESOLVED, s, s);
      }
      return field(f, s, object);
    }
    TypeElement held = PassiveObjects.classOf(qualifier, vars);
    if (held != null) {
      // a field of an object held in a field (this.model.gains): kept as written
      VariableElement f = PassiveObjects.instanceField(held, member);
      Type type = f == null ? null : SignatureReader.typeOf(f.asType());
      if (type == null) {
        throw error(f == null ? Diagnostic.UNRESOLVED : Diagnostic.UNSUPPORTED_EXPRESSION, s, "the member access " + s);
      }
      return b.passive(type, keep(s).text(), member);
    }
    TypeElement owner = isValue ? null : frame.names().type(qualifier);
    if (owner == null) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, s, "the member access " + s);
    }
    VariableElement f = NameResolver.field(owner, member);
    if (f == null) {
      throw error(Diagnostic.UNRESOLVED, s, s);
    }
    return field(f, s, null);
  }

  /** Reads the array at the bottom of {@code a[i][j]}, collecting the indices into {@code indices}. */
  private Value arrayBase(ArrayAccessTree a, List<Value> indices) {
    ExpressionTree base = Syntax.strip(a.getExpression());
    Value array = base instanceof ArrayAccessTree inner ? arrayBase(inner, indices) : expression(base);
    if (!array.type().isArray()) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, a, "indexing a " + array.type().javaName());
    }
    Value index = expression(a.getIndex());
    if (index.type() != Type.INT) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, a.getIndex(), "an index of type " + index.type().javaName());
    }
    indices.add(index);
    return array;
  }

  private Value arrayRead(ArrayAccessTree a) {
    List<Value> indices = new ArrayList<>();
    Value array = arrayBase(a, indices);
    int rank = array.type() == Type.DOUBLE_MATRIX ? 2 : 1;
    if (indices.size() != rank) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, a, "a matrix row as a value (" + a + "); index its elements");
    }
    return b.arrayLoad(array, indices);
  }

  private Value assign(ExpressionTree target, Value v, Tree at) {
    ExpressionTree t = Syntax.strip(target);
    String path = points.path(t);
    if (path != null) {
      String object = path.substring(0, path.lastIndexOf('.') < 0 ? path.length() : path.lastIndexOf('.'));
      throw error(Diagnostic.POINT_WRITTEN, at, "this assignment", t, object);
    }
    if (t instanceof IdentifierTree id && vars.has(id.getName().toString())) {
      String name = id.getName().toString();
      if (v.type().isArray()) {
        arrayAssignments.put(name, at);
      }
      Value converted = assignable(v, vars.type(name), at);
      vars.set(name, b.rename(converted, name));
      return converted;
    }
    if (t instanceof ArrayAccessTree a) {
      List<Value> indices = new ArrayList<>();
      Value array = arrayBase(a, indices);
      requireWritable(array, a, at);
      Value converted = assignable(v, Type.DOUBLE, at);
      b.arrayStore(array, indices, converted);
      return converted;
    }
    boolean instanceField = t instanceof IdentifierTree id
        ? PassiveObjects.receiverField(id.getName().toString(), vars) != null
        : t instanceof MemberSelectTree s && PassiveObjects.classOf(s.getExpression(), vars) != null;
    if (instanceField) {
      throw error(Diagnostic.FIELD_WRITE, at, "this assignment", t);
    }
    throw error(Diagnostic.SIDE_EFFECT, at, "this assignment", "the field " + t);
  }

  /**
   * Replaces the target's value {@code old} by {@code change(old)}, evaluating an array element's location once (so
   * {@code a[i++] += v} increments i once); returns the new value, or the old one when {@code returnOld}.
   */
  private Value update(ExpressionTree target, java.util.function.UnaryOperator<Value> change, Tree at,
      boolean returnOld) {
    if (Syntax.strip(target) instanceof ArrayAccessTree a) {
      List<Value> indices = new ArrayList<>();
      Value array = arrayBase(a, indices);
      requireWritable(array, a, at);
      Value old = b.arrayLoad(array, indices);
      Value updated = assignable(change.apply(old), Type.DOUBLE, at);
      b.arrayStore(array, indices, updated);
      return returnOld ? old : updated;
    }
    Value old = expression(target);
    Value updated = assign(target, b.convert(change.apply(old), old.type()), at);
    return returnOld ? old : updated;
  }

  private void requireWritable(Value array, ArrayAccessTree a, Tree at) {
    if (!localArrays.contains(array)) {
      throw error(Diagnostic.SIDE_EFFECT, at, "this assignment", "the array " + Syntax.strip(a.getExpression())
          + " it did not create");
    }
    if (a.getExpression() instanceof ArrayAccessTree == (array.type() != Type.DOUBLE_MATRIX)) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, at, "assigning a whole matrix row");
    }
  }

  private Value binary(BinaryTree bin) {
    Tree.Kind k = bin.getKind();
    if ((k == Tree.Kind.EQUAL_TO || k == Tree.Kind.NOT_EQUAL_TO) && (PassiveObjects.isObject(bin.getLeftOperand(),
        frame, vars) || PassiveObjects.isObject(bin.getRightOperand(), frame, vars))) {
      // objects compared (type == Kind.CALL, option != null): kept as written
      return b.passive(Type.BOOLEAN, keep(bin).text(), "same");
    }
    Value l = expression(bin.getLeftOperand());
    Value r = expression(bin.getRightOperand());
    switch (k) {
      case AND:
      case OR:
      case XOR:
        if (l.type() == Type.BOOLEAN && r.type() == Type.BOOLEAN) {
          return b.prim(k == Tree.Kind.AND ? Primitive.AND : k == Tree.Kind.OR ? Primitive.OR : Primitive.NE, l, r);
        }
        throw error(Diagnostic.UNSUPPORTED_EXPRESSION, bin, "bitwise operator " + k.toString().toLowerCase());
      case EQUAL_TO:
      case NOT_EQUAL_TO:
        if (l.type() == Type.BOOLEAN && r.type() == Type.BOOLEAN) {
          return b.prim(k == Tree.Kind.EQUAL_TO ? Primitive.EQ : Primitive.NE, l, r);
        }
        break;
      default:
        break;
    }
    return arithmetic(k, l, r, bin);
  }

  private Value arithmetic(Tree.Kind k, Value l, Value r, Tree at) {
    Primitive p = switch (k) {
      case PLUS, PLUS_ASSIGNMENT -> Primitive.ADD;
      case MINUS, MINUS_ASSIGNMENT -> Primitive.SUB;
      case MULTIPLY, MULTIPLY_ASSIGNMENT -> Primitive.MUL;
      case DIVIDE, DIVIDE_ASSIGNMENT -> Primitive.DIV;
      case REMAINDER, REMAINDER_ASSIGNMENT -> Primitive.REM;
      case LESS_THAN -> Primitive.LT;
      case LESS_THAN_EQUAL -> Primitive.LE;
      case GREATER_THAN -> Primitive.GT;
      case GREATER_THAN_EQUAL -> Primitive.GE;
      case EQUAL_TO -> Primitive.EQ;
      case NOT_EQUAL_TO -> Primitive.NE;
      default -> throw error(Diagnostic.UNSUPPORTED_EXPRESSION, at, "operator " + Syntax.describe(k));
    };
    if (!l.type().isNumeric() || !r.type().isNumeric()) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, at, "operator " + Syntax.describe(k) + " on " + l.type().javaName()
          + " and " + r.type().javaName());
    }
    Type t = Type.promote(l.type(), r.type());
    return b.prim(p, b.convert(l, t), b.convert(r, t));
  }

  private Value unary(UnaryTree u) {
    switch (u.getKind()) {
      case UNARY_PLUS:
        return expression(u.getExpression());
      case UNARY_MINUS:
        Value v = expression(u.getExpression());
        if (!v.type().isNumeric()) {
          throw error(Diagnostic.UNSUPPORTED_EXPRESSION, u, "negating a " + v.type().javaName());
        }
        return b.prim(Primitive.NEG, v);
      case LOGICAL_COMPLEMENT:
        return b.prim(Primitive.NOT, condition(u.getExpression()));
      case PREFIX_INCREMENT:
      case PREFIX_DECREMENT:
      case POSTFIX_INCREMENT:
      case POSTFIX_DECREMENT:
        boolean up = u.getKind() == Tree.Kind.PREFIX_INCREMENT || u.getKind() == Tree.Kind.POSTFIX_INCREMENT;
        boolean prefix = u.getKind() == Tree.Kind.PREFIX_INCREMENT || u.getKind() == Tree.Kind.PREFIX_DECREMENT;
        return update(u.getExpression(),
            old -> b.prim(up ? Primitive.ADD : Primitive.SUB, old, b.constantOf(old.type(), 1)), u, !prefix);
      default:
        throw error(Diagnostic.UNSUPPORTED_EXPRESSION, u, "operator " + Syntax.describe(u.getKind()));
    }
  }

  /**
   * {@code c ? a : b}, of the type Java gives it: numeric sides of different types promoted, even where {@code c} is
   * known and only one side is computed (its {@code int} value then still reads as the {@code double} Java sees).
   */
  private Value ternary(ConditionalExpressionTree t) {
    Value c = branchCondition(t.getCondition());
    String tmp = vars.hidden("choice");
    List<Type> sides = new ArrayList<>();
    branch(c, () -> vars.set(tmp, side(t.getTrueExpression(), sides)),
        () -> vars.set(tmp, side(t.getFalseExpression(), sides)));
    Value v = vars.remove(tmp);
    return sides.size() == 2 && sides.stream().allMatch(Type::isNumeric)
        ? b.convert(v, Type.promote(sides.get(0), sides.get(1))) : v;
  }

  /** One side of a conditional expression, its type added to {@code sides}. */
  private Value side(ExpressionTree e, List<Type> sides) {
    Value v = expression(e);
    sides.add(v.type());
    return v;
  }

  private Value cast(TypeCastTree c) {
    Value v = expression(c.getExpression());
    Type target = typeOf(c.getType(), c);
    if (!target.isNumeric() || !v.type().isNumeric()) {
      throw error(Diagnostic.UNSUPPORTED_EXPRESSION, c, "the cast " + c);
    }
    return b.convert(v, target);
  }

  private Value newArray(NewArrayTree n, Type declaredType) {
    if (n.getType() != null) {
      Type element = typeOf(n.getType(), n);
      if (element == Type.DOUBLE_ARRAY && n.getInitializers() != null) {
        declaredType = Type.DOUBLE_MATRIX;
      } else if (element == Type.DOUBLE_ARRAY) {
        throw error(Diagnostic.MATRIX_ROW_LENGTH, n, n);
      } else if (element != Type.DOUBLE) {
        throw error(Diagnostic.UNSUPPORTED_TYPE, n, "array " + n, n.getType() + "[]");
      }
    }
    if (n.getInitializers() == null) {
      List<Value> dims = new ArrayList<>();
      for (ExpressionTree d : n.getDimensions()) {
        dims.add(expression(d));
      }
      if (dims.size() > 2 || (declaredType == Type.DOUBLE_MATRIX && dims.size() != 2)) {
        throw error(Diagnostic.UNSUPPORTED_TYPE, n, "array " + n, "an array that is not double[] or double[n][m]");
      }
      return local(b.newArray(dims.size() == 2 ? Type.DOUBLE_MATRIX : Type.DOUBLE_ARRAY, dims, "array"));
    }
    boolean matrix = declaredType == Type.DOUBLE_MATRIX || (!n.getInitializers().isEmpty()
        && Syntax.strip(n.getInitializers().get(0)) instanceof NewArrayTree);
    List<? extends ExpressionTree> rows = n.getInitializers();
    if (!matrix) {
      Value a = local(b.newArray(Type.DOUBLE_ARRAY, List.of(b.constant(rows.size())), "array"));
      for (int i = 0; i < rows.size(); i++) {
        b.arrayStore(a, List.of(b.constant(i)), assignable(expression(rows.get(i)), Type.DOUBLE, rows.get(i)));
      }
      return a;
    }
    int cols = -1;
    for (ExpressionTree row : rows) {
      if (!(Syntax.strip(row) instanceof NewArrayTree r) || r.getInitializers() == null
          || (cols >= 0 && r.getInitializers().size() != cols)) {
        throw error(Diagnostic.UNSUPPORTED_EXPRESSION, row, "a ragged or computed matrix row");
      }
      cols = r.getInitializers().size();
    }
    Value m = local(b.newArray(Type.DOUBLE_MATRIX, List.of(b.constant(rows.size()), b.constant(Math.max(cols, 0))),
        "matrix"));
    for (int i = 0; i < rows.size(); i++) {
      List<? extends ExpressionTree> row = ((NewArrayTree) Syntax.strip(rows.get(i))).getInitializers();
      for (int j = 0; j < row.size(); j++) {
        b.arrayStore(m, List.of(b.constant(i), b.constant(j)),
            assignable(expression(row.get(j)), Type.DOUBLE, row.get(j)));
      }
    }
    return m;
  }

  private Value local(Value array) {
    localArrays.add(array);
    return array;
  }

  /**
   * Lowers an inlined callee's body in its own frame and scope, its parameters, and {@code this} for an instance
   * method, bound to the call's arguments and receiver.
   */
  private Value inlined(MethodTree tree, Frame callee, List<Type> parameterTypes, List<Argument> args,
      Argument receiver, Tree at) {
    Variables.Saved caller = vars.enter();
    Map<String, TypeElement> callerPoints = points.enter();
    Frame savedFrame = frame;
    try {
      if (receiver != null) {
        bind(PassiveObjects.THIS, Type.OBJECT, receiver, at);
      }
      for (int i = 0; i < args.size(); i++) {
        bind(tree.getParameters().get(i).getName().toString(), parameterTypes.get(i), args.get(i), at);
      }
      frame = callee;
      return body(tree, callee.resultType());
    } finally {
      vars.restore(caller);
      points.restore(callerPoints);
      frame = savedFrame;
    }
  }

  /**
   * Declares the callee's variable {@code name}, of type {@code type}: a point object passed whole is its parts, the
   * caller's values, so that the callee reads the caller's point.
   */
  private void bind(String name, Type type, Argument a, Tree at) {
    if (a.point() == null) {
      vars.declare(name, type, assignable(a.value(), type, at));
    } else {
      Iterator<Value> parts = a.parts().iterator();
      points.declare(name, a.point(), (path, partType) -> parts.next());
    }
  }
}
