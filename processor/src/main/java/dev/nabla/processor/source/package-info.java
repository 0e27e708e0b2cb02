/**
 * Reads the method through the javac Tree API and lowers it to SSA IR, evaluating what is known at compile time: loops
 * with a constant trip count are unrolled within a budget, branches on constants fold, {@code break}, {@code continue}
 * and early {@code return} vanish where their effect is known, and calls to static methods of the same compilation
 * (annotated or not) and to the receiver's methods are inlined, as are {@code @Differentiable} methods of classes
 * compiled earlier, whose generated class carries their source ({@code NABLA_SOURCE}); the receiver and object
 * parameters are passive objects, whose fields are read and whose other methods run as written.
 */
package dev.nabla.processor.source;
