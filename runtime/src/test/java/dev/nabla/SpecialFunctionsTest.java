package dev.nabla;

import static java.util.Map.entry;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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

  private static Row row(String function, double x, double value) {
    return new Row(function, x, value);
  }

  /** From {@code /usr/bin/python3 scripts/special_functions_oracle.py}. */
  private static final List<Row> REFERENCE = List.of(
      row("erf", 1e-300, 1.1283791670955126e-300),
      row("erf", 1e-08, 1.1283791670955126e-08),
      row("erf", 0.4999, 0.5204119951613866),
      row("erf", 0.5, 0.5204998778130465),
      row("erf", 0.84375, 0.7672256612323416),
      row("erf", 1.25, 0.9229001282564583),
      row("erf", 2.5, 0.999593047982555),
      row("erf", 5.9, 0.9999999999999999),
      row("erf", -3.3, -0.9999969422902035),
      row("erfc", 0.3, 0.6713732405408726),
      row("erfc", 0.5, 0.4795001221869535),
      row("erfc", 0.9, 0.20309178757716786),
      row("erfc", 1.7, 0.01620954140922544),
      row("erfc", 3.5, 7.430983723414128e-07),
      row("erfc", 7.3, 5.502573750691923e-25),
      row("erfc", 10.0, 2.088487583762545e-45),
      row("erfc", 15.5, 1.6632016400488723e-106),
      row("erfc", 20.0, 5.395865611607901e-176),
      row("erfc", 26.0, 5.663192408856143e-296),
      row("erfc", 26.5, 2.2109076642637343e-307),
      row("erfc", 27.2, 1e-323),
      row("erfc", -1.5, 1.9661051464753108),
      row("erfc", -7.0, 2.0),
      row("normalCdf", -0.3, 0.3820885778110474),
      row("normalCdf", -0.8, 0.21185539858339666),
      row("normalCdf", -1.5, 0.06680720126885807),
      row("normalCdf", -3.0, 0.0013498980316300946),
      row("normalCdf", -8.0, 6.220960574271784e-16),
      row("normalCdf", -10.0, 7.619853024160525e-24),
      row("normalCdf", -20.0, 2.7536241186062337e-89),
      row("normalCdf", -30.0, 4.906713927148187e-198),
      row("normalCdf", -37.0, 5.725571222524577e-300),
      row("normalCdf", -38.0, 2.88542835e-316),
      row("normalCdf", -38.4, 6.4e-323),
      row("normalCdf", 2.5, 0.9937903346742238),
      row("normalCdf", 9.0, 1.0),
      row("normalPdf", 0.7, 0.31225393336676127),
      row("normalPdf", -5.0, 1.4867195147342977e-06),
      row("normalPdf", 12.3, 5.60665692630384e-34),
      row("normalPdf", 30.0, 1.4736461348785476e-196),
      row("normalPdf", -37.0, 2.1200065515246056e-298),
      row("normalPdf", 38.5, 5.4e-323),
      row("normalQuantile", 1e-300, -37.0470962993612),
      row("normalQuantile", 1e-200, -30.20559417957964),
      row("normalQuantile", 1e-100, -21.273453560965326),
      row("normalQuantile", 1e-30, -11.464024688443615),
      row("normalQuantile", 1e-10, -6.361340902404057),
      row("normalQuantile", 0.001, -3.0902323061678136),
      row("normalQuantile", 0.2, -0.8416212335729142),
      row("normalQuantile", 0.3, -0.5244005127080408),
      row("normalQuantile", 0.4999, -0.00025066283008800747),
      row("normalQuantile", 0.6, 0.2533471031357997),
      row("normalQuantile", 0.975, 1.9599639845400538),
      row("normalQuantile", 0.9999999, 5.199337582290661),
      row("normalQuantile", 5e-324, -38.467405617144344),
      row("normalQuantile", 2.2250738585072014e-308, -37.5193793471445),
      row("logGamma", 1e-300, 690.7755278982137),
      row("logGamma", 1e-08, 18.42068073818021),
      row("logGamma", 0.3, 1.0957979948180756),
      row("logGamma", 0.9999999, 5.772157468444193e-08),
      row("logGamma", 1.0000001, -5.772155829918507e-08),
      row("logGamma", 1.4616321449683622, -0.12148629053584961),
      row("logGamma", 1.9999999, -4.2278430309861296e-08),
      row("logGamma", 2.0000001, 4.227843666532498e-08),
      row("logGamma", 2.5, 0.2846828704729192),
      row("logGamma", 7.7, 7.926541356269005),
      row("logGamma", 12.0, 17.502307845873887),
      row("logGamma", 100.5, 361.4355404677776),
      row("logGamma", 1000000000000000.0, 3.3538776394910668e+16),
      row("logGamma", 1e+300, 6.897755278982137e+302),
      row("logGamma", -0.5, 1.2655121234846454),
      row("logGamma", -2.7, -0.07140708531564569),
      row("logGamma", -10.3, -14.457515440024208),
      row("logGamma", -100.25, -363.4009232278215),
      row("digamma", 1e-300, -9.999999999999999e+299),
      row("digamma", 1e-05, -100000.57719921567),
      row("digamma", 0.3, -3.502524222200133),
      row("digamma", 1.4616321449683622, -9.241265521729427e-17),
      row("digamma", 1.46163, -2.0756283887224574e-06),
      row("digamma", 1.47, 0.008066489011364869),
      row("digamma", 2.0, 0.42278433509846713),
      row("digamma", 2.0001, 0.4228488264846654),
      row("digamma", 5.5, 1.6110931485817512),
      row("digamma", 11.9, 2.4339335368825377),
      row("digamma", 12.0, 2.442661679975812),
      row("digamma", 10000000000.0, 23.025850929890456),
      row("digamma", -0.5, 0.03648997397857652),
      row("digamma", -2.7, -1.1153471291406896),
      row("digamma", -10.3, 4.662403493582087),
      row("digamma", -100.25, 7.754238959208646),
      row("trigamma", 1e-300, Double.POSITIVE_INFINITY),
      row("trigamma", 1e-05, 10000000001.644909),
      row("trigamma", 0.3, 12.245364546107732),
      row("trigamma", 1.5, 0.9348022005446793),
      row("trigamma", 11.9, 0.08766320119000419),
      row("trigamma", 12.0, 0.08690187287176838),
      row("trigamma", 10000000000.0, 1.00000000005e-10),
      row("trigamma", -0.5, 8.934802200544679),
      row("trigamma", -2.7, 14.769375845132314),
      row("trigamma", -10.3, 14.986887065722637),
      row("tetragamma", 1e-100, -1.9999999999999998e+300),
      row("tetragamma", 1e-05, -2000000000000002.0),
      row("tetragamma", 0.3, -75.27253658872604),
      row("tetragamma", 1.5, -0.82879664423432),
      row("tetragamma", 11.9, -0.007679939159328307),
      row("tetragamma", 12.0, -0.007547205368998912),
      row("tetragamma", 10000000000.0, -1.0000000001e-20),
      row("tetragamma", -0.5, -0.82879664423432),
      row("tetragamma", -2.7, -68.9329390232638),
      row("tetragamma", -10.3, 68.82898861103696),
      row("logistic", -750.0, 0.0),
      row("logistic", -745.0, 5e-324),
      row("logistic", -700.0, 9.85967654375977e-305),
      row("logistic", -40.0, 4.248354255291589e-18),
      row("logistic", -0.001, 0.4997500000208333),
      row("logistic", 0.0, 0.5),
      row("logistic", 0.5, 0.6224593312018546),
      row("logistic", 36.0, 0.9999999999999998),
      row("logistic", 40.0, 1.0),
      row("logistic", 750.0, 1.0),
      row("softplus", -750.0, 0.0),
      row("softplus", -745.0, 5e-324),
      row("softplus", -700.0, 9.85967654375977e-305),
      row("softplus", -40.0, 4.248354255291589e-18),
      row("softplus", -0.001, 0.6926473055599401),
      row("softplus", 0.0, 0.6931471805599453),
      row("softplus", 0.5, 0.9740769841801067),
      row("softplus", 36.0, 36.0),
      row("softplus", 40.0, 40.0),
      row("softplus", 750.0, 750.0));

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
  void matchesMpmathAtTheHardPoints() {
    for (Row r : REFERENCE) {
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
}
