package dev.nabla;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method as one partial derivative of another method, the <em>original</em>: where a
 * {@link Differentiable} method calls the original, nabla keeps the call as written for its value and uses this rule
 * for its derivative, instead of differentiating the original's body or rejecting a library method without source.
 *
 * <pre>{@code
 * @DerivativeOf(type = Erf.class, method = "erf")
 * static double erfPartial(double x) {
 *   return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
 * }
 * }</pre>
 *
 * <p>The rule takes exactly the original's parameters and returns {@code double}, the partial derivative of the
 * original's {@code double} result with respect to its parameter {@link #wrt()}, at the same arguments. A method of
 * several {@code double} parameters has one rule per parameter; a call whose argument for a parameter without a rule
 * depends on the point is a compile error. The rule's body is differentiated again like any helper, which gives
 * second derivatives; a rule that calls code nabla cannot differentiate serves first derivatives only.
 *
 * <p>The processor checks every rule against its original: an original that does not exist, parameters that differ,
 * a result that is not {@code double}, a {@code wrt} that names no {@code double} parameter, and two rules for the
 * same partial are compile errors.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface DerivativeOf {
  /** The class that declares the original; {@code void.class} (the default) for the class declaring the rule. */
  Class<?> type() default void.class;

  /** The original's name; among its overloads, the one whose parameter types are the rule's. */
  String method();

  /**
   * The index, among the original's parameters, of the {@code double} parameter this rule differentiates with respect
   * to; it may be left out when the original has only one {@code double} parameter.
   */
  int wrt() default -1;
}
