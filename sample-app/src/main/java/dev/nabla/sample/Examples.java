package dev.nabla.sample;

import java.util.List;
import java.util.Optional;

/** Every example of the sample app, in the order of the lecture notes. */
public final class Examples {
  private Examples() {}

  /** New instances of all examples. */
  public static List<Example> all() {
    return List.of(
        new DerivativesExample(),
        new TaylorExample(),
        new PortfolioExample(),
        new RocketExample(),
        new InterceptExample(),
        new CriticalPointsExample(),
        new GradientDescentExample(),
        new MomentumExample(),
        new BoundedExample(),
        new RegressionExample(),
        new NeuralNetworkExample(),
        new GreeksExample());
  }

  /** The example with the given command-line name. */
  public static Optional<Example> named(String name) {
    return all().stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
