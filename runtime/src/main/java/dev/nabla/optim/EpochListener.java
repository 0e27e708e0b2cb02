package dev.nabla.optim;

/** Sees the end of every training epoch (for progress lines and loss plots) and can stop the training. */
@FunctionalInterface
public interface EpochListener {

  /**
   * Called after each epoch.
   *
   * @param epoch the epoch number, from 1
   * @param theta a copy of the parameters after the epoch
   * @param meanLoss the mean of the per-sample losses seen during the epoch (each taken before its batch's step)
   * @return {@code true} to stop training
   */
  boolean onEpoch(int epoch, double[] theta, double meanLoss);
}
