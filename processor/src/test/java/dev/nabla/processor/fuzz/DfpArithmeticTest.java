package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.Fn;
import dev.nabla.processor.ir.Primitive;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.FDSFactory;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The high-precision oracle's primitives: every function the fuzzer's programs call has a rule in
 * {@link DfpArithmetic}, agreeing with the double oracle's rule at the primitive table's points; the special functions
 * it computes by its own formulas agree with mpmath to 30 digits where a naive formula loses them.
 */
class DfpArithmeticTest {
  /**
   * Function, point, value, first and second derivative, from {@code /usr/bin/python3
   * processor/src/test/resources/fuzz/highprecision.py} (mpmath, 80 digits; derivatives by mp.diff).
   */
  private static final Object[][] SPECIAL = {
      row(Primitive.ERF, 0.3, "3.28626759459127416189617985318203033e-1", "1.03126090961896305716769914729035859",
          "-6.18756545771377811402027363277108039e-1"),
      row(Primitive.ERF, -1.7, "-9.83790458590774560841312945808925003e-1", "6.27110404968683962246001838694514948e-2",
          "2.13217537689352541593781340530222241e-1"),
      row(Primitive.ERFC, 5.5, "7.35784791797439806306836239857009021e-15",
          "-8.22331604526292200057146549889161997e-14",
          "9.04564764978921420062861204878078197e-13"),
      row(Primitive.ERFC, -0.8, "1.74210096470766051258978735561270841", "-5.94985786257468917503205538661829898e-1",
          "-9.5197725801195032085048240007845103e-1"),
      row(Primitive.NORMAL_CDF, -7.0, "1.279812543885835004383623690780833e-12",
          "9.13472040836459334286861391679423302e-12", "6.39430428585521534000802974175596312e-11"),
      row(Primitive.NORMAL_CDF, 1.2, "8.84930329778291723354186620903779731e-1",
          "1.94186054983212950760402945601018214e-1", "-2.33023265979855532288890362581636506e-1"),
      row(Primitive.NORMAL_PDF, 1.3, "1.71368592047807347070253956338459191e-1",
          "-2.22779169662149558801624406802845811e-1", "1.18244328512987089265240315136944223e-1"),
      row(Primitive.NORMAL_QUANTILE, 0.93, "1.47579102817917109904439250153755472",
          "7.44779572395053194178404505755144875", "8.18616282549566642125369617652329963e+1"),
      row(Primitive.NORMAL_QUANTILE, 0.06, "-1.55477359459685355973035750305706756",
          "8.39468693868290293267687196040166601", "-1.09566090518837263354696446516472846e+2"),
      row(Primitive.LOG_GAMMA, 0.1, "2.25271265173420590200623795689547638",
          "-1.04237549404110762321002953145027609e+1",
          "1.01433299150792747704652039650873371e+2"),
      row(Primitive.LOG_GAMMA, 3.7, "1.42807232666538812920049835255057424", "1.16715353936151144094765086066244239",
          "3.10037857670038302158248387453459298e-1"),
      row(Primitive.LOG_GAMMA, 57.5, "1.74372129818745153226752021764788547e+2",
          "4.04306409160270971778877013739352869",
          "1.75434097165746207342286735758826772e-2"),
      row(Primitive.LOGISTIC, 2.5, "9.24141819978756448806693823353752227e-1",
          "7.01037165451081569323328186926594331e-2", "-5.94678358454340677737164564393988335e-2"),
      row(Primitive.SOFTPLUS, -3.0, "4.85873515737420587589259198546899979e-2",
          "4.74258731775667808788481517717522014e-2", "4.5176659730912132649360028435651638e-2")};

  private static Object[] row(Primitive f, double x, String value, String first, String second) {
    return new Object[] {f, x, value, first, second};
  }

  static Stream<Primitive> generatedFunctions() {
    return Generator.functions().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generatedFunctions")
  void agreesWithTheDoubleOracleAtTheTablesPoints(Primitive f) {
    PrimitiveOracle.Row row = PrimitiveOracle.of(f);
    for (double[] point : row.points()) {
      int n = point.length;
      DSFactory doubles = new DSFactory(n, 2);
      List<DerivativeStructure> args = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        args.add(doubles.variable(i, point[i]));
      }
      double[] expected = row.rule().apply(args, m -> { }).getAllDerivatives();
      double[] actual = highPrecision(f, point).getAllDerivatives();
      double scale = Arrays.stream(expected).map(Math::abs).max().orElseThrow();
      for (int k = 0; k < expected.length; k++) {
        assertTrue(Math.abs(actual[k] - expected[k]) <= 1e-12 * scale, f + " at " + Arrays.toString(point)
            + ": derivatives " + Arrays.toString(actual) + ", double oracle " + Arrays.toString(expected));
      }
    }
  }

  @Test
  void specialFunctionsMatchMpmathTo30Digits() {
    DfpField field = new DfpField(DfpArithmetic.DIGITS);
    for (Object[] r : SPECIAL) {
      FieldDerivativeStructure<Dfp> d = new DfpArithmetic(1).call(new Fn((Primitive) r[0], List.of()),
          List.of(new FDSFactory<>(field, 1, 2).variable(0, (double) r[1])), m -> { });
      Dfp[] actual = d.getAllDerivatives();
      for (int k = 0; k < 3; k++) {
        Dfp expected = field.newDfp((String) r[2 + k]);
        assertTrue(actual[k].subtract(expected).abs().lessThan(expected.abs().multiply(field.newDfp("1e-30"))),
            r[0] + "(" + r[1] + "), derivative " + k + ": " + actual[k] + ", mpmath " + expected);
      }
    }
  }

  /** {@code f} at {@code point} in the high-precision arithmetic, rounded to double. */
  private static DerivativeStructure highPrecision(Primitive f, double[] point) {
    DfpArithmetic arithmetic = new DfpArithmetic(point.length);
    List<FieldDerivativeStructure<Dfp>> args = new ArrayList<>();
    for (int i = 0; i < point.length; i++) {
      args.add(arithmetic.variable(i, point[i]));
    }
    return new DSFactory(point.length, 2).build(arithmetic.all(arithmetic.call(new Fn(f, List.of()), args, m -> { })));
  }
}
