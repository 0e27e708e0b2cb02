package dev.nabla.processor.kinds;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fHessianVector}: H·v by forward mode over the reverse-mode gradient, without forming H. */
public final class HessianVector extends MethodKind {
  public HessianVector() {
    super("HessianVector", 2, Signature::isScalar, Set.of("n", "v", "hv"), Set.of());
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.withVectors(c.method("HessianVector", TypeName.DOUBLE,
        "Returns {@code $L} and writes the Hessian–vector product H·v into {@code hv}, without forming H.", c.f()),
        "v", "hv"),
        s.optimized("ForwardMode.hessianVector", ForwardMode.hessianVector(s.differentiated(), s.point())),
        c.names(null, "v", "hv"));
  }
}
