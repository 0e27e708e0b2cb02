package dev.nabla.optim;

/** The frozen shared options of a minimizer; limits of 0 are resolved per run by the minimizer. */
record StoppingCriteria(
    int maxIterations,
    int maxEvaluations,
    double gradientTolerance,
    double valueTolerance,
    double stepTolerance,
    IterationListener listener) {

  /** Returns a copy whose unset (0) limits are replaced by the given values. */
  StoppingCriteria resolve(int defaultMaxIterations, int defaultMaxEvaluations) {
    return new StoppingCriteria(
        maxIterations > 0 ? maxIterations : defaultMaxIterations,
        maxEvaluations > 0 ? maxEvaluations : defaultMaxEvaluations,
        gradientTolerance, valueTolerance, stepTolerance, listener);
  }

}
