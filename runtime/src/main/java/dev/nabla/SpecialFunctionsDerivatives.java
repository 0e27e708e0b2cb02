package dev.nabla;

/**
 * The source of {@link SpecialFunctions#logSumExp}, held as nabla's generated classes hold that of methods compiled
 * earlier, so that nabla inlines a call of it and differentiates it (its gradient is the softmax of the array); the
 * runtime's tests check that it is the method's source, line for line.
 */
final class SpecialFunctionsDerivatives {
  /** The source nabla reads, under the name it looks for in a generated class. */
  static final String NABLA_SOURCE = """
      package dev.nabla;
      final class Stored {
      public static double logSumExp(double[] x) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : x) {
          max = Math.max(max, v);
        }
        if (Double.isInfinite(max)) {
          return max;
        }
        double sum = 0;
        for (double v : x) {
          sum += Math.exp(v - max);
        }
        return max + Math.log(sum);
      }
      }
      """;

  private SpecialFunctionsDerivatives() {}
}
