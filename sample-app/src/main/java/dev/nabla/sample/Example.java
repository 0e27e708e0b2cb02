package dev.nabla.sample;

import java.io.IOException;

/** One demonstration of the sample app: a worked example of the lecture notes, computed with nabla. */
public interface Example {

  /** The name that selects this example on the command line. */
  String name();

  /** A one-line title. */
  String title();

  /** What is computed and how, in a sentence or two. */
  String description();

  /** Runs the example, writing plots into the context's directory. */
  ExampleResult run(ExampleContext context) throws IOException;
}
