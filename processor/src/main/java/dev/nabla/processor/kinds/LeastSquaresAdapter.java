package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.MATRIX;
import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * {@code fLeastSquares(Q...)}: a vector function as the residuals of a {@code LeastSquaresProblem} in the point x, the
 * other parameters bound, with its {@link Jacobian}.
 */
public final class LeastSquaresAdapter extends MethodKind {
  private static final ClassName LEAST_SQUARES = ClassName.get("dev.nabla.optim", "LeastSquaresProblem");

  public LeastSquaresAdapter() {
    super("LeastSquares", 1, sig -> !sig.isScalar() && Adapters.pointFitsOneArray(sig),
        Set.of("point", "jacobian"), Set.of(Jacobian.class));
  }

  @Override
  protected void generate(Context c) {
    List<CodeBlock> point = Adapters.pointArguments(c);
    CodeBlock args = CodeBlock.join(point, ", ");
    TypeSpec anonymous = TypeSpec.anonymousClassBuilder("")
        .addSuperinterface(LEAST_SQUARES)
        .addMethod(MethodSpec.methodBuilder("residuals").addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC).returns(VECTOR).addParameter(VECTOR, "point")
            .addParameter(MATRIX, "jacobian")
            .addStatement("requireLength(point.length, $L, $S)", Adapters.dimension(c), "point")
            .addStatement("return jacobian == null ? $L : $LJacobian($L, jacobian)", c.primal(point), c.f(), args)
            .build())
        .build();
    c.add(c.passiveMethod("LeastSquares", LEAST_SQUARES,
        "Returns the residuals {@code $L} as a least-squares problem in the point x, the other parameters held.",
        c.f())
        .addStatement("return $L", anonymous).build());
  }
}
