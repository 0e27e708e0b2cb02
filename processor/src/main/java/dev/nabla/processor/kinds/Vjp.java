package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ReverseMode;
import java.util.Set;

/**
 * {@code fVjp}: a vector function's vector–Jacobian product cotangentᵀ·J, by reverse mode over its dot product with
 * the cotangent; the private {@code fVjpInto} writes it into the caller's array.
 */
public final class Vjp extends MethodKind {
  public Vjp() {
    super("Vjp", 1, sig -> !sig.isScalar(), Set.of("n", "cotangent", "gradient"), Set.of());
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.helper("VjpInto", TypeName.DOUBLE,
        "Writes cotangentᵀ·J into {@code gradient} (reverse mode); returns cotangent·f.")
        .addParameter(VECTOR, "cotangent")
        .addParameter(VECTOR, "gradient")
        .addCode(c.prologue("gradient")),
        s.optimized("ReverseMode.gradient", ReverseMode.gradient(s.dot(), s.point(), s.tapeLimit())),
        c.names("cotangent", "gradient"));
    c.add(c.method("Vjp", VECTOR, "Returns the vector–Jacobian product cotangentᵀ·J of {@code $L} (reverse mode).",
        c.f())
        .addParameter(VECTOR, "cotangent")
        .addStatement("double[] gradient = new double[$L]", c.pointSize())
        .addStatement("$LVjpInto($L)", c.f(), c.arguments("cotangent", "gradient"))
        .addStatement("return gradient")
        .build());
  }
}
