package dev.nabla.optim;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Stochastic mini-batch training (the lecture notes' equations 2.9–2.10): each epoch shuffles the sample indices
 * with a seeded {@link SplittableRandom}, cuts them into batches of {@code batchSize} (the last one may be smaller)
 * and applies one step of the optimizer's {@link UpdateRule} per batch with the mean gradient of the batch.
 *
 * <pre>{@code
 * TrainingResult r = MiniBatchTrainer.builder()
 *     .optimizer(Adam.builder().build()).batchSize(32).epochs(50).seed(42)
 *     .listener(epoch -> System.out.println(epoch.number() + " " + epoch.meanLoss()))
 *     .build()
 *     .train((theta, i, g) -> ModelDerivatives.lossGradient(theta, xs[i], ys[i], g), xs.length, theta0);
 * }</pre>
 *
 * <p>Defaults: Adam with PyTorch's defaults, batch size 32, 10 epochs, seed 0, shuffling on. Training ends after its
 * epochs, when the {@link EpochListener} stops it, when the loss or a step is not finite, or before a batch whose loss
 * calls would exceed the optimizer's {@code maxEvaluations} (MAX_EVALUATIONS; default unlimited). It has no other
 * stopping rule, listener or step control, so {@link Builder#optimizer} rejects an optimizer built with any other
 * limit, tolerance, listener or Armijo backtracking.
 */
public final class MiniBatchTrainer {
  private final FirstOrderMethod optimizer;
  private final int batchSize;
  private final int epochs;
  private final long seed;
  private final boolean shuffle;
  private final EpochListener listener;

  private MiniBatchTrainer(Builder builder) {
    this.optimizer = builder.optimizer;
    this.batchSize = builder.batchSize;
    this.epochs = builder.epochs;
    this.seed = builder.seed;
    this.shuffle = builder.shuffle;
    this.listener = builder.listener;
  }

  /** A builder with the defaults above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Trains with a per-sample loss; a batch's gradient is the mean of its samples' gradients. */
  public TrainingResult train(SampleLoss loss, int sampleCount, double[] x0) {
    Checks.notNull("loss", loss);
    int n = x0 == null ? 0 : x0.length;
    double[] sampleGradient = new double[n];
    BatchLoss batchLoss = (x, samples, gradient) -> {
      Arrays.fill(gradient, 0);
      double sum = 0;
      for (int sample : samples) {
        sum += loss.valueAndGradient(x, sample, sampleGradient);
        Vectors.axpy(1, sampleGradient, gradient);
      }
      for (int i = 0; i < gradient.length; i++) {
        gradient[i] /= samples.length;
      }
      return sum / samples.length;
    };
    return run(batchLoss, sampleCount, x0, true);
  }

  /** Trains with a per-batch loss that returns the mean loss of the batch and its gradient. */
  public TrainingResult trainOnBatches(BatchLoss loss, int sampleCount, double[] x0) {
    Checks.notNull("loss", loss);
    return run(loss, sampleCount, x0, false);
  }

  private TrainingResult run(BatchLoss loss, int sampleCount, double[] x0, boolean perSample) {
    Checks.positive("sampleCount", sampleCount);
    double[] x = Checks.startingPoint(x0);
    int n = x.length;
    double[] gradient = new double[n];
    double[] lastGood = x.clone();
    double[] losses = new double[epochs];
    int[] order = new int[sampleCount];
    for (int i = 0; i < sampleCount; i++) {
      order[i] = i;
    }
    SplittableRandom random = new SplittableRandom(seed);
    UpdateRule rule = optimizer.newUpdateRule();
    rule.init(n);
    int maxEvaluations = optimizer.maxEvaluations();
    int evaluations = 0;
    for (int epoch = 1; epoch <= epochs; epoch++) {
      if (shuffle) {
        shuffle(order, random);
      }
      double lossSum = 0;
      for (int start = 0; start < sampleCount; start += batchSize) {
        int[] batch = Arrays.copyOfRange(order, start, Math.min(start + batchSize, sampleCount));
        int calls = perSample ? batch.length : 1;
        if (evaluations > maxEvaluations - calls) {
          return new TrainingResult(x, Arrays.copyOf(losses, epoch - 1), evaluations, Status.MAX_EVALUATIONS,
              "maxEvaluations = " + maxEvaluations + " in epoch " + epoch);
        }
        double batchLoss = loss.valueAndGradient(x, batch, gradient);
        evaluations += calls;
        String bad = nonFinite(batchLoss, gradient);
        if (bad != null) {
          return new TrainingResult(lastGood, Arrays.copyOf(losses, epoch - 1), evaluations, Status.NON_FINITE,
              bad + " in epoch " + epoch);
        }
        lossSum += batchLoss * batch.length;
        rule.step(x, gradient);
        bad = nonFinite(0, x);
        if (bad != null) {
          return new TrainingResult(lastGood, Arrays.copyOf(losses, epoch - 1), evaluations, Status.NON_FINITE,
              "the step made x non-finite in epoch " + epoch);
        }
        System.arraycopy(x, 0, lastGood, 0, n);
      }
      losses[epoch - 1] = lossSum / sampleCount;
      if (listener != null && stopRequested(new Epoch(epoch, x, losses[epoch - 1]))) {
        return new TrainingResult(x, Arrays.copyOf(losses, epoch), evaluations, Status.STOPPED_BY_LISTENER,
            "after epoch " + epoch);
      }
    }
    return new TrainingResult(x, losses, evaluations, Status.COMPLETED, epochs + " epochs");
  }

  /** Shows the epoch to the listener and tells whether it called {@link Epoch#stop()}. */
  private boolean stopRequested(Epoch epoch) {
    listener.onEpoch(epoch);
    return epoch.stopRequested();
  }

  /** Fisher–Yates shuffle. */
  private static void shuffle(int[] order, SplittableRandom random) {
    for (int i = order.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
  }

  private static String nonFinite(double value, double[] vector) {
    if (!Double.isFinite(value)) {
      return "loss = " + value;
    }
    for (int i = 0; i < vector.length; i++) {
      if (!Double.isFinite(vector[i])) {
        return "entry " + i + " = " + vector[i];
      }
    }
    return null;
  }

  /** Builder of {@link MiniBatchTrainer}. */
  public static final class Builder {
    private FirstOrderMethod optimizer = Adam.builder().build();
    private int batchSize = 32;
    private int epochs = 10;
    private long seed;
    private boolean shuffle = true;
    private EpochListener listener;

    private Builder() {}

    /**
     * The first-order method whose update rule is applied per batch and whose {@code maxEvaluations} bounds the loss
     * calls; default Adam with PyTorch's defaults.
     *
     * @throws IllegalArgumentException naming the settings of the optimizer that training cannot honour
     */
    public Builder optimizer(FirstOrderMethod optimizer) {
      List<String> unused = Checks.notNull("optimizer", optimizer).unusedInTraining();
      if (!unused.isEmpty()) {
        throw new IllegalArgumentException("MiniBatchTrainer cannot honour the optimizer's " + String.join(", ", unused)
            + ": it trains for epochs(...) at fixed steps, stops early only on maxEvaluations and reports to"
            + " listener(EpochListener)");
      }
      this.optimizer = optimizer;
      return this;
    }

    /** The number of samples per batch s, > 0; default 32. */
    public Builder batchSize(int batchSize) {
      this.batchSize = Checks.positive("batchSize", batchSize);
      return this;
    }

    /** The number of passes over the data, > 0; default 10. */
    public Builder epochs(int epochs) {
      this.epochs = Checks.positive("epochs", epochs);
      return this;
    }

    /** The seed of the shuffling; default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether to reshuffle the samples every epoch; default true. */
    public Builder shuffle(boolean shuffle) {
      this.shuffle = shuffle;
      return this;
    }

    /** A listener called after every epoch with the mean loss, which can stop the training; {@code null} removes it. */
    public Builder listener(EpochListener listener) {
      this.listener = listener;
      return this;
    }

    /** Creates the trainer. */
    public MiniBatchTrainer build() {
      return new MiniBatchTrainer(this);
    }
  }
}
