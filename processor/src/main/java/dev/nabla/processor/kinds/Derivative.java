package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/**
 * {@code fDerivative}, when the point is one {@code double}: a scalar function's df/dx by reverse mode, a vector
 * function's by its {@link Jvp} along 1.
 */
public final class Derivative extends MethodKind {
  public Derivative() {
    super("Derivative", 1, Signature::isUnivariate, Set.of(), Set.of(Jvp.class));
  }

  @Override
  protected void generate(Context c) {
    String x = c.sig().point().get(0).name();
    if (c.sig().isScalar()) {
      Sources s = c.sources();
      c.emit(c.method("Derivative", TypeName.DOUBLE, "Returns d$L/d$L.", c.f(), x),
          s.optimized("ReverseMode.derivative", ReverseMode.derivative(s.primal(), s.point(), s.tapeLimit())),
          c.names());
    } else {
      c.add(c.method("Derivative", VECTOR, "Returns d$L/d$L, one entry per component.", c.f(), x)
          .addStatement("return $LJvp($L)", c.f(), c.arguments("new double[] {1.0}"))
          .build());
    }
  }
}
