package dev.nabla;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a static method whose derivatives nabla generates at compile time into a sibling {@code …Derivatives} class.
 *
 * <p>The differentiable inputs are the method's {@code double}, {@code double[]} and {@code double[][]} parameters not
 * marked {@link NoDerivative}; flattened in declaration order they form the <em>point</em>. The result must be a
 * {@code double} (a scalar function: gradient, Hessian) or a {@code double[]} / {@code double[][]} (a vector function:
 * Jacobian, JVP, VJP).
 *
 * <p>By default every method kind that applies is generated. {@link #order()} = 1 keeps only first derivatives, for
 * methods whose Hessian is never needed; the processor options {@code -Anabla.order=1} and
 * {@code -Anabla.omit=Kind,...} choose for the whole build (see the README's "The generated API").
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Differentiable {
  /**
   * The highest order of derivatives generated: 2 (the default) for everything; 1 for first derivatives only, that is
   * without {@code fHessianVector}, {@code fHessian} and {@code fSecondDerivative}, and with an {@code fObjective}
   * whose {@code hasHessian()} is false. A vector function f's first-order methods (Jacobian, JVP, VJP) come by
   * default; its second-order ones, {@code fHessianVector(P..., cotangent, v, hv)} and {@code fHessian(P...,
   * cotangent)} for the Hessian Σ cotangentᵢ∇²fᵢ of cotangentᵀf (a Lagrangian's constraint part, which
   * {@code fVectorFunction}'s {@code hessian(x, weights)} then gives), only when {@code order = 2} is written. Other
   * values are a compile error.
   */
  int order() default 2;

  /**
   * The most entries a loop of the gradient ({@code fGradient}, {@code fDerivative}, {@code fVjp}) keeps on the tape
   * for its reverse sweep: 2^20 (8 MiB of doubles) by default. A loop that would keep more runs on without taping,
   * and is reversed by binomial checkpointing from snapshots of its state ({@link Checkpoints}), recomputing what it
   * did not keep; 0 checkpoints from the first iteration, {@code Integer.MAX_VALUE} never (see the README's "Long
   * loops"). Only top-level loops whose state is scalars and which run again as they ran are checkpointed; other
   * loops, and the second-order methods, tape every iteration. Negative values are a compile error.
   */
  int tapeLimit() default 1 << 20;
}
