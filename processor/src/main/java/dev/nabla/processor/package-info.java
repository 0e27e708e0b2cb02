/**
 * The annotation processor, {@code DifferentiableProcessor}, collects each class's {@code @Differentiable} methods and
 * runs {@code Pipeline}, which takes one method through the phases of the other packages, on each method inside its own
 * guard: a user error is reported on the offending code, an internal failure on the method, and the other methods are
 * still generated.
 */
package dev.nabla.processor;
