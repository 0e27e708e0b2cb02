package dev.nabla.processor.kinds;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterSpec;
import com.squareup.javapoet.TypeName;
import dev.nabla.processor.codegen.FieldHandles;
import dev.nabla.processor.codegen.GeneratedMethods;
import dev.nabla.processor.codegen.MethodSplitter;
import dev.nabla.processor.codegen.NameAllocator;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.source.Access;
import dev.nabla.processor.source.Declared;
import dev.nabla.processor.source.Parameter;
import dev.nabla.processor.source.Signature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * What the kinds of one differentiable method share: its signature and IR, the Java names of its parameters, the
 * pieces every generated method is built from, and the methods written so far.
 */
public final class Context {
  static final TypeName VECTOR = ArrayTypeName.of(TypeName.DOUBLE);
  static final TypeName MATRIX = ArrayTypeName.of(VECTOR);

  private final Signature sig;
  private final ClassName owner;
  private final FieldHandles handles;
  private final Sources sources;
  private final Set<Class<? extends MethodKind>> kinds = new HashSet<>();
  /** The user's method's, except that a private method's are package-private: the generated class is another one. */
  private final Modifier[] visibility;
  /**
   * The names every generated method starts with: those the kinds declare, those kept code refers to classes by, and
   * the user's parameters, renamed where they would clash, so that a parameter has the same name in each method.
   */
  private final NameAllocator names;
  private final Map<Parameter, String> javaNames = new HashMap<>();
  private final Map<Declared, String> declaredNames = new HashMap<>();
  private final Set<String> declared = new HashSet<>();
  private final List<MethodSpec> methods = new ArrayList<>();
  private boolean needsTape;
  private boolean needsFlatten;
  /** Whether the private copy of the user's method ({@link #primal}) has been written. */
  private boolean primalCopied;

  /**
   * A context for generating {@code kinds}, the kinds chosen for {@code sig}, a method of {@code owner}, into the class
   * whose field handles are {@code handles}.
   */
  Context(Signature sig, ClassName owner, FieldHandles handles, Sources sources, List<MethodKind> kinds) {
    this.sig = sig;
    this.owner = owner;
    this.handles = handles;
    this.sources = sources;
    for (MethodKind k : kinds) {
      this.kinds.add(k.getClass());
      declared.addAll(k.declaredNames());
    }
    declared.addAll(sources.reservedNames());
    names = new NameAllocator(declared);
    for (Declared d : sig.declared()) {
      String name = names.parameter(d.name());
      declaredNames.put(d, name);
      d.parameters().forEach(p -> javaNames.put(p, name + p.selector()));
    }
    Set<Modifier> m = sig.method().getModifiers();
    this.visibility = m.contains(Modifier.PUBLIC) ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC}
        : m.contains(Modifier.PROTECTED) ? new Modifier[] {Modifier.PROTECTED, Modifier.STATIC}
        : new Modifier[] {Modifier.STATIC};
  }

  Signature sig() {
    return sig;
  }

  Sources sources() {
    return sources;
  }

  /** Whether the methods of {@code kind} are generated too. */
  boolean has(Class<? extends MethodKind> kind) {
    return kinds.contains(kind);
  }

  /** The methods written, once every kind has added its own. */
  GeneratedMethods result() {
    return new GeneratedMethods(methods, needsTape, needsFlatten);
  }

  /** Adds a method, whose parameters must be the user's or among the names the kinds declare. */
  void add(MethodSpec method) {
    for (ParameterSpec p : method.parameters) {
      if (!declared.contains(p.name) && !declaredNames.containsValue(p.name)) {
        throw new IllegalStateException(method.name + " has a parameter " + p.name + " that no kind declares");
      }
    }
    methods.add(method);
  }

  /** Adds {@code m} with {@code fn} as its body, after the private parts it is split into if too large to JIT. */
  void emit(MethodSpec.Builder m, Function fn, List<String> parameterNames) {
    MethodSpec partial = m.build();
    MethodSplitter.Emitted e = MethodSplitter.emit(fn, partial.name, partial.parameters, parameterNames,
        partial.returnType, names.copy(), handles);
    needsTape |= e.usesTape();
    methods.addAll(e.parts());
    add(m.addCode(e.body()).build());
  }

  /** The Java expression reading {@code p}: its name, or a point object's part read from the object. */
  String name(Parameter p) {
    return javaNames.get(p);
  }

  /** The Java name of a declared parameter. */
  String name(Declared d) {
    return declaredNames.get(d);
  }

  /** The user's method name, which every generated method's name starts with. */
  String f() {
    return sig.name();
  }

  /** A generated method {@code f + suffix} taking the user method's parameters first. */
  MethodSpec.Builder method(String suffix, TypeName returns, String javadoc, Object... args) {
    return withParameters(MethodSpec.methodBuilder(f() + suffix).addModifiers(visibility), returns, javadoc, args);
  }

  /** A private helper {@code f + suffix} taking the user method's parameters first. */
  MethodSpec.Builder helper(String suffix, TypeName returns, String javadoc, Object... args) {
    return withParameters(MethodSpec.methodBuilder(f() + suffix).addModifiers(Modifier.PRIVATE, Modifier.STATIC),
        returns, javadoc, args);
  }

  /** A generated method {@code f + suffix} taking the parameters outside the point, as finals. */
  MethodSpec.Builder passiveMethod(String suffix, TypeName returns, String javadoc, Object... args) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f() + suffix).addModifiers(visibility).returns(returns)
        .addJavadoc(javadoc + "\n", args);
    for (Declared d : sig.declared()) {
      if (d.passive()) {
        m.addParameter(javaType(d), name(d), Modifier.FINAL);
      }
    }
    return m;
  }

  private MethodSpec.Builder withParameters(MethodSpec.Builder m, TypeName returns, String javadoc, Object... args) {
    m.returns(returns).addJavadoc(javadoc + "\n", args);
    for (Declared d : sig.declared()) {
      m.addParameter(javaType(d), name(d));
    }
    return m;
  }

  /** The Java type of a declared parameter: its point object's, or its only IR parameter's. */
  private static TypeName javaType(Declared d) {
    return d.point() != null ? ClassName.get(d.point()) : javaType(d.parameters().get(0));
  }

  private static TypeName javaType(Parameter p) {
    return switch (p.type()) {
      case OBJECT, CHECKPOINTS -> TypeName.get(p.javaType());
      case DOUBLE -> TypeName.DOUBLE;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOLEAN -> TypeName.BOOLEAN;
      case DOUBLE_ARRAY -> VECTOR;
      case DOUBLE_MATRIX -> MATRIX;
    };
  }

  /** Java for n, the length of the point. */
  String pointSize() {
    List<String> terms = new ArrayList<>();
    for (Parameter p : sig.point()) {
      terms.add(switch (p.type()) {
        case DOUBLE -> "1";
        case DOUBLE_ARRAY -> name(p) + ".length";
        default -> name(p) + ".length * " + name(p) + "[0].length";
      });
    }
    return String.join(" + ", terms);
  }

  /** The user's parameters' names, then {@code extra}, as call arguments. */
  String arguments(String... extra) {
    List<String> all = new ArrayList<>();
    sig.declared().forEach(d -> all.add(name(d)));
    Collections.addAll(all, extra);
    return String.join(", ", all);
  }

  /** The user's parameters' names, as the arguments of {@link #primal}. */
  List<CodeBlock> declaredArguments() {
    return sig.declared().stream().map(d -> CodeBlock.of("$L", name(d))).toList();
  }

  /**
   * The Java expressions of the IR's parameters, then {@code extra} (null where the IR has a parameter the method has
   * not).
   */
  List<String> names(String... extra) {
    List<String> all = new ArrayList<>();
    sig.parameters().forEach(p -> all.add(name(p)));
    Collections.addAll(all, extra);
    return all;
  }

  /** {@code m} with {@code double[]} parameters {@code vectors}, of length n, and the prologue that checks them. */
  MethodSpec.Builder withVectors(MethodSpec.Builder m, String... vectors) {
    for (String vector : vectors) {
      m.addParameter(VECTOR, vector);
    }
    return m.addCode(prologue(vectors));
  }

  /** Checks of the point's matrices, {@code int n = …}, then checks that the {@code vectors} have length n. */
  CodeBlock prologue(String... vectors) {
    CodeBlock.Builder c = CodeBlock.builder();
    for (Parameter p : sig.point()) {
      if (p.type() == Type.DOUBLE_MATRIX) {
        c.addStatement("requireRectangular($L, $S)", name(p), p.name());
      }
    }
    c.addStatement("int n = $L", pointSize());
    for (String vector : vectors) {
      c.addStatement("requireLength($L.length, n, $S)", vector, vector);
    }
    return c.build();
  }

  /**
   * A call of the user's method (its rows concatenated for a {@code double[][]} result), or of a private copy of its
   * body, {@code fPrimal}: when the generated class cannot call it because it or a class around it is private, when
   * a subclass could override it (the derivatives are those of the method as its class declares it, and so is the
   * value that goes with them), or when it returns a point object or writes an output array, whose values the copy
   * returns as an array.
   */
  CodeBlock primal(List<CodeBlock> arguments) {
    CodeBlock args = CodeBlock.join(arguments, ", ");
    boolean hidden = Access.isHidden(sig.method());
    if (hidden || sig.isOverridable() || sig.returnsNoArray()) {
      if (!primalCopied) {
        primalCopied = true;
        emit(helper("Primal", sig.isScalar() ? TypeName.DOUBLE : VECTOR, "A copy of {@code $L}$L$L.", f(),
            sig.pointResult() != null ? ", its result flattened" : sig.output() != null ? ", returning what it writes "
                + "into " + sig.output() : sig.matrixResult() ? ", its rows concatenated" : "",
            hidden ? ", which this class cannot call as it or its class is private"
                : sig.isOverridable() ? ", which this class runs rather than the method, which a subclass could "
                + "override" : ""),
            sources.primal(), names());
      }
      return CodeBlock.of("$LPrimal($L)", f(), args);
    }
    needsFlatten |= sig.matrixResult();
    // an instance method is called on its receiver, the first argument
    CodeBlock call = sig.hasReceiver()
        ? CodeBlock.of("$L.$L($L)", arguments.get(0), f(), CodeBlock.join(arguments.subList(1, arguments.size()), ", "))
        : CodeBlock.of("$T.$L($L)", owner, f(), args);
    return sig.matrixResult() ? CodeBlock.of("flatten($L)", call) : call;
  }

  /** The columns a chunk of {@code width} writes, for its Javadoc. */
  static String columns(int width) {
    return "columns first to first + " + (width - 1) + " (those below n; first is a multiple of " + width + ")";
  }

  /**
   * Calls the chunk method {@code f + chunk} for the chunks from column {@code start} on, with a loop if needed; its
   * arguments are the user's, then {@code extra}, the first column and {@code matrix}.
   */
  CodeBlock eachChunk(String chunk, List<String> extra, String matrix, int width, int start) {
    int n = sig.fixedPointSize();
    if (n >= 0 && n - start <= width) {
      return start < n ? CodeBlock.of("$L$L($L);\n", f(), chunk, arguments(extra, String.valueOf(start), matrix))
          : CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("for (int first = $L; first < n; first += $L)", start, width)
        .addStatement("$L$L($L)", f(), chunk, arguments(extra, "first", matrix))
        .endControlFlow()
        .build();
  }

  private String arguments(List<String> extra, String first, String matrix) {
    List<String> all = new ArrayList<>(extra);
    all.add(first);
    all.add(matrix);
    return arguments(all.toArray(String[]::new));
  }

  /**
   * The parameters a second-order method takes beside the user's and its own: none for a scalar function; the
   * {@code cotangent} c of a vector function f, whose second derivatives are those of cᵀf.
   */
  List<String> secondOrderWeights() {
    return sig.isScalar() ? List.of() : List.of("cotangent");
  }

  /**
   * Javadoc for the scalar a second-order method differentiates, {@code f} or cotangent·{@code f}, with {@code what}
   * (its "Hessian" or "H") and, for a vector function, what that is.
   */
  String secondOrderSubject(String what) {
    return sig.isScalar() ? "{@code " + f() + "}"
        : "cotangent·{@code " + f() + "} (" + what + " = Σ cotangent[i]·∇²{@code " + f() + "}[i])";
  }

  /**
   * The Java expressions of a second-order function's IR parameters: the user's, the {@link #secondOrderWeights},
   * none for the gradient it never touches, then {@code own}.
   */
  List<String> secondOrderNames(String... own) {
    List<String> extra = new ArrayList<>(secondOrderWeights());
    extra.add(null);
    Collections.addAll(extra, own);
    return names(extra.toArray(String[]::new));
  }
}
