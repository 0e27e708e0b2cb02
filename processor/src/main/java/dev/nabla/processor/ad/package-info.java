/**
 * Reverse mode (the values the reverse sweep reads are saved per block — inside loops on a tape — unless they are cheap
 * to recompute; counted loops' trip counts are recomputed; a reduction loop such as {@code sum += e(i)}, whose
 * iterations share only accumulators that reach the result linearly, runs each iteration's adjoint inside the forward
 * loop, with no tape and no second loop; when such a loop writes each gradient entry of an array once, as Rosenbrock's
 * loop over pairs does, it assigns them instead of zero-filling and adding; a reverse loop whose incoming adjoints are
 * all zero is skipped; a top-level loop whose tape would pass the tape limit is reversed by binomial checkpointing (see
 * "Long loops"); {@code fDerivative} is its own sweep, without the unused value of f), forward mode (also applied
 * over reverse mode for Hessian–vector products) and activity analysis. Forward mode carries W tangents per value
 * (vector mode, as ForwardDiff.jl's chunks): Jacobians (m ≥ n) and Hessians are computed W columns per sweep, along the
 * unit directions e_first … e_(first+W−1), each tangent by the primitive's own rule, so the partial derivatives (cos u,
 * exp u …) are computed once for all W; the columns go straight into the caller's matrix. W is 12, fewer when the point
 * is smaller (known at compile time) or the body too large for the JIT. Reverse mode does the same for Jacobians with m
 * < n: one sweep carries W adjoints per value, seeded with the rows e_first … e_(first+W−1) of the cotangent, and
 * writes W rows of the Jacobian.
 */
package dev.nabla.processor.ad;
