/**
 * The optimization passes, run on the lowered method and on each generated function: scalar replacement of fixed-size
 * local arrays, the simplifier (constant folding, the identities that hold bit for bit in IEEE arithmetic — including
 * moving negations into the subtractions that absorb them —, dropping the structural zeros of derivative code, common
 * subexpressions, store forwarding, dead code) and, on the generated code, predictive commoning
 * ({@code CarriedValues}): a costly value that the next iteration of a counted loop would compute again, such as
 * equation 2.17's cos(x[(i + 1) % n]), which the next iteration needs as cos(x[i]) for the derivative of sin(x[i]), is
 * carried over instead; with the loop analyses they and {@code ad} share (counted loops, arrays written once per
 * element).
 */
package dev.nabla.processor.opt;
