package dev.nabla.optim;

/**
 * Sees the end of every training epoch (for progress lines and loss plots); it ends the training only by calling
 * {@link Epoch#stop()}, so a lambda such as {@code e -> losses.add(e.meanLoss())} never stops it by accident.
 */
@FunctionalInterface
public interface EpochListener {

  /** Called after each epoch. */
  void onEpoch(Epoch epoch);
}
