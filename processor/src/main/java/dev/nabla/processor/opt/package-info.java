/**
 * The optimization passes, run on the lowered method and on every function the transforms generate, each a function
 * in, a function out, computing the same results: scalar replacement of small fixed-size local arrays, the simplifier
 * (store forwarding, constant folding, algebraic identities, common subexpressions, dead code) and predictive
 * commoning ({@link dev.nabla.processor.opt.CarriedValues}), with the loop analyses they and {@code ad} share: counted
 * loops and their trip counts, arrays stored at every element, and gradient arrays a loop writes once per entry.
 */
package dev.nabla.processor.opt;
