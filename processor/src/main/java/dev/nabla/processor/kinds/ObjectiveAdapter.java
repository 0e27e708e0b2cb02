package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.MATRIX;
import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import java.util.List;
import java.util.Set;

/**
 * {@code fObjective(Q...)}: a scalar function as an optimizer's {@code Objective} of the point x, the other parameters
 * bound; its value and gradient by {@link Gradient}, and its Hessian by {@link Hessian} and {@link HessianVector} when
 * those are generated (else {@code hasHessian()} is false).
 */
public final class ObjectiveAdapter extends MethodKind {
  private static final ClassName OBJECTIVE = ClassName.get("dev.nabla.optim", "Objective");

  public ObjectiveAdapter() {
    super("Objective", 1, sig -> sig.isScalar() && Adapters.pointFitsOneArray(sig),
        Set.of("point", "gradient", "v", "hv"), Set.of(Gradient.class));
  }

  @Override
  protected void generate(Context c) {
    List<CodeBlock> point = Adapters.pointArguments(c);
    CodeBlock args = CodeBlock.join(point, ", ");
    TypeSpec.Builder anonymous = Adapters.implementation(OBJECTIVE)
        .addMethod(Adapters.override("value", TypeName.DOUBLE).addParameter(VECTOR, "point")
            .addStatement("requireLength(point.length, $L, $S)", Adapters.dimension(c), "point")
            .addStatement("return $L", c.primal(point)).build())
        .addMethod(Adapters.override("valueAndGradient", TypeName.DOUBLE).addParameter(VECTOR, "point")
            .addParameter(VECTOR, "gradient")
            .addStatement("return $LGradient($L, gradient)", c.f(), args).build());
    if (c.has(Hessian.class)) {
      anonymous.addMethod(Adapters.hasHessian())
          .addMethod(Adapters.override("hessian", MATRIX).addParameter(VECTOR, "point")
              .addStatement("return $LHessian($L)", c.f(), args).build())
          .addMethod(Adapters.override("hessianVector", TypeName.DOUBLE).addParameter(VECTOR, "point")
              .addParameter(VECTOR, "v").addParameter(VECTOR, "hv")
              .addStatement("return $LHessianVector($L, v, hv)", c.f(), args).build());
    }
    c.add(c.passiveMethod("Objective", OBJECTIVE,
        "Returns {@code $L} as an objective of the point x, the other parameters held at the given values.", c.f())
        .addStatement("return $L", anonymous.build()).build());
  }
}
