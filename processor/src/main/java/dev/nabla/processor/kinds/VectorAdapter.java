package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.MATRIX;
import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;

/**
 * {@code fLeastSquares(Q...)} and {@code fVectorFunction(Q...)}: a vector function of the point x, the other
 * parameters bound, as an optimizer's interface whose one method returns f(x) and fills the {@link Jacobian} when
 * given one; a vector function's also gives the {@link Hessian} of weightsᵀf when that is generated.
 */
public final class VectorAdapter extends MethodKind {
  private final ClassName type;
  private final String method;
  private final String role;
  private final boolean weightedHessian;

  private VectorAdapter(String name, ClassName type, String method, String role, boolean weightedHessian) {
    super(name, 1, sig -> !sig.isScalar() && Adapters.pointFitsOneArray(sig), Set.of("point", "jacobian", "weights"),
        Set.of(Jacobian.class));
    this.type = type;
    this.method = method;
    this.role = role;
    this.weightedHessian = weightedHessian;
  }

  /** {@code fLeastSquares}: the residuals of a {@code LeastSquaresProblem}. */
  public static VectorAdapter leastSquares() {
    return new VectorAdapter("LeastSquares", ClassName.get("dev.nabla.optim", "LeastSquaresProblem"), "residuals",
        "the residuals {@code $L} as a least-squares problem", false);
  }

  /** {@code fVectorFunction}: a {@code VectorFunction}, such as the left-hand sides of constraints. */
  public static VectorAdapter vectorFunction() {
    return new VectorAdapter("VectorFunction", ClassName.get("dev.nabla.optim", "VectorFunction"), "value",
        "{@code $L} as a vector function", true);
  }

  @Override
  protected void generate(Context c) {
    List<CodeBlock> point = Adapters.pointArguments(c);
    CodeBlock args = CodeBlock.join(point, ", ");
    TypeSpec.Builder anonymous = Adapters.implementation(type)
        .addMethod(Adapters.override(method, VECTOR).addParameter(VECTOR, "point")
            .addParameter(MATRIX, "jacobian")
            .addStatement("requireLength(point.length, $L, $S)", Adapters.dimension(c), "point")
            .addStatement("return jacobian == null ? $L : $LJacobian($L, jacobian)", c.primal(point), c.f(), args)
            .build());
    if (weightedHessian && c.has(Hessian.class)) {
      anonymous.addMethod(Adapters.hasHessian())
          .addMethod(Adapters.override("hessian", MATRIX).addParameter(VECTOR, "point").addParameter(VECTOR, "weights")
              .addStatement("return $LHessian($L, weights)", c.f(), args).build());
    }
    c.add(c.passiveMethod(name(), type, "Returns " + role + " in the point x, the other parameters held.", c.f())
        .addStatement("return $L", anonymous.build()).build());
  }
}
