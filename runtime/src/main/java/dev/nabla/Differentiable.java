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
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Differentiable {}
