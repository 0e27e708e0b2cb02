package dev.nabla.optim;

/** The outcome of {@link MiniBatchTrainer#train}: the parameters, the per-epoch mean losses and the status. */
public final class TrainingResult {
  private final double[] theta;
  private final double[] epochLosses;
  private final long evaluations;
  private final Status status;
  private final String message;

  TrainingResult(double[] theta, double[] epochLosses, long evaluations, Status status, String detail) {
    this.theta = theta.clone();
    this.epochLosses = epochLosses.clone();
    this.evaluations = evaluations;
    this.status = status;
    this.message = detail == null ? status.description() : status.description() + ": " + detail;
  }

  /** The final parameters (the last finite ones when the loss became non-finite). */
  public double[] theta() {
    return theta.clone();
  }

  /** The mean loss of every completed epoch, in order. */
  public double[] epochLosses() {
    return epochLosses.clone();
  }

  /** The number of completed epochs. */
  public int epochs() {
    return epochLosses.length;
  }

  /** The number of loss calls (per sample for a {@link SampleLoss}, per batch for a {@link BatchLoss}). */
  public long evaluations() {
    return evaluations;
  }

  /** COMPLETED, STOPPED_BY_LISTENER or NON_FINITE. */
  public Status status() {
    return status;
  }

  /** A readable explanation of the status. */
  public String message() {
    return message;
  }
}
