package dev.nabla.processor.codegen;

import com.squareup.javapoet.ArrayTypeName;
import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.source.Parameter;
import dev.nabla.processor.source.Signature;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/** Writes the generated methods of one differentiable method, as the contract names them. */
public final class MethodsWriter {
  private static final ClassName OBJECTIVE = ClassName.get("dev.nabla.optim", "Objective");
  private static final ClassName LEAST_SQUARES = ClassName.get("dev.nabla.optim", "LeastSquaresProblem");
  private static final TypeName VECTOR = ArrayTypeName.of(TypeName.DOUBLE);
  private static final TypeName MATRIX = ArrayTypeName.of(VECTOR);

  private final Signature sig;
  private final ClassName owner;
  private final Modifier[] visibility;
  private final List<MethodSpec> methods = new ArrayList<>();
  /** The user's parameter names, renamed where they would clash with the names generated code uses. */
  private final java.util.Map<Parameter, String> javaNames = new java.util.HashMap<>();
  private boolean needsTape;

  private MethodsWriter(Signature sig, ClassName owner) {
    this.sig = sig;
    this.owner = owner;
    Set<String> used = new java.util.HashSet<>(JavaEmitter.RESERVED);
    for (Parameter p : sig.parameters()) {
      String name = p.name();
      while (!used.add(name)) {
        name = name + "_";
      }
      javaNames.put(p, name);
    }
    Set<Modifier> m = sig.method().getModifiers();
    this.visibility = m.contains(Modifier.PUBLIC) ? new Modifier[] {Modifier.PUBLIC, Modifier.STATIC}
        : m.contains(Modifier.PROTECTED) ? new Modifier[] {Modifier.PROTECTED, Modifier.STATIC}
        : new Modifier[] {Modifier.STATIC};
  }

  /**
   * The methods for a scalar function, from its gradient, Hessian–vector and Hessian chunk functions ({@code
   * hessianChunk} null when the Hessian is better made of Hessian–vector products) and, when its point is one
   * {@code double}, its derivative function (else null).
   */
  public static MethodsWriter scalar(Signature sig, ClassName owner, Function gradient, Function hessianVector,
      Chunk hessianChunk, Function derivative) {
    MethodsWriter w = new MethodsWriter(sig, owner);
    w.scalarMethods(gradient, hessianVector, hessianChunk, derivative);
    return w;
  }

  /**
   * The methods for a vector function, from its JVP, Jacobian chunk, VJP and Jacobian rows functions ({@code
   * jacobianChunk} null when the Jacobian is better made of JVPs, {@code jacobianRows} when it is better made of
   * VJPs).
   */
  public static MethodsWriter vector(Signature sig, ClassName owner, Function jvp, Chunk jacobianChunk, Function vjp,
      Chunk jacobianRows) {
    MethodsWriter w = new MethodsWriter(sig, owner);
    w.vectorMethods(jvp, jacobianChunk, vjp, jacobianRows);
    return w;
  }

  public List<MethodSpec> methods() {
    return methods;
  }

  /** Whether the methods use the generated {@code Tape} class. */
  public boolean needsTape() {
    return needsTape;
  }

  private String name(Parameter p) {
    return javaNames.get(p);
  }

  private String f() {
    return sig.name();
  }

  private MethodSpec.Builder method(String name, TypeName returns, String javadoc, Object... args) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f() + name).addModifiers(visibility).returns(returns)
        .addJavadoc(javadoc + "\n", args);
    for (Parameter p : sig.parameters()) {
      m.addParameter(javaType(p.type()), name(p));
    }
    return m;
  }

  /** A private helper taking the user method's parameters first. */
  private MethodSpec.Builder helper(String name, TypeName returns, String javadoc, Object... args) {
    return MethodSpec.methodBuilder(f() + name).addModifiers(Modifier.PRIVATE, Modifier.STATIC).returns(returns)
        .addJavadoc(javadoc + "\n", args)
        .addParameters(method("", TypeName.VOID, "").build().parameters);
  }

  static TypeName javaType(Type t) {
    return switch (t) {
      case DOUBLE -> TypeName.DOUBLE;
      case INT -> TypeName.INT;
      case LONG -> TypeName.LONG;
      case BOOLEAN -> TypeName.BOOLEAN;
      case DOUBLE_ARRAY -> VECTOR;
      case DOUBLE_MATRIX -> MATRIX;
    };
  }

  /** Java for n, the length of the point. */
  private String pointSize() {
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

  private String arguments() {
    return sig.parameters().stream().map(this::name).collect(Collectors.joining(", "));
  }

  private String arguments(String... extra) {
    List<String> all = new ArrayList<>();
    sig.parameters().forEach(p -> all.add(name(p)));
    Collections.addAll(all, extra);
    return String.join(", ", all);
  }

  /** Checks of the point's matrices, then {@code int n = …}. */
  private CodeBlock prologue() {
    CodeBlock.Builder c = CodeBlock.builder();
    for (Parameter p : sig.point()) {
      if (p.type() == Type.DOUBLE_MATRIX) {
        c.addStatement("requireRectangular($L, $S)", name(p), p.name());
      }
    }
    return c.addStatement("int n = $L", pointSize()).build();
  }

  private List<String> names(String... extra) {
    List<String> all = new ArrayList<>();
    sig.parameters().forEach(p -> all.add(name(p)));
    Collections.addAll(all, extra);
    return all;
  }

  /** Adds {@code fn} as the body of {@code m}, split into private parts when it is too large to JIT-compile. */
  private MethodSpec emitInto(MethodSpec.Builder m, Function fn, List<String> parameterNames) {
    MethodSpec partial = m.build();
    MethodSplitter.Emitted e = MethodSplitter.emit(fn, partial.name, partial.parameters, parameterNames,
        partial.returnType);
    needsTape |= JavaEmitter.usesTape(fn) || !e.parts().isEmpty();
    methods.addAll(e.parts());
    return m.addCode(e.body()).build();
  }

  /** The columns a chunk of {@code width} writes, for its Javadoc. */
  private static String columns(int width) {
    return "columns first to first + " + (width - 1) + " (those below n; first is a multiple of " + width + ")";
  }

  /** Calls the chunk method {@code f + chunk} for the chunks from column {@code start} on, with a loop if needed. */
  private CodeBlock eachChunk(String chunk, String matrix, int width, int start) {
    int n = sig.fixedPointSize();
    if (n >= 0 && n - start <= width) {
      return start < n ? CodeBlock.of("$L$L($L);\n", f(), chunk, arguments(String.valueOf(start), matrix))
          : CodeBlock.of("");
    }
    return CodeBlock.builder()
        .beginControlFlow("for (int first = $L; first < n; first += $L)", start, width)
        .addStatement("$L$L($L)", f(), chunk, arguments("first", matrix))
        .endControlFlow()
        .build();
  }

  // ---- scalar functions ----

  private void scalarMethods(Function gradient, Function hessianVector, Chunk hessianChunk, Function derivative) {
    methods.add(emitInto(method("Gradient", TypeName.DOUBLE,
        "Returns {@code $L} and writes its gradient with respect to the point into {@code gradient}.", f())
        .addParameter(VECTOR, "gradient")
        .addCode(prologue())
        .addStatement("requireLength(gradient.length, n, $S)", "gradient")
        , gradient, names("gradient")));
    methods.add(method("Gradient", VECTOR, "Returns the gradient of {@code $L} with respect to the point.", f())
        .addStatement("double[] gradient = new double[$L]", pointSize())
        .addStatement("$LGradient($L)", f(), arguments("gradient"))
        .addStatement("return gradient")
        .build());
    methods.add(emitInto(method("HessianVector", TypeName.DOUBLE,
        "Returns {@code $L} and writes the Hessian–vector product H·v into {@code hv}, without forming H.", f())
        .addParameter(VECTOR, "v")
        .addParameter(VECTOR, "hv")
        .addCode(prologue())
        .addStatement("requireLength(v.length, n, $S)", "v")
        .addStatement("requireLength(hv.length, n, $S)", "hv")
        , hessianVector, names(null, "v", "hv")));
    if (hessianChunk != null) {
      methods.add(emitInto(helper("HessianChunk", TypeName.DOUBLE, "Returns {@code $L} and writes $L of its Hessian "
          + "into {@code hessian}, by one forward-over-reverse sweep.", f(), columns(hessianChunk.width()))
          .addParameter(TypeName.INT, "first")
          .addParameter(MATRIX, "hessian")
          , hessianChunk.function(), names(null, "first", "hessian")));
    }
    methods.add(hessian(hessianChunk));
    if (sig.isUnivariate()) {
      methods.add(emitInto(method("Derivative", TypeName.DOUBLE, "Returns d$L/d$L.", f(), sig.point().get(0).name()),
          derivative, names()));
      methods.add(method("SecondDerivative", TypeName.DOUBLE, "Returns d²$L/d$L².", f(), sig.point().get(0).name())
          .addStatement("double[] hv = new double[1]")
          .addStatement("$LHessianVector($L)", f(), arguments("new double[] {1.0}", "hv"))
          .addStatement("return hv[0]")
          .build());
    }
    objective();
  }

  /** {@code fObjective(Q...)}: the point is x, the other parameters are bound. */
  private void objective() {
    if (!pointIsOneVectorOrScalars()) {
      return;
    }
    List<String> call = pointArguments();
    String args = String.join(", ", call);
    TypeSpec anonymous = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(OBJECTIVE)
        .addMethod(MethodSpec.methodBuilder("value").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(TypeName.DOUBLE).addParameter(VECTOR, "point")
            .addStatement("requireLength(point.length, $L, $S)", dimension(), "point")
            .addStatement("return $T.$L($L)", owner, f(), args).build())
        .addMethod(MethodSpec.methodBuilder("valueAndGradient").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.DOUBLE).addParameter(VECTOR, "point")
            .addParameter(VECTOR, "gradient")
            .addStatement("return $LGradient($L, gradient)", f(), args).build())
        .addMethod(MethodSpec.methodBuilder("hasHessian").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.BOOLEAN).addStatement("return true").build())
        .addMethod(MethodSpec.methodBuilder("hessian").addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
            .returns(MATRIX).addParameter(VECTOR, "point")
            .addStatement("return $LHessian($L)", f(), args).build())
        .addMethod(MethodSpec.methodBuilder("hessianVector").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(TypeName.DOUBLE).addParameter(VECTOR, "point")
            .addParameter(VECTOR, "v").addParameter(VECTOR, "hv")
            .addStatement("return $LHessianVector($L, v, hv)", f(), args).build())
        .build();
    methods.add(passiveMethod("Objective", OBJECTIVE,
        "Returns {@code $L} as an objective of the point x, the other parameters held at the given values.", f())
        .addStatement("return $L", anonymous).build());
  }

  private boolean pointIsOneVectorOrScalars() {
    List<Parameter> point = sig.point();
    return point.stream().allMatch(p -> p.type() == Type.DOUBLE)
        || (point.size() == 1 && point.get(0).type() == Type.DOUBLE_ARRAY);
  }

  /** The arguments that call f with the point taken from {@code x}. */
  private List<String> pointArguments() {
    List<String> call = new ArrayList<>();
    int k = 0;
    for (Parameter p : sig.parameters()) {
      if (!p.differentiable()) {
        call.add(name(p));
      } else if (p.type() == Type.DOUBLE) {
        call.add("point[" + k++ + "]");
      } else {
        call.add("point");
      }
    }
    return call;
  }

  private String dimension() {
    List<Parameter> point = sig.point();
    return point.get(0).type() == Type.DOUBLE_ARRAY ? "point.length" : String.valueOf(point.size());
  }

  private MethodSpec.Builder passiveMethod(String name, TypeName returns, String javadoc, Object... args) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(f() + name).addModifiers(visibility).returns(returns)
        .addJavadoc(javadoc + "\n", args);
    for (Parameter p : sig.passive()) {
      m.addParameter(javaType(p.type()), name(p), Modifier.FINAL);
    }
    return m;
  }

  /** {@code fHessian}: by chunks of columns, or, without chunks, one Hessian–vector product per row. */
  private MethodSpec hessian(Chunk chunk) {
    MethodSpec.Builder m = method("Hessian", MATRIX, "Returns the n×n Hessian of {@code $L}, $L.", f(), chunk == null
        ? "one Hessian–vector product per row" : chunk.width() + " columns per forward-over-reverse sweep")
        .addCode(prologue())
        .addStatement("double[][] hessian = new double[n][n]");
    if (chunk != null) {
      m.addCode(eachChunk("HessianChunk", "hessian", chunk.width(), 0));
    } else {
      // row i is H·e_i, since the Hessian is symmetric
      m.addStatement("double[] v = new double[n]")
          .beginControlFlow("for (int i = 0; i < n; i++)")
          .addStatement("v[i] = 1.0")
          .addStatement("$LHessianVector($L)", f(), arguments("v", "hessian[i]"))
          .addStatement("v[i] = 0.0")
          .endControlFlow();
    }
    return m.addStatement("return hessian").build();
  }

  // ---- vector functions ----

  private void vectorMethods(Function jvp, Chunk jacobianChunk, Function vjp, Chunk jacobianRows) {
    CodeBlock value = primal(arguments());
    methods.add(emitInto(method("Jvp", VECTOR,
        "Returns the Jacobian–vector product J·tangent of {@code $L} (forward mode).", f())
        .addParameter(VECTOR, "tangent")
        .addCode(prologue())
        .addStatement("requireLength(tangent.length, n, $S)", "tangent")
        , jvp, names("tangent")));
    methods.add(emitInto(helper("VjpInto", TypeName.DOUBLE,
        "Writes cotangentᵀ·J into {@code gradient} (reverse mode); returns cotangent·f.")
        .addParameter(VECTOR, "cotangent")
        .addParameter(VECTOR, "gradient")
        .addCode(prologue())
        .addStatement("requireLength(gradient.length, n, $S)", "gradient")
        , vjp, names("cotangent", "gradient")));
    methods.add(method("Vjp", VECTOR, "Returns the vector–Jacobian product cotangentᵀ·J of {@code $L} (reverse mode).",
        f())
        .addParameter(VECTOR, "cotangent")
        .addStatement("double[] gradient = new double[$L]", pointSize())
        .addStatement("$LVjpInto($L)", f(), arguments("cotangent", "gradient"))
        .addStatement("return gradient")
        .build());
    if (jacobianChunk != null) {
      methods.add(emitInto(helper("JacobianChunk", VECTOR, "Returns {@code $L} and writes $L of its Jacobian into "
          + "{@code jacobian}, by one forward sweep.", f(), columns(jacobianChunk.width()))
          .addParameter(TypeName.INT, "first")
          .addParameter(MATRIX, "jacobian")
          , jacobianChunk.function(), names("first", "jacobian")));
    }
    if (jacobianRows != null) {
      methods.add(emitInto(helper("JacobianRows", TypeName.DOUBLE, "Writes rows first to first + $L of the Jacobian "
          + "of {@code $L} into {@code jacobian}, by one reverse sweep; returns 0.", jacobianRows.width() - 1, f())
          .addParameter(TypeName.INT, "first")
          .addParameter(MATRIX, "jacobian")
          , jacobianRows.function(), names("first", "jacobian")));
    }
    methods.add(jacobian(jacobianChunk, jacobianRows, value));
    methods.add(method("Jacobian", MATRIX, "Returns the m×n Jacobian of {@code $L}: row i is the gradient of f_i.",
        f())
        .addStatement("double[][] jacobian = new double[$L.length][$L]", value, pointSize())
        .addStatement("$LJacobian($L)", f(), arguments("jacobian"))
        .addStatement("return jacobian")
        .build());
    if (sig.isUnivariate()) {
      methods.add(method("Derivative", VECTOR, "Returns d$L/d$L, one entry per component.", f(),
          sig.point().get(0).name())
          .addStatement("return $LJvp($L)", f(), arguments("new double[] {1.0}"))
          .build());
    }
    if (pointIsOneVectorOrScalars()) {
      String args = String.join(", ", pointArguments());
      CodeBlock call = primal(args);
      TypeSpec anonymous = TypeSpec.anonymousClassBuilder("")
          .addSuperinterface(LEAST_SQUARES)
          .addMethod(MethodSpec.methodBuilder("residuals").addAnnotation(Override.class)
              .addModifiers(Modifier.PUBLIC).returns(VECTOR).addParameter(VECTOR, "point")
              .addParameter(MATRIX, "jacobian")
              .addStatement("requireLength(point.length, $L, $S)", dimension(), "point")
              .addStatement("return jacobian == null ? $L : $LJacobian($L, jacobian)", call, f(), args)
              .build())
          .build();
      methods.add(passiveMethod("LeastSquares", LEAST_SQUARES,
          "Returns the residuals {@code $L} as a least-squares problem in the point x, the other parameters held.",
          f())
          .addStatement("return $L", anonymous).build());
    }
  }

  /**
   * {@code fJacobian(P..., jacobian)}: by m reverse sweeps when m &lt; n, else by chunks of columns, or, without
   * chunks, one JVP per column.
   */
  private MethodSpec jacobian(Chunk chunk, Chunk rows, CodeBlock value) {
    MethodSpec.Builder m = method("Jacobian", VECTOR, "Returns {@code $L} and fills {@code jacobian} (m×n) with its "
        + "Jacobian: by $L when m < n, else by $L.", f(), rows == null ? "one reverse sweep per row"
        : "reverse sweeps of " + rows.width() + " rows each", chunk == null ? "one forward sweep per column"
        : "forward sweeps of " + chunk.width() + " columns each")
        .addParameter(MATRIX, "jacobian")
        .addCode(prologue())
        .addStatement("int m = jacobian.length")
        .beginControlFlow("for (double[] row : jacobian)")
        .addStatement("requireLength(row.length, n, $S)", "jacobian row")
        .endControlFlow();
    if (chunk != null) {
      m.beginControlFlow("if (m >= n)")
          .addStatement("double[] value = $LJacobianChunk($L)", f(), arguments("0", "jacobian"))
          .addCode(eachChunk("JacobianChunk", "jacobian", chunk.width(), chunk.width()))
          .addStatement("return value")
          .endControlFlow();
    }
    m.addStatement("double[] value = $L", value)
        .addStatement("requireLength(m, value.length, $S)", "jacobian");
    if (chunk == null) {
      m.beginControlFlow("if (m >= n)")
          .addStatement("double[] tangent = new double[n]")
          .beginControlFlow("for (int j = 0; j < n; j++)")
          .addStatement("tangent[j] = 1.0")
          .addStatement("double[] column = $LJvp($L)", f(), arguments("tangent"))
          .addStatement("tangent[j] = 0.0")
          .beginControlFlow("for (int i = 0; i < m; i++)")
          .addStatement("jacobian[i][j] = column[i]")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return value")
          .endControlFlow();
    }
    CodeBlock vjps = CodeBlock.builder()
        .addStatement("double[] cotangent = new double[m]")
        .beginControlFlow("for (int i = $L; i < m; i++)", rows == null ? "0" : "first")
        .addStatement("cotangent[i] = 1.0")
        .addStatement("$LVjpInto($L)", f(), arguments("cotangent", "jacobian[i]"))
        .addStatement("cotangent[i] = 0.0")
        .endControlFlow()
        .build();
    if (rows == null) {
      return m.addCode(vjps).addStatement("return value").build();
    }
    return m.addStatement("int first = 0")
        .beginControlFlow("for (; first + $L <= m; first += $L)", rows.width(), rows.width())
        .addStatement("$LJacobianRows($L)", f(), arguments("first", "jacobian"))
        .endControlFlow()
        .addComment("the rows that make no whole sweep, one reverse sweep each")
        .beginControlFlow("if (first < m)")
        .addCode(vjps)
        .endControlFlow()
        .addStatement("return value")
        .build();
  }

  /** A call of the user's method (its rows concatenated for a {@code double[][]} result). */
  private CodeBlock primal(String args) {
    return sig.matrixResult() ? CodeBlock.of("flatten($T.$L($L))", owner, f(), args)
        : CodeBlock.of("$T.$L($L)", owner, f(), args);
  }

  /** Whether the methods call {@code flatten} for a {@code double[][]} result. */
  public boolean needsFlatten() {
    return sig.matrixResult();
  }
}
