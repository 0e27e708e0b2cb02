package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fGradient}: a scalar function's gradient by reverse mode, into the caller's array or a new one. */
public final class Gradient extends MethodKind {
  public Gradient() {
    super("Gradient", 1, Signature::isScalar, Set.of("n", "gradient"), Set.of());
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.withVectors(c.method("Gradient", TypeName.DOUBLE,
        "Returns {@code $L} and writes its gradient with respect to the point into {@code gradient}.", c.f()),
        "gradient"),
        s.optimized("ReverseMode.gradient", ReverseMode.gradient(s.primal(), s.point(), s.tapeLimit())),
        c.names("gradient"));
    c.add(c.method("Gradient", VECTOR, "Returns the gradient of {@code $L} with respect to the point.", c.f())
        .addStatement("double[] gradient = new double[$L]", c.pointSize())
        .addStatement("$LGradient($L)", c.f(), c.arguments("gradient"))
        .addStatement("return gradient")
        .build());
  }
}
