package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Predicate;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Lowers method invocations: {@code Math} functions (also of {@code StrictMath} and of Hipparchus's or Commons Math's
 * {@code FastMath}) become primitives, a call to a static method whose source is in this compilation
 * ({@code @Differentiable} or a plain helper) is inlined from its tree, and one to a {@code @Differentiable} method
 * compiled earlier from the source that compilation stored; recursion is an error.
 */
final class Calls {
  private static final String DIFFERENTIABLE = "dev.nabla.Differentiable";

  /** What lowering a call needs from the lowering of the method that makes it. */
  interface Caller {
    /** Lowers an argument of the call. */
    Value argument(ExpressionTree argument);

    /** Notes that the derivative may jump where {@code value}, the result of abs, max or min, has its kink. */
    void kink(Value value, Tree at);

    /**
     * Lowers a callee's body in its own frame and scope, its parameters (of the given types) bound to {@code args},
     * and returns its result.
     */
    Value body(MethodTree callee, Frame frame, List<Type> parameterTypes, List<Value> args, Tree at);
  }

  private final Trees trees;
  private final Elements elements;
  private final StoredSource stored;
  private final Builder b;
  private final Caller caller;
  /** The methods being lowered, innermost first: the annotated method and the callees inlined into it. */
  private final Deque<ExecutableElement> callStack = new ArrayDeque<>();

  Calls(Trees trees, Elements elements, Builder b, ExecutableElement method, Caller caller) {
    this.trees = trees;
    this.elements = elements;
    this.stored = new StoredSource(elements);
    this.b = b;
    this.caller = caller;
    callStack.push(method);
  }

  /** Lowers {@code mi}, a call made by the method of {@code frame}. */
  Value call(MethodInvocationTree mi, Frame frame) {
    ExpressionTree select = mi.getMethodSelect();
    String name;
    List<ExecutableElement> candidates;
    if (select instanceof MemberSelectTree s) {
      name = s.getIdentifier().toString();
      TypeElement owner = frame.names().type(Syntax.strip(s.getExpression()));
      if (owner == null) {
        throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, mi.getMethodSelect());
      }
      candidates = NameResolver.methods(owner, name);
    } else {
      name = ((IdentifierTree) select).getName().toString();
      candidates = frame.names().methods(name);
    }
    List<Value> args = new ArrayList<>();
    for (ExpressionTree a : mi.getArguments()) {
      args.add(caller.argument(a));
    }
    if (candidates.isEmpty()) {
      throw frame.error(Diagnostic.UNRESOLVED, mi, "method " + select);
    }
    ExecutableElement callee = Overloads.choose(candidates, args);
    if (callee == null) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, select);
    }
    if (callee.getParameters().stream().anyMatch(p -> SignatureReader.typeOf(p.asType()) == null)) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi,
          select + " on integers (Java calls its float overload; cast the arguments to double)");
    }
    String owner = ((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString();
    MathLibrary library = MathLibrary.named(owner);
    if (library != null) {
      return math(callee, args, library, mi, frame);
    }
    if (owner.equals("java.lang.System") && (name.equals("nanoTime") || name.equals("currentTimeMillis"))) {
      throw frame.error(Diagnostic.NONDETERMINISTIC, mi, select);
    }
    TreePath path = trees.getPath(callee);
    if (!NameResolver.isStatic(callee) || path == null && !isDifferentiable(callee)) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, owner + "." + name);
    }
    return inline(callee, path, args, mi, frame);
  }

  private static boolean isDifferentiable(ExecutableElement method) {
    return method.getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals(DIFFERENTIABLE));
  }

  /**
   * A {@code Math} function of {@code library}'s class, in the overload the call resolved to: its arguments converted
   * to that overload's parameters, so that the generated code calls the very method the user's code calls.
   */
  private Value math(ExecutableElement callee, List<Value> args, MathLibrary library, Tree at, Frame frame) {
    String name = library.spelling() + "." + callee.getSimpleName();
    if (callee.getSimpleName().contentEquals("random")) {
      throw frame.error(Diagnostic.NONDETERMINISTIC, at, name);
    }
    Primitive p = Primitive.mathFunction(callee.getSimpleName().toString(), args.size());
    List<Value> converted = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      converted.add(b.convert(args.get(i), SignatureReader.typeOf(callee.getParameters().get(i).asType())));
    }
    Type t = p == null ? null : p.resultType(converted.stream().map(Value::type).toList());
    if (t == null || t != SignatureReader.typeOf(callee.getReturnType())) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, at, name);
    }
    Value v = b.prim(p, library, converted);
    if (t == Type.DOUBLE && p.hasKinks()) {
      caller.kink(v, at);
    }
    return v;
  }

  /**
   * Inlines {@code callee}: from {@code path}, its tree in this compilation, or else from the source its generated
   * class stores. A callee in this compilation need not be {@code @Differentiable}: such a helper's errors name the
   * calls that reached it.
   */
  private Value inline(ExecutableElement callee, TreePath path, List<Value> args, Tree at, Frame frame) {
    if (callStack.contains(callee)) {
      throw frame.error(Diagnostic.RECURSION, at, callee.getSimpleName(), chain(callee, callee::equals));
    }
    TypeElement owner = (TypeElement) callee.getEnclosingElement();
    String qualified = owner + "." + callee.getSimpleName();
    MethodTree tree;
    CompilationUnitTree unit;
    if (path != null && path.getLeaf() instanceof MethodTree m) {
      tree = m;
      unit = path.getCompilationUnit();
    } else {
      StoredSource.Found found = stored.find(callee, GeneratedName.qualified(elements, owner));
      if (found == null) {
        throw frame.error(Diagnostic.UNSUPPORTED_CALL, at, qualified
            + " (compiled separately, and its generated class holds no source to differentiate through)");
      }
      tree = found.method();
      unit = found.unit();
    }
    boolean differentiable = isDifferentiable(callee);
    if (tree.getBody() == null) {
      throw differentiable ? frame.error(Diagnostic.ABSTRACT, at, callee.getSimpleName())
          : frame.error(Diagnostic.UNSUPPORTED_CALL, at, qualified);
    }
    Type result = SignatureReader.typeOf(callee.getReturnType());
    if (result == null) {
      throw differentiable ? frame.error(Diagnostic.UNSUPPORTED_RESULT, at, callee.getReturnType())
          : frame.error(Diagnostic.UNSUPPORTED_TYPE, at, "the result of " + qualified, callee.getReturnType());
    }
    List<Type> parameterTypes = new ArrayList<>();
    callee.getParameters().forEach(p -> parameterTypes.add(SignatureReader.typeOf(p.asType())));
    Frame calleeFrame = new Frame(unit, new NameResolver(elements, unit, owner), result, false,
        differentiable ? null : chain(callee, Calls::isDifferentiable));
    callStack.push(callee);
    try {
      return caller.body(tree, calleeFrame, parameterTypes, args, at);
    } catch (CompileError e) {
      if (path != null) {
        throw e;
      }
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, at, qualified + " (" + e.getMessage() + ")");
    } finally {
      callStack.pop();
    }
  }

  /** The calls that lead to {@code callee}, from the innermost method on the stack that {@code from} accepts. */
  private String chain(ExecutableElement callee, Predicate<ExecutableElement> from) {
    List<String> chain = new ArrayList<>();
    for (ExecutableElement m : callStack) {
      chain.add(0, m.getSimpleName().toString());
      if (from.test(m)) {
        break;
      }
    }
    chain.add(callee.getSimpleName().toString());
    return String.join(" → ", chain);
  }
}
