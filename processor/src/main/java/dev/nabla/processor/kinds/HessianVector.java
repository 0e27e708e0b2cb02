package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ForwardMode;
import java.util.Set;

/**
 * {@code fHessianVector}: H·v by forward mode over the reverse-mode gradient, without forming H; for a vector function
 * f, H is the Hessian of cotangentᵀf, Σ cotangentᵢ∇²fᵢ (a Lagrangian's constraint part).
 */
public final class HessianVector extends MethodKind {
  public HessianVector() {
    super("HessianVector", 2, sig -> true, Set.of("n", "cotangent", "v", "hv"), Set.of());
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    MethodSpec.Builder m = c.method("HessianVector", TypeName.DOUBLE,
        "Returns $L and writes the Hessian–vector product H·v into {@code hv}, without forming H.",
        c.secondOrderSubject("H"));
    c.secondOrderWeights().forEach(w -> m.addParameter(VECTOR, w));
    c.emit(c.withVectors(m, "v", "hv"),
        s.optimized("ForwardMode.hessianVector", ForwardMode.hessianVector(s.differentiated(), s.point())),
        c.secondOrderNames("v", "hv"));
  }
}
