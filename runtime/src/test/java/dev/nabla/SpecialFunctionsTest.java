package dev.nabla;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;
import org.hipparchus.special.Gamma;
import org.junit.jupiter.api.Test;

/**
 * {@link SpecialFunctions} against Hipparchus 4 on dense grids where Hipparchus is itself accurate, against mpmath at
 * the hard points (far tails, roots, negative arguments), and at NaN, the infinities and the empty array.
 */
class SpecialFunctionsTest {
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
  private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.ofEntries(
      entry("erf", SpecialFunctions::erf), entry("erfc", SpecialFunctions::erfc),
      entry("normalCdf", SpecialFunctions::normalCdf), entry("normalPdf", SpecialFunctions::normalPdf),
      entry("normalQuantile", SpecialFunctions::normalQuantile), entry("logGamma", SpecialFunctions::logGamma),
      entry("digamma", SpecialFunctions::digamma), entry("trigamma", SpecialFunctions::trigamma),
      entry("tetragamma", SpecialFunctions::tetragamma), entry("logistic", SpecialFunctions::logistic),
      entry("softplus", SpecialFunctions::softplus));

  /** A function's value at x, from mpmath at 60 digits rounded once. */
  record Row(String function, double x, double value) {}

  /** The rows of {@code special-functions-reference.csv}, from {@code scripts/special_functions_oracle.py}. */
  private static List<Row> reference() throws IOException {
    try (InputStream in = SpecialFunctionsTest.class.getResourceAsStream("/special-functions-reference.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(line -> line.split(","))
          .map(f -> new Row(f[0], Double.parseDouble(f[1]), Double.parseDouble(f[2]))).toList();
    }
  }

  /** The distance from a to b in units in the last place of b (of the smallest normal double below it). */
  private static double ulps(double a, double b) {
    if (a == b) {
      return 0;
    }
    return Math.abs(a - b) / Math.ulp(Math.max(Math.abs(b), Double.MIN_NORMAL));
  }

  /** The largest distance in ulps between f and g at n points evenly spread over [from, to]. */
  private static double worst(DoubleUnaryOperator f, DoubleUnaryOperator g, double from, double to, int n) {
    double worst = 0;
    for (int i = 0; i <= n; i++) {
      double x = from + (to - from) * i / n;
      worst = Math.max(worst, ulps(f.applyAsDouble(x), g.applyAsDouble(x)));
    }
    return worst;
  }

  /**
   * Hipparchus computes erf and erfc from the incomplete gamma function, the normal CDF from erfc(−x/√2) and digamma
   * and trigamma by recurrence to a short asymptotic series: its own errors (measured against mpmath: up to 16 ulps
   * for erf near 0, 1431 for erfc near 23, 2833 for the normal CDF near −36, 5·10⁷ for digamma at 2, 2·10⁴ for
   * trigamma near 33) bound the distances here; where it is accurate (erf away from 0, logGamma) they are a few ulps.
   * The accuracy claims themselves are checked against mpmath below.
   */
  @Test
  void matchesHipparchusOnDenseGridsWithinItsOwnError() {
    assertTrue(worst(SpecialFunctions::erf, Erf::erf, -6, 6, 100_000) <= 16, "erf");
    assertTrue(worst(SpecialFunctions::erf, Erf::erf, 0.5, 6, 100_000) <= 8, "erf away from 0");
    assertTrue(worst(SpecialFunctions::erfc, Erf::erfc, -6, 3, 100_000) <= 64, "erfc");
    assertTrue(worst(SpecialFunctions::erfc, Erf::erfc, 3, 27, 100_000) <= 2048, "erfc, tail");
    assertTrue(worst(SpecialFunctions::normalCdf, NORMAL::cumulativeProbability, -4, 8, 100_000) <= 64,
        "normalCdf");
    assertTrue(worst(SpecialFunctions::normalCdf, NORMAL::cumulativeProbability, -38, -4, 100_000) <= 4096,
        "normalCdf, tail");
    assertTrue(worst(SpecialFunctions::normalPdf, NORMAL::density, -5, 5, 100_000) <= 16, "normalPdf");
    assertTrue(worst(SpecialFunctions::normalQuantile, NORMAL::inverseCumulativeProbability, 0.25, 0.999, 100_000)
        <= 8, "normalQuantile");
    assertTrue(worst(SpecialFunctions::logGamma, Gamma::logGamma, 1e-3, 30, 100_000) <= 8, "logGamma");
    assertTrue(worst(SpecialFunctions::logGamma, Gamma::logGamma, 30, 1e3, 100_000) <= 8, "logGamma, large");
    assertTrue(worst(SpecialFunctions::logGamma, Gamma::logGamma, 1e3, 1e300, 100_000) <= 2, "logGamma, huge");
    assertTrue(worstRelative(SpecialFunctions::digamma, Gamma::digamma, 2, 60, 100_000) <= 1e-8, "digamma");
    assertTrue(worstRelative(SpecialFunctions::trigamma, Gamma::trigamma, 1e-3, 100, 100_000) <= 1e-11, "trigamma");
  }

  /** The largest relative distance between f and g at n points evenly spread over [from, to]. */
  private static double worstRelative(DoubleUnaryOperator f, DoubleUnaryOperator g, double from, double to, int n) {
    double worst = 0;
    for (int i = 0; i <= n; i++) {
      double x = from + (to - from) * i / n;
      double expected = g.applyAsDouble(x);
      worst = Math.max(worst, Math.abs(f.applyAsDouble(x) - expected) / Math.abs(expected));
    }
    return worst;
  }

  @Test
  void matchesMpmathAtTheHardPoints() throws IOException {
    List<Row> rows = reference();
    assertEquals(130, rows.size(), "rows of the reference");
    for (Row r : rows) {
      double v = FUNCTIONS.get(r.function()).applyAsDouble(r.x());
      String at = r.function() + "(" + r.x() + ") = " + v + ", mpmath " + r.value();
      double error = ulps(v, r.value());
      if (r.x() < 0 && List.of("logGamma", "digamma", "tetragamma").contains(r.function())) {
        // by reflection, near the roots between negative poles: an absolute error of the size of f(1 − x)'s
        double size = FUNCTIONS.get(r.function()).applyAsDouble(1 - r.x());
        assertTrue(error <= 3 || Math.abs(v - r.value()) <= 1e-15 * Math.max(1, Math.abs(size)), at);
      } else {
        assertTrue(error <= 3, at + ": " + error + " ulps");
      }
    }
  }

  @Test
  void normalQuantileInvertsNormalCdfInBothTails() {
    for (double p = 1e-300; p < 0.5; p *= 7.3) {
      double x = SpecialFunctions.normalQuantile(p);
      assertTrue(ulps(SpecialFunctions.normalCdf(x), p) <= 4 * Math.max(1, x * x), "p = " + p);
      if (p > 1e-15) {
        // 1 − p rounds: the mirror image is the quantile of the exact complement of 1 − p
        double mirror = SpecialFunctions.normalQuantile(1 - (1 - p));
        assertTrue(ulps(-mirror, SpecialFunctions.normalQuantile(1 - p)) <= 4, "symmetry at p = " + p);
      }
    }
  }

  @Test
  void nanInfinitiesAndPolesAreAsDocumented() {
    double inf = Double.POSITIVE_INFINITY;
    FUNCTIONS.forEach((name, f) -> assertTrue(Double.isNaN(f.applyAsDouble(Double.NaN)), name + "(NaN)"));
    assertEquals(-1, SpecialFunctions.erf(-inf));
    assertEquals(1, SpecialFunctions.erf(inf));
    assertEquals(2, SpecialFunctions.erfc(-inf));
    assertEquals(0, SpecialFunctions.erfc(inf));
    assertEquals(0, SpecialFunctions.normalCdf(-inf));
    assertEquals(1, SpecialFunctions.normalCdf(inf));
    assertEquals(0, SpecialFunctions.normalPdf(-inf));
    assertEquals(0, SpecialFunctions.normalPdf(inf));
    assertEquals(-inf, SpecialFunctions.normalQuantile(0));
    assertEquals(inf, SpecialFunctions.normalQuantile(1));
    assertEquals(0, SpecialFunctions.normalQuantile(0.5));
    assertTrue(Double.isNaN(SpecialFunctions.normalQuantile(-0.1)));
    assertTrue(Double.isNaN(SpecialFunctions.normalQuantile(1.1)));
    for (double pole : new double[] {0, -1, -7, -1e20}) {
      assertEquals(inf, SpecialFunctions.logGamma(pole), "logGamma(" + pole + ")");
      assertTrue(Double.isNaN(SpecialFunctions.digamma(pole)), "digamma(" + pole + ")");
      assertTrue(Double.isNaN(SpecialFunctions.tetragamma(pole)), "tetragamma(" + pole + ")");
      assertEquals(inf, SpecialFunctions.trigamma(pole), "trigamma(" + pole + ")");
    }
    assertEquals(inf, SpecialFunctions.logGamma(inf));
    assertTrue(Double.isNaN(SpecialFunctions.logGamma(-inf)));
    assertEquals(inf, SpecialFunctions.digamma(inf));
    assertTrue(Double.isNaN(SpecialFunctions.digamma(-inf)));
    assertEquals(0, SpecialFunctions.trigamma(inf));
    assertTrue(Double.isNaN(SpecialFunctions.trigamma(-inf)));
    assertEquals(-0.0, SpecialFunctions.tetragamma(inf));
    assertTrue(Double.isNaN(SpecialFunctions.tetragamma(-inf)));
    assertEquals(0, SpecialFunctions.logistic(-inf));
    assertEquals(1, SpecialFunctions.logistic(inf));
    assertEquals(0, SpecialFunctions.softplus(-inf));
    assertEquals(inf, SpecialFunctions.softplus(inf));
  }

  @Test
  void logSumExpIsShiftedSoThatNothingOverflows() {
    double[] x = {0.3, -1.2, 2.5, 0.0};
    double naive = Math.log(Math.exp(0.3) + Math.exp(-1.2) + Math.exp(2.5) + Math.exp(0.0));
    assertEquals(naive, SpecialFunctions.logSumExp(x), 2 * Math.ulp(naive));
    double[] shifted = {1000.3, 998.8, 1002.5, 1000.0};
    assertEquals(naive + 1000, SpecialFunctions.logSumExp(shifted), 4 * Math.ulp(1002.0));
    assertEquals(-1000 + Math.log(2), SpecialFunctions.logSumExp(new double[] {-1000, -1000}), Math.ulp(1000.0));
    assertEquals(7.5, SpecialFunctions.logSumExp(new double[] {7.5}));
  }

  @Test
  void logSumExpOfEmptyInfiniteAndNanArraysIsAsDocumented() {
    double inf = Double.POSITIVE_INFINITY;
    assertEquals(-inf, SpecialFunctions.logSumExp(new double[0]));
    assertEquals(-inf, SpecialFunctions.logSumExp(new double[] {-inf, -inf}));
    assertEquals(1.5, SpecialFunctions.logSumExp(new double[] {-inf, 1.5}));
    assertEquals(inf, SpecialFunctions.logSumExp(new double[] {inf, 1.5, -inf}));
    assertTrue(Double.isNaN(SpecialFunctions.logSumExp(new double[] {inf, Double.NaN})));
    assertTrue(Double.isNaN(SpecialFunctions.logSumExp(new double[] {1.0, Double.NaN})));
  }

  @Test
  void theSourceStoredForNablaIsLogSumExpsOwn() throws IOException {
    String source = Files.readString(Path.of("src/main/java/dev/nabla/SpecialFunctions.java"));
    int start = source.indexOf("  public static double logSumExp(double[] x) {");
    String method = source.substring(start, source.indexOf("\n  }\n", start) + 4).replaceAll("(?m)^  ", "");
    assertTrue(SpecialFunctionsDerivatives.NABLA_SOURCE.contains(method), method);
  }

  @Test
  void noFunctionAllocates() {
    com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long thread = Thread.currentThread().getId();
    double[] scores = {0.3, -1.2, 2.5};
    double sink = 0;
    long before = 0;
    for (int round = 0; round < 2; round++) {
      // the first round warms up (class loading, compilation); the second is measured
      before = threads.getThreadAllocatedBytes(thread);
      for (int i = 1; i < 20_000; i++) {
        double x = 0.0037 * i - 37;
        double p = i / 20_000.0;
        sink += SpecialFunctions.erf(x) + SpecialFunctions.erfc(x) + SpecialFunctions.normalCdf(x)
            + SpecialFunctions.normalPdf(x) + SpecialFunctions.normalQuantile(p) + SpecialFunctions.logGamma(x)
            + SpecialFunctions.digamma(x) + SpecialFunctions.trigamma(x) + SpecialFunctions.tetragamma(x)
            + SpecialFunctions.logistic(x) + SpecialFunctions.softplus(x) + SpecialFunctions.logSumExp(scores);
      }
    }
    long allocated = threads.getThreadAllocatedBytes(thread) - before;
    assertEquals(0, allocated, 1024, "bytes allocated by 240,000 calls (sink " + sink + ")");
  }
}
