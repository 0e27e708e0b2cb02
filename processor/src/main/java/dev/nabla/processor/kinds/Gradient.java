package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fGradient}: a scalar function's gradient by reverse mode, into the caller's array or a new one. */
public final class Gradient implements MethodKind {
  @Override
  public String name() {
    return "Gradient";
  }

  @Override
  public int order() {
    return 1;
  }

  @Override
  public boolean appliesTo(Signature sig) {
    return sig.isScalar();
  }

  @Override
  public Set<String> declaredNames() {
    return Set.of("n", "gradient");
  }

  @Override
  public void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.method("Gradient", TypeName.DOUBLE,
        "Returns {@code $L} and writes its gradient with respect to the point into {@code gradient}.", c.f())
        .addParameter(VECTOR, "gradient")
        .addCode(c.prologue())
        .addStatement("requireLength(gradient.length, n, $S)", "gradient"),
        s.optimized(ReverseMode.gradient(s.primal(), s.point())), c.names("gradient"));
    c.add(c.method("Gradient", VECTOR, "Returns the gradient of {@code $L} with respect to the point.", c.f())
        .addStatement("double[] gradient = new double[$L]", c.pointSize())
        .addStatement("$LGradient($L)", c.f(), c.arguments("gradient"))
        .addStatement("return gradient")
        .build());
  }
}
