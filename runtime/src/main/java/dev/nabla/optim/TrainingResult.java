package dev.nabla.optim;

/** The outcome of {@link MiniBatchTrainer#train}: the parameters, the per-epoch mean losses and the status. */
public final class TrainingResult {
  private final double[] x;
  private final double[] epochLosses;
  private final int evaluations;
  private final Status status;
  private final String message;

  TrainingResult(double[] x, double[] epochLosses, int evaluations, Status status, String detail) {
    this.x = x.clone();
    this.epochLosses = epochLosses.clone();
    this.evaluations = evaluations;
    this.status = status;
    this.message = detail == null ? status.description() : status.description() + ": " + detail;
  }

  /** The point, the final parameters (the last finite ones when the loss became non-finite; a copy). */
  public double[] x() {
    return x.clone();
  }

  /** The same as {@link #x()}, by the lecture notes' name θ for the parameters. */
  public double[] theta() {
    return x();
  }

  /** The mean loss of every completed epoch, in order. */
  public double[] epochLosses() {
    return epochLosses.clone();
  }

  /** The number of completed epochs, counted as {@link Epoch#epochs()} is. */
  public int epochs() {
    return epochLosses.length;
  }

  /**
   * The number of loss calls (per sample for a {@link SampleLoss}, per batch for a {@link BatchLoss}), an
   * {@code int} as in {@link OptimizationResult#evaluations()}, at most the optimizer's {@code maxEvaluations}.
   */
  public int evaluations() {
    return evaluations;
  }

  /** COMPLETED, STOPPED_BY_LISTENER, MAX_EVALUATIONS or NON_FINITE. */
  public Status status() {
    return status;
  }

  /** A readable explanation of the status. */
  public String message() {
    return message;
  }
}
