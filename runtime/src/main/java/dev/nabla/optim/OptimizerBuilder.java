package dev.nabla.optim;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
  /** The limits and tolerances set through the setters, by name, in the order first set. */
  private final Set<String> chosen = new LinkedHashSet<>();

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
    return chosen("maxIterations");
  }

  /** The largest number of objective calls; must be > 0. */
  public B maxEvaluations(int maxEvaluations) {
    this.maxEvaluations = Checks.positive("maxEvaluations", maxEvaluations);
    return chosen("maxEvaluations");
  }

  /** The gradient-norm tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B gradientTolerance(double gradientTolerance) {
    this.gradientTolerance = Checks.nonNegative("gradientTolerance", gradientTolerance);
    return chosen("gradientTolerance");
  }

  /** The value-change tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B valueTolerance(double valueTolerance) {
    this.valueTolerance = Checks.nonNegative("valueTolerance", valueTolerance);
    return chosen("valueTolerance");
  }

  /** The step tolerance (see the minimizer's class Javadoc for its formula); must be >= 0. */
  public B stepTolerance(double stepTolerance) {
    this.stepTolerance = Checks.nonNegative("stepTolerance", stepTolerance);
    return chosen("stepTolerance");
  }

  /** A listener that sees every iteration and can stop the run; {@code null} removes it. */
  public B listener(IterationListener listener) {
    this.listener = listener;
    return self();
  }

  private B chosen(String option) {
    chosen.add(option);
    return self();
  }

  /** The names of the limits and tolerances the user set, rather than left at their defaults, in that order. */
  final List<String> chosenLimits() {
    return new ArrayList<>(chosen);
  }

  /** Freezes the shared options. */
  final StoppingCriteria criteria() {
    return new StoppingCriteria(
        maxIterations, maxEvaluations, gradientTolerance, valueTolerance, stepTolerance, listener);
  }
}
