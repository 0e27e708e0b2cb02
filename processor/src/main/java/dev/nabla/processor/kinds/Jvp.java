package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import dev.nabla.processor.ad.ForwardMode;
import java.util.Set;

/** {@code fJvp}: a vector function's Jacobian–vector product J·tangent, by forward mode. */
public final class Jvp extends MethodKind {
  public Jvp() {
    super("Jvp", 1, sig -> !sig.isScalar(), Set.of("n", "tangent"), Set.of());
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.withVectors(c.method("Jvp", VECTOR,
        "Returns the Jacobian–vector product J·tangent of {@code $L} (forward mode).", c.f()), "tangent"),
        s.optimized("ForwardMode.jvp", ForwardMode.jvp(s.primal(), s.point())), c.names("tangent"));
  }
}
