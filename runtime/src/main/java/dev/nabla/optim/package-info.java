/**
 * Minimizers that run on the derivatives nabla generates, with no dependency beyond the JDK.
 *
 * <ul>
 *   <li>First-order methods ({@link dev.nabla.optim.GradientDescent}, {@link dev.nabla.optim.Momentum},
 *       {@link dev.nabla.optim.AdaGrad}, {@link dev.nabla.optim.RmsProp}, {@link dev.nabla.optim.Adam}) with
 *       PyTorch's defaults; each is a {@link dev.nabla.optim.FirstOrderMethod} whose
 *       {@link dev.nabla.optim.UpdateRule} drives both {@code minimize} and the
 *       {@link dev.nabla.optim.MiniBatchTrainer} for stochastic mini-batch training.
 *   <li>{@link dev.nabla.optim.Lbfgs}: L-BFGS, and L-BFGS-B with {@link dev.nabla.optim.Bounds}, following scipy.
 *   <li>{@link dev.nabla.optim.Newton}: Newton with a modified Cholesky factorization, or Newton-CG.
 *   <li>{@link dev.nabla.optim.LevenbergMarquardt}: MINPACK's {@code lmder} for
 *       {@link dev.nabla.optim.LeastSquaresProblem}s.
 *   <li>{@link dev.nabla.optim.Sqp}: Kraft's SLSQP, as scipy runs it, for {@link dev.nabla.optim.Constraint}s on
 *       {@link dev.nabla.optim.VectorFunction}s or scalar objectives and {@link dev.nabla.optim.Bounds}, with BFGS
 *       or the Lagrangian's exact Hessian.
 * </ul>
 *
 * <p>Every minimizer returns an {@link dev.nabla.optim.OptimizationResult} holding the best point seen and a
 * {@link dev.nabla.optim.Status}; a NaN or infinite value or gradient ends a run with
 * {@link dev.nabla.optim.Status#NON_FINITE} instead of an exception. Each class documents the formulas of its
 * tolerances. Bad arguments throw {@link java.lang.IllegalArgumentException} naming the argument.
 *
 * <p>One vocabulary throughout: the point is {@code x} ({@code x0} where a run starts; the training classes'
 * {@code theta()} is an alias of their {@code x()}); every minimizer of an {@link dev.nabla.optim.Objective} is a
 * {@link dev.nabla.optim.Minimizer}; counts are {@code int}s and count completed steps, so
 * {@link dev.nabla.optim.Iteration#iterations()} is 0 at the starting point and
 * {@link dev.nabla.optim.Epoch#epochs()} is 1 after the first epoch, as the results' {@code iterations()} and
 * {@code epochs()} count them; {@link dev.nabla.optim.Status#converged()} is true only where a tolerance test was met.
 */
package dev.nabla.optim;
