package dev.nabla.processor.kinds;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fSecondDerivative}: d²f/dx² of a scalar function of one {@code double}, a {@link HessianVector} product. */
public final class SecondDerivative implements MethodKind {
  @Override
  public String name() {
    return "SecondDerivative";
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public boolean appliesTo(Signature sig) {
    return sig.isScalar() && sig.isUnivariate();
  }

  @Override
  public Set<Class<? extends MethodKind>> requires() {
    return Set.of(HessianVector.class);
  }

  @Override
  public Set<String> declaredNames() {
    return Set.of("hv");
  }

  @Override
  public void generate(Context c) {
    c.add(c.method("SecondDerivative", TypeName.DOUBLE, "Returns d²$L/d$L².", c.f(), c.sig().point().get(0).name())
        .addStatement("double[] hv = new double[1]")
        .addStatement("$LHessianVector($L)", c.f(), c.arguments("new double[] {1.0}", "hv"))
        .addStatement("return hv[0]")
        .build());
  }
}
