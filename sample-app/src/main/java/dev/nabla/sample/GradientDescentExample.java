package dev.nabla.sample;

import dev.nabla.optim.GradientDescent;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.Styler;

/**
 * Example 2.2: gradient descent on the quadratic bowl with the notes' stopping rule, for several learning rates,
 * and the notes' hand-written (wrong) gradient next to the generated one.
 */
public final class GradientDescentExample implements Example {
  /** The learning rates of the convergence plot. */
  static final double[] LEARNING_RATES = {0.01, 0.1, 1, 8};
  /** What the notes print after their loop with the hand-written gradient and learning rate 1e-2. */
  private static final double[] NOTES_PRINTED = {2.00002289, -2.9997428};
  /** The notes' loop, as printed, re-run in Python with NumPy 2.4: x after its 1027 iterations. */
  private static final double[] NOTES_LOOP_IN_NUMPY = {2.0348702592504404, -2.9875331752281995};
  private static final int NOTES_LOOP_ITERATIONS_IN_NUMPY = 1027;

  @Override
  public String name() {
    return "gradient-descent";
  }

  @Override
  public String title() {
    return "Gradient descent on ((x1 - 2)/4)² + ((x2 + 3)/3)² from (8, 9) (example 2.2, Figure 4)";
  }

  @Override
  public String description() {
    return "GradientDescent with valueTolerance(1e-6), the notes' |cost change| < 1e-6 test, on bowlObjective(2, -3)"
        + "; the notes' hand-written gradient is (x1 - a)/2, 2(x2 - b)/3 where the true one is (x1 - a)/8, "
        + "2(x2 - b)/9.";
  }

  @Override
  public ExampleResult run(ExampleContext context) throws IOException {
    ExampleResult.Builder result = new ExampleResult.Builder();
    double[] generated = OptimizationProblemsDerivatives.bowlGradient(Bowl.START, Bowl.A, Bowl.B);
    double[] notes = new double[2];
    Bowl.notesGradient().valueAndGradient(Bowl.START, notes);
    result.line("gradient at (8, 9): generated %s, notes' hand-written %s", Arrays.toString(generated),
        Arrays.toString(notes));
    result.check(Check.of("generated gradient at (8, 9)  [((x1 - a)/8, 2(x2 - b)/9)]", generated,
        new double[] {(Bowl.START[0] - Bowl.A) / 8, 2 * (Bowl.START[1] - Bowl.B) / 9}, 1e-15));

    GradientDescent.Builder notesMethod = GradientDescent.builder().learningRate(Bowl.NOTES_LEARNING_RATE);
    Bowl.Descent withNotesGradient = Bowl.descend(notesMethod, Bowl.notesGradient());
    result.line("notes' gradient,    learning rate 1e-2: x = %s after %d iterations",
        Arrays.toString(withNotesGradient.result().x()), withNotesGradient.result().iterations());
    result.line("the notes print x = %s for this run; their loop as printed stops at the point above, %.1e away",
        Arrays.toString(NOTES_PRINTED), distance(withNotesGradient.result().x(), NOTES_PRINTED));
    result.check(Check.of("x with the notes' gradient, rate 1e-2  [the notes' loop re-run in NumPy]",
        withNotesGradient.result().x(), NOTES_LOOP_IN_NUMPY, 1e-12));
    result.check(Check.of("iterations with the notes' gradient  [the notes' loop re-run in NumPy: 1027]",
        withNotesGradient.result().iterations(), NOTES_LOOP_ITERATIONS_IN_NUMPY, 0));

    XYChart chart = Plots.chart("Gradient descent on the bowl: cost per iteration (Figure 4)",
        "iteration (log scale)", "cost f(x) (log scale)", true);
    chart.getStyler().setXAxisLogarithmic(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideSW);
    for (double rate : LEARNING_RATES) {
      Bowl.Descent run = Bowl.descend(GradientDescent.builder().learningRate(rate), Bowl.generated());
      result.line("generated gradient, learning rate %-5s: x = %s after %d iterations, cost %.3e", rate,
          Arrays.toString(run.result().x()), run.result().iterations(), run.result().value());
      double[] afterFirst = Arrays.copyOfRange(run.costs(), 1, run.costs().length);
      Plots.line(chart, "learning rate " + rate + " (" + run.result().iterations() + " iterations)",
          Plots.fromOne(afterFirst.length), afterFirst);
      result.check(Check.of("x, generated gradient, rate " + rate + "  [(a, b) within the stopping rule's reach]",
          run.result().x(), new double[] {Bowl.A, Bowl.B}, Bowl.stoppingDistance(rate)));
    }
    Path plot = Plots.save(chart, context.plotDirectory(), "gradient-descent-learning-rates");
    result.plot(plot);
    return result.build();
  }

  private static double distance(double[] x, double[] y) {
    return Math.max(Math.abs(x[0] - y[0]), Math.abs(x[1] - y[1]));
  }
}
