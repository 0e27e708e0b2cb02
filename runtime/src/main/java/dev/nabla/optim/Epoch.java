package dev.nabla.optim;

/** One finished training epoch as an {@link EpochListener} sees it, with a way to end the training there. */
public final class Epoch {
  private final int number;
  private final double[] x;
  private final double meanLoss;
  private boolean stopRequested;

  Epoch(int number, double[] x, double meanLoss) {
    this.number = number;
    this.x = x.clone();
    this.meanLoss = meanLoss;
  }

  /** The epoch number, from 1 since the listener sees only finished epochs: the same as {@link #epochs()}. */
  public int number() {
    return number;
  }

  /** The number of completed epochs, this one included, counted as {@link TrainingResult#epochs()} is. */
  public int epochs() {
    return number;
  }

  /** The point, the parameters after the epoch (a copy, safe to keep). */
  public double[] x() {
    return x.clone();
  }

  /** The same as {@link #x()}, by the lecture notes' name θ for the parameters. */
  public double[] theta() {
    return x();
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
