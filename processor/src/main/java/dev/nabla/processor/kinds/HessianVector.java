package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fHessianVector}: H·v by forward mode over the reverse-mode gradient, without forming H. */
public final class HessianVector implements MethodKind {
  @Override
  public String name() {
    return "HessianVector";
  }

  @Override
  public int order() {
    return 2;
  }

  @Override
  public boolean appliesTo(Signature sig) {
    return sig.isScalar();
  }

  @Override
  public Set<String> declaredNames() {
    return Set.of("n", "v", "hv");
  }

  @Override
  public void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.method("HessianVector", TypeName.DOUBLE,
        "Returns {@code $L} and writes the Hessian–vector product H·v into {@code hv}, without forming H.", c.f())
        .addParameter(VECTOR, "v")
        .addParameter(VECTOR, "hv")
        .addCode(c.prologue())
        .addStatement("requireLength(v.length, n, $S)", "v")
        .addStatement("requireLength(hv.length, n, $S)", "hv"),
        s.optimized(ForwardMode.hessianVector(s.differentiated(), s.point())), c.names(null, "v", "hv"));
  }
}
