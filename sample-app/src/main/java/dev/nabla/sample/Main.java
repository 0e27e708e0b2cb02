package dev.nabla.sample;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sample app: runs the lecture notes' examples with nabla-generated derivatives and the runtime optimizers,
 * prints one section per example and writes PNG plots.
 */
public final class Main {
  private static final String USAGE = """
      Usage: java -jar nabla-sample-app.jar [--out DIR] [EXAMPLE...]

      Runs the examples of the lecture notes with derivatives that nabla generated at compile time, prints each
      result next to its reference and writes PNG plots to DIR (default: plots).

        --out DIR   the directory for the plots (created if missing)
        --help      this text
        EXAMPLE     run only the named examples (default: all)

      Examples:
      """;

  private Main() {}

  /** Parses the arguments, runs the examples and exits with 1 if a check failed, 2 on bad arguments. */
  public static void main(String[] args) throws IOException {
    System.setProperty("java.awt.headless", "true");
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    System.exit(run(args, out, System.err));
  }

  /** Runs with the given arguments and streams and returns the exit code. */
  static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
    Path plots = Path.of("plots");
    List<Example> selected = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--help") || arg.equals("-h")) {
        out.print(usage());
        return 0;
      } else if (arg.equals("--out")) {
        if (i + 1 == args.length) {
          err.println("--out needs a directory");
          return 2;
        }
        plots = Path.of(args[++i]);
      } else {
        Optional<Example> example = Examples.named(arg);
        if (example.isEmpty()) {
          err.println("unknown example or option: " + arg);
          err.print(usage());
          return 2;
        }
        selected.add(example.get());
      }
    }
    if (selected.isEmpty()) {
      selected = Examples.all();
    }
    return runAll(selected, new ExampleContext(out, plots), out) ? 0 : 1;
  }

  /** Runs the examples, prints a section for each and a summary; tells whether every check passed. */
  static boolean runAll(List<Example> examples, ExampleContext context, PrintStream out) throws IOException {
    int checks = 0;
    int failures = 0;
    int plots = 0;
    for (Example example : examples) {
      ReportPrinter.printHeader(example, out);
      ExampleResult result = example.run(context);
      ReportPrinter.printResult(result, out);
      checks += result.checks().size();
      failures += (int) result.checks().stream().filter(c -> !c.passes()).count();
      plots += result.plots().size();
    }
    out.printf(Locale.ROOT, "%d examples, %d checks, %s; %d plots in %s%n", examples.size(), checks,
        failures == 0 ? "all within tolerance" : failures + " FAILED", plots,
        context.plotDirectory().toAbsolutePath().normalize());
    return failures == 0;
  }

  private static String usage() {
    StringBuilder text = new StringBuilder(USAGE);
    for (Example example : Examples.all()) {
      text.append(String.format(Locale.ROOT, "  %-17s %s%n", example.name(), example.title()));
    }
    return text.toString();
  }
}
