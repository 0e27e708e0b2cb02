package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.VECTOR;

import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.source.Signature;
import java.util.Set;

/** {@code fJvp}: a vector function's Jacobian–vector product J·tangent, by forward mode. */
public final class Jvp implements MethodKind {
  @Override
  public String name() {
    return "Jvp";
  }

  @Override
  public int order() {
    return 1;
  }

  @Override
  public boolean appliesTo(Signature sig) {
    return !sig.isScalar();
  }

  @Override
  public Set<String> declaredNames() {
    return Set.of("n", "tangent");
  }

  @Override
  public void generate(Context c) {
    Sources s = c.sources();
    c.emit(c.method("Jvp", VECTOR, "Returns the Jacobian–vector product J·tangent of {@code $L} (forward mode).",
        c.f())
        .addParameter(VECTOR, "tangent")
        .addCode(c.prologue())
        .addStatement("requireLength(tangent.length, n, $S)", "tangent"),
        s.optimized(ForwardMode.jvp(s.primal(), s.point())), c.names("tangent"));
  }
}
