package dev.nabla.sample;

import dev.nabla.optim.Adam;
import dev.nabla.optim.FirstOrderMethod;
import dev.nabla.optim.GradientDescent;
import dev.nabla.optim.MiniBatchTrainer;
import dev.nabla.optim.TrainingResult;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.knowm.xchart.XYChart;

/** Section d: the notes' two-layer ReLU network trained with mini-batch SGD and with Adam on seeded data. */
public final class NeuralNetworkExample implements Example {
  private static final int SAMPLES = 400;
  private static final int INPUTS = 2;
  private static final int HIDDEN = 16;
  private static final double NOISE = 0.05;
  private static final int EPOCHS = 40;
  private static final int BATCH = 16;
  private static final long SEED = 11;

  @Override
  public String name() {
    return "neural-network";
  }

  @Override
  public String title() {
    return "Two-layer ReLU network y = w2·max(W1 x + b1, 0) + b2 trained by mini-batch SGD and Adam";
  }

  @Override
  public String description() {
    return "400 seeded samples y = sin(2 x1) + 0.5 x2² + N(0, 0.05²) on [-1, 1]², 16 hidden units (65 "
        + "parameters), squared loss; MiniBatchTrainer with batches of 16 for 40 epochs, gradients from "
        + "networkLossGradient.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    Random random = new Random(SEED);
    double[][] xs = new double[SAMPLES][INPUTS];
    double[] ys = new double[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
      xs[i][0] = 2 * random.nextDouble() - 1;
      xs[i][1] = 2 * random.nextDouble() - 1;
      ys[i] = Math.sin(2 * xs[i][0]) + 0.5 * xs[i][1] * xs[i][1] + NOISE * random.nextGaussian();
    }
    double[] theta0 = initialParameters(random);
    double[] generated = OptimizationProblemsDerivatives.networkLossGradient(theta0, xs[0], ys[0], HIDDEN);
    result.check(Check.of("loss gradient of sample 1 at theta0  [central differences, h = 1e-6]", generated,
        FiniteDifferences.gradient(t -> OptimizationProblems.networkLoss(t, xs[0], ys[0], HIDDEN), theta0, 1e-6),
        1e-7));
    double variance = variance(ys);
    XYChart chart = Plots.chart("Two-layer ReLU network: training loss per epoch", "epoch",
        "mean squared loss (log scale)", true);
    for (Trainer trainer : new Trainer[] {
        new Trainer("SGD", GradientDescent.builder().learningRate(0.05).build()),
        new Trainer("Adam", Adam.builder().learningRate(0.01).build())}) {
      TrainingResult trained = MiniBatchTrainer.builder().optimizer(trainer.method()).batchSize(BATCH)
          .epochs(EPOCHS).seed(SEED)
          .listener(e -> context.progress().printf(Locale.ROOT, "  %-4s epoch %2d/%d  mean loss %.6f%n",
              trainer.name(), e.epochs(), EPOCHS, e.meanLoss()))
          .build()
          .train((theta, i, g) ->
              OptimizationProblemsDerivatives.networkLossGradient(theta, xs[i], ys[i], HIDDEN, g), SAMPLES, theta0);
      double mse = meanSquaredError(trained.x(), xs, ys);
      result.line("%-4s: %s; training MSE %.6f, variance of y %.4f, %d per-sample gradients", trainer.name(),
          trained.message(), mse, variance, trained.evaluations());
      result.check(Check.of(trainer.name() + ": unexplained variance MSE/Var(y)  [0, at most 0.05]", mse / variance,
          0, 0.05));
      double[] losses = trained.epochLosses();
      Plots.line(chart, trainer.name() + " (batch " + BATCH + ")", Plots.fromOne(losses.length), losses);
    }
    Plots.line(chart, "noise variance 0.05²", new double[] {1, EPOCHS}, new double[] {NOISE * NOISE, NOISE * NOISE});
    result.plot(Plots.save(chart, context.plotDirectory(), "neural-network-loss"));
    return result.build();
  }

  /** He initialization of W1 and w2 with zero biases, from the seeded generator. */
  private static double[] initialParameters(Random random) {
    double[] theta = new double[OptimizationProblems.networkSize(INPUTS, HIDDEN)];
    int b1 = HIDDEN * INPUTS;
    int w2 = b1 + HIDDEN;
    for (int i = 0; i < b1; i++) {
      theta[i] = random.nextGaussian() * Math.sqrt(2.0 / INPUTS);
    }
    for (int j = 0; j < HIDDEN; j++) {
      theta[w2 + j] = random.nextGaussian() * Math.sqrt(1.0 / HIDDEN);
    }
    return theta;
  }

  private static double meanSquaredError(double[] theta, double[][] xs, double[] ys) {
    double sum = 0;
    for (int i = 0; i < xs.length; i++) {
      sum += OptimizationProblems.networkLoss(theta, xs[i], ys[i], HIDDEN);
    }
    return sum / xs.length;
  }

  private static double variance(double[] ys) {
    double mean = Arrays.stream(ys).average().orElse(0);
    return Arrays.stream(ys).map(y -> (y - mean) * (y - mean)).average().orElse(0);
  }

  /** A named optimizer to train with. */
  private record Trainer(String name, FirstOrderMethod method) {}
}
