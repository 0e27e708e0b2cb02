package dev.nabla.processor.kinds;

import dev.nabla.processor.source.Signature;
import java.util.Set;

/**
 * One kind of generated method (gradient, Hessian, JVP …): which functions it applies to, which other kinds its
 * methods call, the names its methods declare, and how it writes them.
 */
public interface MethodKind {
  /** The suffix the kind's main method adds to the user's method name; it also names the kind in options. */
  String name();

  /** The order of the derivatives it computes: 1, or 2 for second derivatives. */
  int order();

  boolean appliesTo(Signature sig);

  /** The kinds whose methods this kind's methods call: it is generated only with those of them that apply. */
  default Set<Class<? extends MethodKind>> requires() {
    return Set.of();
  }

  /** The names the kind's methods declare beside the user's parameters, which user names must not take. */
  Set<String> declaredNames();

  /** Adds the kind's methods to {@code c}. */
  void generate(Context c);
}
