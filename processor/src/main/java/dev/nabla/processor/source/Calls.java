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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.util.Elements;

/**
 * Lowers method invocations: {@code Math} functions (also of {@code StrictMath} and of Hipparchus's or Commons Math's
 * {@code FastMath}) and the tests of {@code Double} ({@code isNaN} …) become primitives, a call to a static method
 * whose source is in this compilation ({@code @Differentiable} or a plain helper), or to a method of the receiver
 * ({@code this.m(…)}, {@code m(…)}) or of a point object ({@code p.norm()}) that has a body there, is inlined from its
 * tree (a point object, as receiver or argument, bound to its parts), and one to a
 * {@code @Differentiable} method compiled earlier from the source that compilation stored; recursion is an error.
 * A call to any other method (of a library, of the JDK, on a static field such as a logger, of a passive object or
 * of the receiver without a body) is kept as written ({@link Kept}). A method with
 * {@linkplain DerivativeRules derivative rules} is called as written, and its rules are inlined for its partials.
 */
final class Calls {
  private static final String DIFFERENTIABLE = "dev.nabla.Differentiable";

  /** What lowering a call needs from the lowering of the method that makes it. */
  interface Caller {
    /** Lowers an argument of the call: its value, or the parts of a point object passed whole. */
    Argument argument(ExpressionTree argument);

    /**
     * The point object {@code call} is made on, as its parts: {@code p} in {@code p.norm()}, or in a method of a point
     * type inlined on a point, the receiver of {@code norm()}; null when the call is made on none.
     */
    Argument pointReceiver(MethodInvocationTree call);

    /** Notes that the derivative may jump where {@code value}, the result of abs, max or min, has its kink. */
    void kink(Value value, Tree at);

    /**
     * Lowers a callee's body in its own frame and scope, its parameters (of the given types) bound to {@code args} and,
     * for an instance method, {@code this} to {@code receiver} (null for a static method), and returns its result.
     */
    Value body(MethodTree callee, Frame frame, List<Type> parameterTypes, List<Argument> args, Argument receiver,
        Tree at);

    /** The value of a call kept as written, whose result has the type {@code kept.result()}. */
    Value passive(MethodInvocationTree call, Kept kept);

    /**
     * The double value of a call of {@code method} (qualified) on {@code args}, written as such a call: a static one,
     * or one on the object {@code receiver} when it is not null.
     */
    Value called(Value receiver, String method, List<Value> args);

    /** An object of class {@code cls} held in a field ({@code STANDARD}, {@code this.dist}), read as written. */
    Value heldObject(ExpressionTree field, TypeElement cls);

    /** Reports {@code o}'s error if one of its values turns out to depend on the point. */
    void watch(Lowering.Opaque o);
  }

  /**
   * The call of an original whose rule nabla is inlining for a partial: {@code original} called at {@code at} in
   * {@code frame}, its {@code rule}, and the depth of the call stack where the rule's inlining starts.
   */
  private record RuleSite(String original, String rule, Frame frame, Tree at, int stackDepth) {}

  /**
   * A call nabla keeps as written instead of differentiating it: the method's qualified {@code name}, and its
   * {@code result} type, null when it is none that nabla reads (void, a String, an object, an array).
   */
  record Kept(String name, Type result) {}

  /** The methods nabla refuses to run, since their results are not deterministic: by class, then by name. */
  private static final Map<String, Set<String>> NONDETERMINISTIC = Map.of(
      "java.lang.System", Set.of("nanoTime", "currentTimeMillis"),
      "java.util.UUID", Set.of("randomUUID"),
      "java.util.concurrent.ThreadLocalRandom", Set.of("current"));

  private final Trees trees;
  private final Elements elements;
  private final StoredSource stored;
  private final DerivativeRules rules;
  private final Builder b;
  private final Variables vars;
  private final Caller caller;
  /** The methods being lowered, innermost first: the annotated method and the callees inlined into it. */
  private final Deque<ExecutableElement> callStack = new ArrayDeque<>();
  /** The calls whose rules are being inlined, innermost first. */
  private final Deque<RuleSite> rulesInlined = new ArrayDeque<>();

  Calls(Trees trees, Elements elements, DerivativeRules rules, Builder b, Variables vars, ExecutableElement method,
      Caller caller) {
    this.trees = trees;
    this.elements = elements;
    this.rules = rules;
    this.stored = new StoredSource(elements);
    this.b = b;
    this.vars = vars;
    this.caller = caller;
    callStack.push(method);
  }

  /** Lowers {@code mi}, a call made by the method of {@code frame}. */
  Value call(MethodInvocationTree mi, Frame frame) {
    Kept kept = kept(mi, frame);
    if (kept != null) {
      if (kept.result() == null) {
        throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, kept.name() + " (its result is not a number or a boolean)");
      }
      if (kept.result() == Type.DOUBLE && !frame.inCompilation()) {
        // whether it depends on the point is known after lowering, where a stored line can carry no error
        throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, kept.name() + " (a double kept as written, in a method"
            + " compiled earlier)");
      }
      return caller.passive(mi, kept);
    }
    ExpressionTree select = mi.getMethodSelect();
    String name = select instanceof MemberSelectTree s ? s.getIdentifier().toString()
        : ((IdentifierTree) select).getName().toString();
    List<ExecutableElement> candidates;
    // a point object's own method (p.norm()) is inlined on its parts, as a helper is inlined on its arguments
    Argument point = caller.pointReceiver(mi);
    boolean onReceiver = point == null && PassiveObjects.onReceiver(mi, vars);
    // a method with rules of a passive object (dist.cumulativeProbability(x)), which kept(…) leaves to lowering
    Value object = point == null && !onReceiver && select instanceof MemberSelectTree s
        ? object(s.getExpression(), frame) : null;
    if (point != null) {
      candidates = PassiveObjects.instanceMethods(point.point(), name);
    } else if (onReceiver) {
      candidates = PassiveObjects.receiverMethods(name, vars);
    } else if (object != null) {
      candidates = PassiveObjects.instanceMethods(vars.classOf(object), name);
    } else if (select instanceof MemberSelectTree s) {
      TypeElement owner = frame.names().type(Syntax.strip(s.getExpression()));
      if (owner == null) {
        throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, mi.getMethodSelect());
      }
      candidates = NameResolver.methods(owner, name);
    } else {
      candidates = frame.names().methods(name);
    }
    List<Argument> args = new ArrayList<>();
    for (ExpressionTree a : mi.getArguments()) {
      args.add(caller.argument(a));
    }
    if (candidates.isEmpty()) {
      throw frame.error(Diagnostic.UNRESOLVED, mi, "method " + select);
    }
    ExecutableElement callee = Overloads.choose(candidates, args);
    if (callee == null) {
      values(args, mi, frame); // a point object among the arguments is the error to report
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, select);
    }
    if (callee.getParameters().stream().anyMatch(p -> SignatureReader.valueType(p.asType()) == null)) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi,
          select + " on integers (Java calls its float overload; cast the arguments to double)");
    }
    TypeElement ownerClass = (TypeElement) callee.getEnclosingElement();
    String owner = ownerClass.getQualifiedName().toString();
    TreePath path = trees.getPath(callee);
    if (point != null && (rules.has(callee) || !hasSource(callee, path))) {
      throw frame.error(Diagnostic.POINT_OBJECT, mi, "calling " + select + ", which nabla does not inline,",
          select instanceof MemberSelectTree s ? s.getExpression() : PassiveObjects.THIS);
    }
    if (rules.has(callee)) {
      return custom(callee, object, owner + "." + name, converted(callee, values(args, mi, frame)), mi, frame);
    }
    MathLibrary library = MathLibrary.named(owner);
    Primitive p = Primitive.staticMethod(owner, name, args.size());
    if (library != null || p != null) {
      String spelled = (library != null ? library.spelling() : ownerClass.getSimpleName()) + "." + name;
      return primitive(callee, p, values(args, mi, frame), library != null ? library : MathLibrary.MATH, spelled, mi,
          frame);
    }
    boolean onInstance = onReceiver || point != null;
    if (object != null || NameResolver.isStatic(callee) == onInstance || !hasSource(callee, path)) {
      values(args, mi, frame); // a point object among the arguments is the error to report
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, mi, owner + "." + name);
    }
    Argument receiver = point != null ? point : onReceiver ? Argument.of(PassiveObjects.receiver(vars)) : null;
    return inline(callee, path, args, receiver, mi, frame);
  }

  /**
   * The values of {@code args}, the arguments of {@code mi}; a point object among them, which only a callee nabla
   * inlines can take whole, is an error at its argument.
   */
  private static List<Value> values(List<Argument> args, MethodInvocationTree mi, Frame frame) {
    List<Value> values = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).point() != null) {
        ExpressionTree argument = mi.getArguments().get(i);
        throw frame.error(Diagnostic.POINT_OBJECT, argument, "this argument of " + mi.getMethodSelect()
            + ", a method nabla does not inline on a point's parts,", argument);
      }
      values.add(args.get(i).value());
    }
    return values;
  }

  /**
   * The passive object {@code qualifier} is, in a variable or held in a field; null when it is a type (the qualifier
   * of a static method) or no object.
   */
  private Value object(ExpressionTree qualifier, Frame frame) {
    Value v = PassiveObjects.value(qualifier, vars);
    if (v != null || frame.names().type(Syntax.strip(qualifier)) != null) {
      return v;
    }
    TypeElement held = KeptText.owner(Syntax.strip(qualifier), frame, vars);
    return held == null ? null : caller.heldObject(qualifier, held);
  }

  /** The source that the generated class of {@code callee}'s class stores for it, or null if there is none. */
  private StoredSource.Found storedSource(ExecutableElement callee) {
    TypeElement owner = (TypeElement) callee.getEnclosingElement();
    return stored.find(callee, GeneratedName.qualified(elements, owner));
  }

  /**
   * How {@code mi} is kept as written, or null when nabla lowers it itself (a {@code Math} function or another entry
   * of the primitive table, a method whose source it inlines, or a call it cannot resolve). A method with source is
   * kept too when it returns nothing (it only checks or reports) or has a parameter or result of a type nabla does not
   * read (a String message, an object).
   */
  Kept kept(MethodInvocationTree mi, Frame frame) {
    List<ExecutableElement> candidates;
    // a method of a passive object other than the receiver runs as written, even where nabla has its source
    boolean ofObject = false;
    if (PassiveObjects.onReceiver(mi, vars)) {
      candidates = PassiveObjects.receiverMethods(mi.getMethodSelect() instanceof MemberSelectTree s
          ? s.getIdentifier().toString() : ((IdentifierTree) mi.getMethodSelect()).getName().toString(), vars);
    } else if (mi.getMethodSelect() instanceof MemberSelectTree s) {
      ExpressionTree qualifier = Syntax.strip(s.getExpression());
      TypeElement owner = KeptText.owner(qualifier, frame, vars);
      if (owner == null || MathLibrary.named(owner.getQualifiedName().toString()) != null) {
        return null;
      }
      ofObject = PassiveObjects.classOf(qualifier, vars) != null;
      candidates = NameResolver.inheritedMethods(owner, s.getIdentifier().toString());
    } else {
      candidates = frame.names().methods(((IdentifierTree) mi.getMethodSelect()).getName().toString());
    }
    int n = mi.getArguments().size();
    boolean onReceiver = mi.getMethodSelect() instanceof MemberSelectTree || PassiveObjects.onReceiver(mi, vars);
    candidates = candidates.stream().filter(m -> NameResolver.isStatic(m) || onReceiver)
        .filter(m -> m.getParameters().size() == n || m.isVarArgs() && m.getParameters().size() <= n + 1).toList();
    if (candidates.stream().anyMatch(m -> m.getTypeParameters().isEmpty())) {
      // erf(double) next to erf(T extends CalculusFieldElement<T>): numbers go to the plain overload
      candidates = candidates.stream().filter(m -> m.getTypeParameters().isEmpty()).toList();
    }
    if (candidates.isEmpty() || candidates.stream().anyMatch(m -> isTableEntry(m, n) || rules.has(m))) {
      return null;
    }
    boolean returnsNothing = candidates.stream().allMatch(m -> m.getReturnType().getKind() == TypeKind.VOID);
    // an abstract method of the receiver (an interface's, which its default method calls) has no body to inline
    if (!returnsNothing && !ofObject && candidates.stream().anyMatch(m -> !m.getModifiers().contains(Modifier.ABSTRACT)
        && hasSource(m, trees.getPath(m))
        && SignatureReader.typeOf(m.getReturnType()) != null
        && m.getParameters().stream().allMatch(p -> SignatureReader.valueType(p.asType()) != null))) {
      return null;
    }
    Set<Type> results = new HashSet<>();
    candidates.forEach(m -> results.add(SignatureReader.typeOf(m.getReturnType())));
    Type result = results.size() == 1 ? results.iterator().next() : null;
    ExecutableElement method = candidates.get(0);
    return new Kept(((TypeElement) method.getEnclosingElement()).getQualifiedName() + "." + method.getSimpleName(),
        result == null || result.isArray() ? null : result);
  }

  /** Whether {@code m}, called with {@code n} arguments, is an entry of the primitive table ({@code isNaN} …). */
  private static boolean isTableEntry(ExecutableElement m, int n) {
    String owner = ((TypeElement) m.getEnclosingElement()).getQualifiedName().toString();
    return Primitive.staticMethod(owner, m.getSimpleName().toString(), n) != null;
  }

  /**
   * Whether nabla can inline {@code m}, whose tree in this compilation is at {@code path} (null if none): its source is
   * in this compilation, or stored by its class's generated one.
   */
  private boolean hasSource(ExecutableElement m, TreePath path) {
    return path != null || isDifferentiable(m) || storedSource(m) != null;
  }

  /** Whether the method {@code name} of the class {@code owner} (qualified) gives different results each run. */
  static boolean isNondeterministic(String owner, String name) {
    return NONDETERMINISTIC.getOrDefault(owner, Set.of()).contains(name)
        || MathLibrary.named(owner) != null && name.equals("random");
  }

  private static boolean isDifferentiable(ExecutableElement method) {
    return method.getAnnotationMirrors().stream()
        .anyMatch(a -> a.getAnnotationType().toString().equals(DIFFERENTIABLE));
  }

  /**
   * The table's entry {@code p} (null if it has none) for a static method of {@code library}'s class or of
   * {@code Double}, in the overload the call resolved to: its arguments converted to that overload's parameters, so
   * that the generated code calls the very method the user's code calls.
   */
  private Value primitive(ExecutableElement callee, Primitive p, List<Value> args, MathLibrary library, String name,
      Tree at, Frame frame) {
    if (isNondeterministic(((TypeElement) callee.getEnclosingElement()).getQualifiedName().toString(),
        callee.getSimpleName().toString())) {
      throw frame.error(Diagnostic.NONDETERMINISTIC, at, name);
    }
    List<Value> converted = converted(callee, args);
    Type t = p == null ? null : p.resultType(converted.stream().map(Value::type).toList());
    if (t == null || t != SignatureReader.typeOf(callee.getReturnType())) {
      throw frame.error(Diagnostic.UNSUPPORTED_CALL, at, name);
    }
    Value v = b.prim(p, library, converted);
    if (t == Type.DOUBLE && p.hasKinks()) {
      caller.kink(v, at);
    }
    if (p.differentiableOrder() < Integer.MAX_VALUE) {
      int order = p.differentiableOrder();
      caller.watch(new Lowering.Opaque(converted, order, frame.error(Diagnostic.DERIVATIVE_ORDER, at, name, order)));
    }
    return v;
  }

  /** The arguments converted to {@code callee}'s parameter types, as Java passes them. */
  private List<Value> converted(ExecutableElement callee, List<Value> args) {
    List<Value> converted = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      converted.add(b.convert(args.get(i), SignatureReader.typeOf(callee.getParameters().get(i).asType())));
    }
    return converted;
  }

  /**
   * A call {@code mi} of {@code original} (named {@code qualified}), which has derivative rules: its value is the call
   * as written (on {@code receiver}, a passive object, for an instance method; null for a static one), and each double
   * argument gets the partial that its parameter's rule gives, inlined on the same arguments, the receiver first
   * ({@link Primitive#WITH_PARTIAL}). An argument without a rule, or an array, must not depend on the point.
   * Inside a rule inside a rule, the call is its value alone: the partials there would serve third derivatives only,
   * so that a rule calling its own original (an implicit derivative) is inlined once into itself, no further.
   */
  private Value custom(ExecutableElement original, Value receiver, String qualified, List<Value> args,
      MethodInvocationTree mi, Frame frame) {
    Value y = caller.called(receiver, qualified, args);
    if (rulesInlined.size() >= 2) {
      return y;
    }
    Map<Integer, ExecutableElement> partials = rules.of(original);
    List<Value> ruleArgs = new ArrayList<>(args);
    if (receiver != null) {
      ruleArgs.add(0, receiver);
    }
    for (int i = 0; i < args.size(); i++) {
      Value x = args.get(i);
      ExecutableElement rule = partials.get(i);
      String parameter = i + " (" + original.getParameters().get(i) + ")";
      if (x.type().isArray()) {
        caller.watch(new Lowering.Opaque(List.of(x), 0, frame.error(Diagnostic.UNSUPPORTED_CALL, mi, qualified
            + " (its rules give no derivative for the array parameter " + parameter
            + ", which depends on the point)")));
      } else if (x.type() == Type.DOUBLE && rule == null) {
        watch(List.of(x), frame.error(Diagnostic.RULE_MISSING, mi, qualified, parameter),
            qualified + " without a rule for its parameter " + parameter);
      } else if (x.type() == Type.DOUBLE) {
        rulesInlined.push(new RuleSite(qualified, rule.getSimpleName().toString(), frame, mi, callStack.size()));
        try {
          y = b.prim(Primitive.WITH_PARTIAL, y, x, inline(rule, trees.getPath(rule), Argument.all(ruleArgs), null, mi,
              frame));
        } finally {
          rulesInlined.pop();
        }
      }
    }
    return y;
  }

  /**
   * Has {@code error} reported if one of {@code values}, which code kept as written reads, depends on the point; inside
   * a derivative rule, whose derivative only second derivatives need, the error is rather that {@code kept} has none,
   * and inside a rule inside a rule there is none, as only third derivatives would need it.
   */
  void watch(List<Value> values, CompileError error, String kept) {
    if (rulesInlined.isEmpty()) {
      caller.watch(new Lowering.Opaque(values, 0, error));
    } else if (rulesInlined.size() == 1) {
      RuleSite site = rulesInlined.peek();
      caller.watch(new Lowering.Opaque(values, 1, site.frame().error(Diagnostic.RULE_FIRST_ORDER, site.at(),
          site.original(), site.rule(), kept)));
    }
  }

  /**
   * Inlines {@code callee}: from {@code path}, its tree in this compilation, or else from the source its generated
   * class stores. A callee need not be {@code @Differentiable} when its source is in this compilation or stored with
   * the methods that call it: such a helper's errors name the calls that reached it.
   */
  private Value inline(ExecutableElement callee, TreePath path, List<Argument> args, Argument receiver, Tree at,
      Frame frame) {
    int sinceRule = callStack.size() - (rulesInlined.isEmpty() ? 0 : rulesInlined.peek().stackDepth());
    if (callStack.stream().limit(sinceRule).anyMatch(callee::equals)) {
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
      StoredSource.Found found = storedSource(callee);
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
    callee.getParameters().forEach(p -> parameterTypes.add(SignatureReader.valueType(p.asType())));
    Frame calleeFrame = new Frame(unit, new NameResolver(elements, unit, owner), result, false,
        differentiable ? null : chain(callee, Calls::isDifferentiable), path != null);
    callStack.push(callee);
    try {
      return caller.body(tree, calleeFrame, parameterTypes, args, receiver, at);
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
