package dev.nabla.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Mini-batch training of a linear model y ≈ w·x + b with the squared error loss. */
class MiniBatchTrainerTest {
  private static final int N = 200;
  private static final double[][] XS = new double[N][2];
  private static final double[] YS = new double[N];

  static {
    Random random = new Random(7);
    for (int i = 0; i < N; i++) {
      XS[i][0] = random.nextGaussian();
      XS[i][1] = 2 * random.nextDouble() - 1;
      YS[i] = 1.5 * XS[i][0] - 0.7 * XS[i][1] + 0.3 + 0.1 * random.nextGaussian();
    }
  }

  /** Stands in for generated code: returns (θ·[x, 1] − y)² and writes its gradient with respect to θ. */
  static double lossGradient(double[] theta, double[] x, double y, double[] gradient) {
    double e = theta[0] * x[0] + theta[1] * x[1] + theta[2] - y;
    gradient[0] = 2 * e * x[0];
    gradient[1] = 2 * e * x[1];
    gradient[2] = 2 * e;
    return e * e;
  }

  private static final SampleLoss LOSS = (theta, i, g) -> lossGradient(theta, XS[i], YS[i], g);

  /** The least-squares solution from the normal equations, solved by Cramer's rule. */
  private static double[] leastSquares() {
    double[][] a = new double[3][3];
    double[] b = new double[3];
    for (int i = 0; i < N; i++) {
      double[] row = {XS[i][0], XS[i][1], 1};
      for (int p = 0; p < 3; p++) {
        b[p] += row[p] * YS[i];
        for (int q = 0; q < 3; q++) {
          a[p][q] += row[p] * row[q];
        }
      }
    }
    double det = det3(a);
    double[] solution = new double[3];
    for (int k = 0; k < 3; k++) {
      double[][] ak = new double[3][];
      for (int p = 0; p < 3; p++) {
        ak[p] = a[p].clone();
        ak[p][k] = b[p];
      }
      solution[k] = det3(ak) / det;
    }
    return solution;
  }

  private static double det3(double[][] m) {
    return m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1]) - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0]);
  }

  private static double meanLoss(double[] theta) {
    double s = 0;
    for (int i = 0; i < N; i++) {
      s += lossGradient(theta, XS[i], YS[i], new double[3]);
    }
    return s / N;
  }

  @Test
  void fullBatchGradientDescentReachesTheLeastSquaresSolution() {
    TrainingResult r = MiniBatchTrainer.builder().optimizer(GradientDescent.builder().learningRate(0.2).build())
        .batchSize(N).epochs(500).build().train(LOSS, N, new double[3]);
    assertEquals(Status.COMPLETED, r.status());
    assertArrayEquals(leastSquares(), r.theta(), 1e-9);
  }

  @Test
  void miniBatchAdamFitsTheModelAndReportsEpochLosses() {
    List<Double> reported = new ArrayList<>();
    List<Integer> epochs = new ArrayList<>();
    TrainingResult r = MiniBatchTrainer.builder()
        .optimizer(Adam.builder().learningRate(0.01).build()).batchSize(32).epochs(60).seed(42)
        .listener(epoch -> {
          epochs.add(epoch.number());
          reported.add(epoch.meanLoss());
        })
        .build().train(LOSS, N, new double[3]);
    double[] best = leastSquares();
    assertArrayEquals(best, r.theta(), 0.02);
    assertEquals(60, r.epochs());
    assertEquals(60, epochs.size());
    assertEquals(1, epochs.get(0));
    assertEquals(60, epochs.get(59));
    double[] losses = r.epochLosses();
    for (int e = 0; e < losses.length; e++) {
      assertEquals(reported.get(e), losses[e]);
    }
    // The first epoch starts at θ = 0, whose mean loss is known; the last approaches the optimum's.
    assertTrue(losses[0] < meanLoss(new double[3]));
    assertTrue(losses[59] < 1.05 * meanLoss(best) + 1e-3, "last epoch loss " + losses[59]);
    assertEquals(60L * N, r.evaluations());
  }

  @Test
  void momentumAndRmsPropTrainToo() {
    for (FirstOrderMethod m : List.of(Momentum.builder().learningRate(0.01).build(),
        RmsProp.builder().learningRate(0.003).build(), AdaGrad.builder().learningRate(0.1).build())) {
      TrainingResult r = MiniBatchTrainer.builder().optimizer(m).batchSize(16).epochs(80).seed(3).build()
          .train(LOSS, N, new double[3]);
      assertArrayEquals(leastSquares(), r.theta(), 0.05, m.getClass().getSimpleName());
    }
  }

  @Test
  void theSeedMakesRunsReproducible() {
    MiniBatchTrainer.Builder b = MiniBatchTrainer.builder().batchSize(10).epochs(3);
    double[] a1 = b.seed(1).build().train(LOSS, N, new double[3]).theta();
    double[] a2 = b.seed(1).build().train(LOSS, N, new double[3]).theta();
    double[] other = b.seed(2).build().train(LOSS, N, new double[3]).theta();
    assertArrayEquals(a1, a2, 0.0);
    assertFalse(Arrays.equals(a1, other));
  }

  @Test
  void everySampleIsVisitedOncePerEpochInBatchesOfTheGivenSize() {
    int[] visits = new int[50];
    List<Integer> sizes = new ArrayList<>();
    BatchLoss counting = (theta, samples, g) -> {
      sizes.add(samples.length);
      for (int s : samples) {
        visits[s]++;
      }
      Arrays.fill(g, 0);
      return 0;
    };
    MiniBatchTrainer.builder().batchSize(7).epochs(3).build().trainOnBatches(counting, 50, new double[1]);
    for (int v : visits) {
      assertEquals(3, v);
    }
    assertEquals(List.of(7, 7, 7, 7, 7, 7, 7, 1), sizes.subList(0, 8));
    assertEquals(24, sizes.size());
  }

  @Test
  void perSampleLossesAreAveragedLikeABatchLoss() {
    BatchLoss mean = (theta, samples, g) -> {
      double[] gi = new double[3];
      double s = 0;
      Arrays.fill(g, 0);
      for (int i : samples) {
        s += lossGradient(theta, XS[i], YS[i], gi);
        for (int k = 0; k < 3; k++) {
          g[k] += gi[k] / samples.length;
        }
      }
      return s / samples.length;
    };
    MiniBatchTrainer t = MiniBatchTrainer.builder().batchSize(25).epochs(4).seed(9).build();
    assertArrayEquals(t.trainOnBatches(mean, N, new double[3]).theta(), t.train(LOSS, N, new double[3]).theta(), 1e-12);
  }

  @Test
  void theListenerCanStopTraining() {
    TrainingResult r = MiniBatchTrainer.builder().epochs(50).listener(epoch -> {
      if (epoch.number() == 4) {
        epoch.stop();
      }
    }).build()
        .train(LOSS, N, new double[3]);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertEquals(4, r.epochs());
  }

  @Test
  void aLambdaThatOnlyCollectsLossesDoesNotStopTraining() {
    // List.add returns true, which the old boolean listeners took as "stop" after epoch 1.
    List<Double> losses = new ArrayList<>();
    TrainingResult r = MiniBatchTrainer.builder().epochs(12).listener(epoch -> losses.add(epoch.meanLoss())).build()
        .train(LOSS, N, new double[3]);
    assertEquals(Status.COMPLETED, r.status());
    assertEquals(12, r.epochs());
    assertEquals(12, losses.size());
    double[] epochLosses = r.epochLosses();
    for (int e = 0; e < epochLosses.length; e++) {
      assertEquals(epochLosses[e], losses.get(e));
    }
  }

  @Test
  void stopEndsTrainingWithTheListenerStatusAndTheParametersAfterThatEpoch() {
    List<double[]> thetas = new ArrayList<>();
    TrainingResult r = MiniBatchTrainer.builder().epochs(50).listener(epoch -> {
      thetas.add(epoch.theta());
      Arrays.fill(epoch.theta(), Double.NaN);
      assertFalse(Double.isNaN(epoch.theta()[0]), "theta() is a copy");
      if (epoch.number() == 3) {
        epoch.stop();
      }
    }).build().train(LOSS, N, new double[3]);
    assertEquals(Status.STOPPED_BY_LISTENER, r.status());
    assertFalse(r.status().converged());
    assertEquals(3, r.epochs());
    assertEquals(3, r.epochLosses().length);
    assertEquals(3, thetas.size());
    assertArrayEquals(thetas.get(2), r.theta());
    assertFalse(Arrays.equals(thetas.get(1), thetas.get(2)));
    TrainingResult three = MiniBatchTrainer.builder().epochs(3).build().train(LOSS, N, new double[3]);
    assertArrayEquals(three.theta(), r.theta());
  }

  @Test
  void aNonFiniteLossEndsTrainingWithTheLastFiniteParameters() {
    int[] calls = {0};
    SampleLoss poisoned = (theta, i, g) -> ++calls[0] > N + 5 ? Double.NaN : LOSS.valueAndGradient(theta, i, g);
    TrainingResult r = MiniBatchTrainer.builder().batchSize(N).epochs(5).build().train(poisoned, N, new double[3]);
    assertEquals(Status.NON_FINITE, r.status());
    assertEquals(1, r.epochs());
    for (double v : r.theta()) {
      assertTrue(Double.isFinite(v));
    }
  }

  @Test
  void thePointIsXInEveryEpochAndInTheResultAndThetaIsTheSameArray() {
    List<double[]> points = new ArrayList<>();
    TrainingResult r = MiniBatchTrainer.builder().epochs(3).listener(epoch -> {
      assertArrayEquals(epoch.theta(), epoch.x());
      points.add(epoch.x());
      epoch.x()[0] = Double.NaN;
    }).build().train(LOSS, N, new double[3]);
    assertFalse(Double.isNaN(points.get(0)[0]), "x() is a copy");
    assertFalse(Arrays.equals(points.get(0), points.get(2)));
    assertArrayEquals(points.get(2), r.x());
    assertArrayEquals(r.theta(), r.x());
    r.x()[0] = Double.NaN;
    assertFalse(Double.isNaN(r.x()[0]), "x() is a copy");
  }

  @Test
  void epochsCountTheCompletedEpochsAsTheResultDoes() {
    List<Integer> counts = new ArrayList<>();
    TrainingResult r = MiniBatchTrainer.builder().epochs(9).listener(epoch -> {
      assertEquals(epoch.number(), epoch.epochs());
      counts.add(epoch.epochs());
      if (epoch.epochs() == 5) {
        epoch.stop();
      }
    }).build().train(LOSS, N, new double[3]);
    assertEquals(5, r.epochs());
    for (int k = 0; k < counts.size(); k++) {
      assertEquals(k + 1, counts.get(k));
    }
    assertEquals(r.epochs(), counts.get(counts.size() - 1));
  }
}
