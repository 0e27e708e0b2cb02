package dev.nabla.optim;

/**
 * The options every minimizer builder shares; each minimizer documents the formula its tolerances use.
 *
 * @param <B> the concrete builder type, returned by the setters for chaining
 */
public abstract class OptimizerBuilder<B extends OptimizerBuilder<B>> {
  /** 0 stands for a default that depends on the dimension (e.g. scipy's {@code 200·n}). */
  int maxIterations;
  int maxEvaluations;
  double gradientTolerance;
  double valueTolerance;
  double stepTolerance;
  IterationListener listener;

  OptimizerBuilder(int maxIterations, int maxEvaluations, double gradientTolerance, double valueTolerance,
      double stepTolerance) {
    this.maxIterations = maxIterations;
    this.maxEvaluations = maxEvaluations;
    this.gradientTolerance = gradientTolerance;
    this.valueTolerance = valueTolerance;
    this.stepTolerance = stepTolerance;
  }

  @SuppressWarnings("unchecked")
  final B self() {
    return (B) this;
  }

  /** The largest number of iterations; must be > 0. */
  public B maxIterations(int maxIterations) {
    this.maxIterations = Checks.positive("maxIterations", maxIterations);
    return self();
  }

  /** The largest number of objective calls; must be > 0. */
  public B maxEvaluations(int maxEvaluations) {
    this.maxEvaluations = Checks.positive("maxEvaluations", maxEvaluations);
    return self();
  }

  /** The gradient-norm tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B gradientTolerance(double gradientTolerance) {
    this.gradientTolerance = Checks.nonNegative("gradientTolerance", gradientTolerance);
    return self();
  }

  /** The value-change tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B valueTolerance(double valueTolerance) {
    this.valueTolerance = Checks.nonNegative("valueTolerance", valueTolerance);
    return self();
  }

  /** The step tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B stepTolerance(double stepTolerance) {
    this.stepTolerance = Checks.nonNegative("stepTolerance", stepTolerance);
    return self();
  }

  /** A listener that sees every iteration and can stop the run; {@code null} removes it. */
  public B listener(IterationListener listener) {
    this.listener = listener;
    return self();
  }

  /** Freezes the shared options. */
  final StoppingCriteria criteria() {
    return new StoppingCriteria(
        maxIterations, maxEvaluations, gradientTolerance, valueTolerance, stepTolerance, listener);
  }
}
