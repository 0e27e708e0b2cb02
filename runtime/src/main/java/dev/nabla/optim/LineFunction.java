package dev.nabla.optim;

/** The objective restricted to a search line, φ(t) = f(x + t·d), as seen by a line search. */
interface LineFunction {

  /** Evaluates φ at step t and returns φ(t); afterwards {@link #slope()} returns φ'(t). */
  double value(double t);

  /** φ'(t) at the step last passed to {@link #value}. */
  double slope();
}
