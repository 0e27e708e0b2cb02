package dev.nabla.sample;

import dev.nabla.optim.GradientDescent;
import dev.nabla.optim.Momentum;
import java.io.IOException;
import java.util.Arrays;
import org.knowm.xchart.XYChart;

/** Section d.1: gradient descent with momentum α = 0.8 against plain descent on the bowl (Figure 5). */
public final class MomentumExample implements Example {
  private static final double ALPHA = 0.8;
  /** The notes: "convergence with 5 times fewer iterations by using momentum with α = 0.8". */
  private static final double NOTES_SPEED_UP = 5;

  @Override
  public String name() {
    return "momentum";
  }

  @Override
  public String title() {
    return "Momentum (alpha = 0.8) against plain gradient descent on the bowl (Figure 5)";
  }

  @Override
  public String description() {
    return "Momentum.builder().momentum(0.8) and GradientDescent, both with the notes' learning rate 1e-2 and "
        + "stopping rule, on the generated bowl objective.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    Bowl.Descent plain = Bowl.descend(GradientDescent.builder().learningRate(Bowl.NOTES_LEARNING_RATE),
        Bowl.generated());
    Bowl.Descent momentum = Bowl.descend(
        Momentum.builder().learningRate(Bowl.NOTES_LEARNING_RATE).momentum(ALPHA), Bowl.generated());
    result.line("plain descent:   %5d iterations, x = %s", plain.result().iterations(),
        Arrays.toString(plain.result().x()));
    result.line("momentum 0.8:    %5d iterations, x = %s", momentum.result().iterations(),
        Arrays.toString(momentum.result().x()));
    double speedUp = (double) plain.result().iterations() / momentum.result().iterations();
    double notesSpeedUp = (double) Bowl.descend(GradientDescent.builder().learningRate(Bowl.NOTES_LEARNING_RATE),
        Bowl.notesGradient()).result().iterations()
        / Bowl.descend(Momentum.builder().learningRate(Bowl.NOTES_LEARNING_RATE).momentum(ALPHA),
            Bowl.notesGradient()).result().iterations();
    result.line("with the notes' hand-written gradient instead: %.2f times fewer iterations", notesSpeedUp);
    result.check(Check.of("iterations plain / momentum  [notes: 5 times fewer, a whole factor read off Figure 5]",
        speedUp, NOTES_SPEED_UP, 1));
    XYChart chart = Plots.chart("Momentum against plain gradient descent, learning rate 0.01 (Figure 5)",
        "iteration", "cost f(x) (log scale)", true);
    Plots.line(chart, "gradient descent (" + plain.result().iterations() + " iterations)",
        Plots.indices(plain.costs().length), plain.costs());
    Plots.line(chart, "momentum alpha = 0.8 (" + momentum.result().iterations() + " iterations)",
        Plots.indices(momentum.costs().length), momentum.costs());
    result.plot(Plots.save(chart, context.plotDirectory(), "momentum"));
    return result.build();
  }
}
