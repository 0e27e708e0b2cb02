package dev.nabla.processor.kinds;

import com.squareup.javapoet.TypeName;
import java.util.Set;

/** {@code fSecondDerivative}: d²f/dx² of a scalar function of one {@code double}, a {@link HessianVector} product. */
public final class SecondDerivative extends MethodKind {
  public SecondDerivative() {
    super("SecondDerivative", 2, sig -> sig.isScalar() && sig.isUnivariate(), Set.of("hv"),
        Set.of(HessianVector.class));
  }

  @Override
  protected void generate(Context c) {
    c.add(c.method("SecondDerivative", TypeName.DOUBLE, "Returns d²$L/d$L².", c.f(), c.sig().point().get(0).name())
        .addStatement("double[] hv = new double[1]")
        .addStatement("$LHessianVector($L)", c.f(), c.arguments("new double[] {1.0}", "hv"))
        .addStatement("return hv[0]")
        .build());
  }
}
