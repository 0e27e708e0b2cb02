package dev.nabla.optim;

/** One finished training epoch as an {@link EpochListener} sees it, with a way to end the training there. */
public final class Epoch {
  private final int number;
  private final double[] theta;
  private final double meanLoss;
  private boolean stopRequested;

  Epoch(int number, double[] theta, double meanLoss) {
    this.number = number;
    this.theta = theta.clone();
    this.meanLoss = meanLoss;
  }

  /** The epoch number, from 1. */
  public int number() {
    return number;
  }

  /** The parameters after the epoch (a copy, safe to keep). */
  public double[] theta() {
    return theta.clone();
  }

  /** The mean of the per-sample losses seen during the epoch, each taken before its batch's step. */
  public double meanLoss() {
    return meanLoss;
  }

  /** Ends the training after this epoch with {@link Status#STOPPED_BY_LISTENER} and the parameters after it. */
  public void stop() {
    stopRequested = true;
  }

  boolean stopRequested() {
    return stopRequested;
  }

  @Override
  public String toString() {
    return "Epoch " + number + ": mean loss = " + meanLoss;
  }
}
