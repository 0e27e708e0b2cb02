package dev.nabla.sample;

import java.util.Arrays;

/**
 * One figure an example computes, the reference it must match and the largest absolute difference allowed.
 *
 * @param label what the figure is
 * @param value the computed figure (one entry for a scalar)
 * @param reference the reference from the lecture notes, a closed form or an independent computation
 * @param tolerance the largest allowed max-norm of {@code value − reference}
 */
public record Check(String label, double[] value, double[] reference, double tolerance) {

  /** Validates that value and reference have the same length. */
  public Check {
    if (value.length != reference.length) {
      throw new IllegalArgumentException(label + ": value has " + value.length + " entries, reference "
          + reference.length);
    }
    value = value.clone();
    reference = reference.clone();
  }

  /** A check of one number. */
  public static Check of(String label, double value, double reference, double tolerance) {
    return new Check(label, new double[] {value}, new double[] {reference}, tolerance);
  }

  /** A check of a vector. */
  public static Check of(String label, double[] value, double[] reference, double tolerance) {
    return new Check(label, value, reference, tolerance);
  }

  /** A check of a matrix, compared entry by entry row after row. */
  public static Check of(String label, double[][] value, double[][] reference, double tolerance) {
    return new Check(label, flatten(value), flatten(reference), tolerance);
  }

  /** The max-norm of value − reference (NaN if either is NaN). */
  public double difference() {
    double max = 0;
    for (int i = 0; i < value.length; i++) {
      double d = Math.abs(value[i] - reference[i]);
      if (!(d <= max)) {
        max = d;
      }
    }
    return max;
  }

  /** Whether the difference is within the tolerance. */
  public boolean passes() {
    return difference() <= tolerance;
  }

  @Override
  public String toString() {
    return label + ": " + Arrays.toString(value) + " vs " + Arrays.toString(reference) + " (tolerance "
        + tolerance + ")";
  }

  private static double[] flatten(double[][] matrix) {
    return Arrays.stream(matrix).flatMapToDouble(Arrays::stream).toArray();
  }
}
