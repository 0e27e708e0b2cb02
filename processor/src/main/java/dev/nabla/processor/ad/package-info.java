/**
 * The differentiation transforms, each turning a function in IR into a new one: reverse mode ({@link
 * dev.nabla.processor.ad.ReverseMode}: gradients, vector–Jacobian products, Jacobian rows, saving the values the
 * reverse sweep reads per block, on a tape inside loops, unless they are cheap to recompute; reduction loops run each
 * iteration's adjoint inside the forward loop) and forward mode ({@link dev.nabla.processor.ad.ForwardMode}:
 * Jacobian–vector products, Jacobian columns and, over reverse mode, Hessian–vector products and Hessian columns,
 * carrying W tangents per value), with the analyses only they need: activity (which values vary with the point and
 * reach the result), the partials a reverse sweep saves, reduction loops, and where a derivative is correct but not
 * smooth.
 */
package dev.nabla.processor.ad;
