package dev.nabla.processor.kinds;

import dev.nabla.processor.source.Signature;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One kind of generated method (gradient, Hessian, JVP …): which functions it applies to, which other kinds its
 * methods call, the names its methods declare, and how it writes them.
 */
public abstract class MethodKind {
  private final String name;
  private final int order;
  private final Predicate<Signature> appliesTo;
  private final Set<String> declaredNames;
  private final Set<Class<? extends MethodKind>> requires;

  /**
   * A kind named {@code name}, of the given order, for the functions {@code appliesTo} accepts; its methods declare
   * {@code declaredNames} beside the user's parameters and call those of the kinds it {@code requires}.
   */
  protected MethodKind(String name, int order, Predicate<Signature> appliesTo, Set<String> declaredNames,
      Set<Class<? extends MethodKind>> requires) {
    this.name = name;
    this.order = order;
    this.appliesTo = appliesTo;
    this.declaredNames = declaredNames;
    this.requires = requires;
  }

  /** The suffix the kind's main method adds to the user's method name; it also names the kind in options. */
  public final String name() {
    return name;
  }

  /** The order of the derivatives it computes: 1, or 2 for second derivatives. */
  public final int order() {
    return order;
  }

  public final boolean appliesTo(Signature sig) {
    return appliesTo.test(sig);
  }

  /** The kinds whose methods this kind's methods call: it is generated only with those of them that apply. */
  public final Set<Class<? extends MethodKind>> requires() {
    return requires;
  }

  /** The names the kind's methods declare beside the user's parameters, which user names must not take. */
  public final Set<String> declaredNames() {
    return declaredNames;
  }

  /** Adds the kind's methods to {@code c}. */
  protected abstract void generate(Context c);
}
