package dev.nabla.processor;

import static dev.nabla.processor.ir.Primitive.ABS;
import static dev.nabla.processor.ir.Primitive.ACOS;
import static dev.nabla.processor.ir.Primitive.ASIN;
import static dev.nabla.processor.ir.Primitive.ATAN;
import static dev.nabla.processor.ir.Primitive.ATAN2;
import static dev.nabla.processor.ir.Primitive.CBRT;
import static dev.nabla.processor.ir.Primitive.CEIL;
import static dev.nabla.processor.ir.Primitive.CLAMP;
import static dev.nabla.processor.ir.Primitive.COPY_SIGN;
import static dev.nabla.processor.ir.Primitive.COS;
import static dev.nabla.processor.ir.Primitive.COSH;
import static dev.nabla.processor.ir.Primitive.DIGAMMA;
import static dev.nabla.processor.ir.Primitive.DOUBLE_COMPARE;
import static dev.nabla.processor.ir.Primitive.ERF;
import static dev.nabla.processor.ir.Primitive.ERFC;
import static dev.nabla.processor.ir.Primitive.EXP;
import static dev.nabla.processor.ir.Primitive.EXPM1;
import static dev.nabla.processor.ir.Primitive.FLOOR;
import static dev.nabla.processor.ir.Primitive.FLOOR_DIV;
import static dev.nabla.processor.ir.Primitive.FLOOR_MOD;
import static dev.nabla.processor.ir.Primitive.FMA;
import static dev.nabla.processor.ir.Primitive.HYPOT;
import static dev.nabla.processor.ir.Primitive.IS_FINITE;
import static dev.nabla.processor.ir.Primitive.IS_INFINITE;
import static dev.nabla.processor.ir.Primitive.IS_NAN;
import static dev.nabla.processor.ir.Primitive.LOG;
import static dev.nabla.processor.ir.Primitive.LOG10;
import static dev.nabla.processor.ir.Primitive.LOG1P;
import static dev.nabla.processor.ir.Primitive.LOGISTIC;
import static dev.nabla.processor.ir.Primitive.LOG_GAMMA;
import static dev.nabla.processor.ir.Primitive.MAX;
import static dev.nabla.processor.ir.Primitive.MIN;
import static dev.nabla.processor.ir.Primitive.NEXT_AFTER;
import static dev.nabla.processor.ir.Primitive.NEXT_DOWN;
import static dev.nabla.processor.ir.Primitive.NEXT_UP;
import static dev.nabla.processor.ir.Primitive.NORMAL_CDF;
import static dev.nabla.processor.ir.Primitive.NORMAL_PDF;
import static dev.nabla.processor.ir.Primitive.NORMAL_QUANTILE;
import static dev.nabla.processor.ir.Primitive.POW;
import static dev.nabla.processor.ir.Primitive.RINT;
import static dev.nabla.processor.ir.Primitive.SCALB;
import static dev.nabla.processor.ir.Primitive.SIGNUM;
import static dev.nabla.processor.ir.Primitive.SIN;
import static dev.nabla.processor.ir.Primitive.SINH;
import static dev.nabla.processor.ir.Primitive.SOFTPLUS;
import static dev.nabla.processor.ir.Primitive.SQRT;
import static dev.nabla.processor.ir.Primitive.TAN;
import static dev.nabla.processor.ir.Primitive.TANH;
import static dev.nabla.processor.ir.Primitive.TO_DEGREES;
import static dev.nabla.processor.ir.Primitive.TO_INT_EXACT;
import static dev.nabla.processor.ir.Primitive.TO_RADIANS;
import static dev.nabla.processor.ir.Primitive.TRIGAMMA;
import static dev.nabla.processor.ir.Primitive.ULP;

import dev.nabla.processor.ir.Domain;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.distribution.continuous.NormalDistribution;
import org.hipparchus.special.Erf;

/**
 * The test side of the primitive table, one row per static method ({@code Math} functions, {@code Double}'s tests):
 * the points where {@link PrimitiveRulesTest} checks {@code Math.f(x, y, …)} and its rule in Hipparchus arithmetic,
 * the independent oracle of that test and of the fuzzer's interpreter. A counter argument is the coordinate cut to an
 * int, {@code (int) x}; an integer or boolean result is the rule's value as a constant (true as 1, false as 0).
 */
public final class PrimitiveOracle {
  private PrimitiveOracle() {}

  /** Where a rule reports how far its arguments are from a kink, a jump or the edge of the domain. */
  public interface Margins {
    /** Records a distance from switching, a NaN distance as zero. */
    void margin(double m);

    /** Records the relative distance between two compared values. */
    default void compare(double a, double b) {
      margin(Math.abs(a - b) / Math.max(1, Math.max(Math.abs(a), Math.abs(b))));
    }

    /** Records the distance of a to the nearest point of the lattice k·step + offset, relative to max(1, |a|). */
    default void lattice(double a, double step, double offset) {
      double t = (a - offset) / step;
      double d = Math.abs(t - Math.rint(t)) * step;
      margin(d / Math.max(1, Math.abs(a)));
    }
  }

  /** A primitive applied in Hipparchus arithmetic, reporting its arguments' margins. */
  public interface Rule {
    DerivativeStructure apply(List<DerivativeStructure> args, Margins margins);
  }

  /** A rule of one argument. */
  interface UnaryRule {
    DerivativeStructure apply(DerivativeStructure a, Margins margins);
  }

  /** A rule of two arguments. */
  interface BinaryRule {
    DerivativeStructure apply(DerivativeStructure a, DerivativeStructure b, Margins margins);
  }

  /** One {@code Math} function: the points (one coordinate per argument) where it is checked, and its rule. */
  public record Row(Primitive primitive, double[][] points, Rule rule) {
    @Override
    public String toString() {
      return primitive.symbol();
    }

    /** The Java type of the entry's result on its {@linkplain #argumentTypes arguments' types}. */
    public Type resultType() {
      return primitive.resultType(argumentTypes(primitive));
    }

    /** The call of the entry on the variables named, each counter cut to an int. */
    public String call(List<String> variables) {
      List<String> args = IntStream.range(0, primitive.arity())
          .mapToObj(i -> (primitive.domain(i) == Domain.INTEGER ? "(int) " : "") + variables.get(i)).toList();
      return PrimitiveOracle.call(primitive, args);
    }
  }

  static final double[] ANY = {-1.7, -0.6, 0.35, 0.9, 2.3};
  static final double[] POSITIVE = {0.3, 0.8, 1.7, 3.2};
  static final double[] UNIT = {-0.8, -0.3, 0.2, 0.7};
  /** Away from integers and half-integers (floor/ceil/rint jumps). */
  static final double[] OFF_GRID = {-1.7, -0.3, 0.35, 1.2, 2.8};
  static final double[][] PAIRS = {{0.7, 1.3}, {-1.2, 0.4}, {2.1, -0.8}, {0.3, 2.6}};
  static final double[][] POSITIVE_BASE = {{0.7, 1.3}, {1.9, -0.4}, {2.5, 2.2}, {0.4, 3.1}};
  /** Pairs whose coordinates cut to ints of each sign: (7, 3), (−7, 3), (7, −3), (−7, −3). */
  static final double[][] COUNTERS = {{7.5, 3.5}, {-7.5, 3.5}, {7.5, -3.5}, {-7.5, -3.5}};
  /** Probabilities away from 0 and 1, where the normal quantile is steep. */
  static final double[] PROBABILITIES = {0.1, 0.3, 0.6, 0.93};
  /** Positive points, and negative ones between the poles of the gamma function. */
  static final double[] GAMMA_POINTS = {0.3, 0.8, 1.7, 3.2, -0.6, -2.7};
  /**
   * At each of {@link #GAMMA_POINTS}: x, ln |Γ(x)|, ψ(x), ψ′(x), ψ″(x), ψ‴(x), from {@code /usr/bin/python3 -c "from
   * mpmath import mp, mpf, log, gamma, polygamma; mp.dps = 40; [print(x, [float(v) for v in [log(abs(gamma(mpf(x))))]
   * + [polygamma(n, mpf(x)) for n in range(4)]]) for x in [0.3, 0.8, 1.7, 3.2, -0.6, -2.7]]"}.
   */
  private static final double[][] POLYGAMMA = {
      {0.3, 1.0957979948180756, -3.502524222200133, 12.245364546107732, -75.27253658872604, 743.1417646550498},
      {0.8, 0.15205967839983756, -0.9650085667061383, 2.2994741375017, -4.430115708421634, 15.370892070482736},
      {1.7, -0.09580769740706588, 0.2085478748734939, 0.7932328301639984, -0.6040890841034591, 0.8895620066243164},
      {3.2, 0.8854048271549091, 0.9988388912865996, 0.3663211907314008, -0.1328000068031312, 0.0953463004453601},
      {-0.6, 1.3075034414677744, -0.8947178779184493, 10.053134368307374, -22.979869364319093, 282.49155533024333},
      {-2.7, -0.07140708531564569, -1.1153471291406896, 14.769375845132314, -68.9329390232638, 768.9626351155225}};
  private static final NormalDistribution NORMAL = new NormalDistribution(0, 1);
  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
  /** The infinities and finite doubles; not NaN, where finite differences are NaN. */
  static final double[] SPECIAL = {Double.NEGATIVE_INFINITY, -1.7, 0.35, Double.POSITIVE_INFINITY};

  private static final List<Row> ROWS = List.of(
      smooth(SIN, ANY, DerivativeStructure::sin),
      smooth(COS, ANY, DerivativeStructure::cos),
      smooth(TAN, new double[] {-1.2, -0.4, 0.3, 1.1}, DerivativeStructure::tan),
      unary(ASIN, UNIT, (a, m) -> {
        m.margin(1 - Math.abs(a.getValue()));
        return a.asin();
      }),
      unary(ACOS, UNIT, (a, m) -> {
        m.margin(1 - Math.abs(a.getValue()));
        return a.acos();
      }),
      smooth(ATAN, ANY, DerivativeStructure::atan),
      binary(ATAN2, PAIRS, (a, b, m) -> {
        double h = Math.hypot(a.getValue(), b.getValue());
        m.margin(h);
        if (b.getValue() < 0) {
          m.margin(Math.abs(a.getValue()) / Math.max(1, h));
        }
        return a.atan2(b);
      }),
      smooth(SINH, ANY, DerivativeStructure::sinh),
      smooth(COSH, ANY, DerivativeStructure::cosh),
      smooth(TANH, ANY, DerivativeStructure::tanh),
      smooth(EXP, ANY, DerivativeStructure::exp),
      smooth(EXPM1, ANY, DerivativeStructure::expm1),
      unary(LOG, POSITIVE, (a, m) -> {
        m.margin(a.getValue());
        return a.log();
      }),
      unary(LOG10, POSITIVE, (a, m) -> {
        m.margin(a.getValue());
        return a.log10();
      }),
      unary(LOG1P, new double[] {-0.7, -0.2, 0.4, 2.2}, (a, m) -> {
        m.margin(1 + a.getValue());
        return a.log1p();
      }),
      unary(SQRT, POSITIVE, (a, m) -> {
        m.margin(a.getValue());
        return a.sqrt();
      }),
      unary(CBRT, new double[] {-2.1, -0.4, 0.3, 1.7}, (a, m) -> {
        m.margin(Math.abs(a.getValue()));
        return a.cbrt();
      }),
      binary(POW, POSITIVE_BASE, (a, b, m) -> {
        m.margin(a.getValue());
        return a.pow(b);
      }),
      binary(HYPOT, PAIRS, (a, b, m) -> {
        m.margin(Math.hypot(a.getValue(), b.getValue()));
        return a.hypot(b);
      }),
      new Row(FMA, new double[][] {{0.7, 1.3, -0.4}, {-1.2, 0.4, 2.1}, {2.1, -0.8, 0.3}},
          (a, m) -> a.get(0).multiply(a.get(1)).add(a.get(2))),
      binary(SCALB, new double[][] {{0.7, 3.5}, {-1.3, -2.5}, {2.1, 8.5}, {0.35, -5.5}},
          (a, b, m) -> a.scalb(counter(b, m))),
      unary(ABS, ANY, (a, m) -> {
        m.margin(Math.abs(a.getValue()));
        return a.abs();
      }),
      binary(MAX, PAIRS, (a, b, m) -> {
        m.compare(a.getValue(), b.getValue());
        return a.getValue() >= b.getValue() ? a : b;
      }),
      binary(MIN, PAIRS, (a, b, m) -> {
        m.compare(a.getValue(), b.getValue());
        return a.getValue() <= b.getValue() ? a : b;
      }),
      new Row(CLAMP, new double[][] {{0.3, -1.0, 1.0}, {-1.7, -1.0, 1.0}, {2.3, -1.0, 1.0}, {-0.4, -0.6, 0.1}},
          (a, m) -> {
            double v = a.get(0).getValue();
            m.compare(v, a.get(1).getValue());
            m.compare(v, a.get(2).getValue());
            return v < a.get(1).getValue() ? a.get(1) : v > a.get(2).getValue() ? a.get(2) : a.get(0);
          }),
      binary(COPY_SIGN, PAIRS, (a, b, m) -> {
        m.margin(Math.abs(a.getValue()));
        m.margin(Math.abs(b.getValue()));
        return a.copySign(b);
      }),
      neighbour(NEXT_UP, Math::nextUp),
      neighbour(NEXT_DOWN, Math::nextDown),
      binary(NEXT_AFTER, PAIRS, (a, b, m) -> {
        m.compare(a.getValue(), b.getValue());
        return a.add(Math.nextAfter(a.getValue(), b.getValue()) - a.getValue());
      }),
      unary(SIGNUM, ANY, (a, m) -> {
        m.margin(Math.abs(a.getValue()));
        return a.getFactory().constant(Math.signum(a.getValue()));
      }),
      step(FLOOR, 0, Math::floor),
      step(CEIL, 0, Math::ceil),
      step(RINT, 0.5, Math::rint),
      unary(ULP, new double[] {-1.7, -0.37, 0.35, 1.4, 2.9}, (a, m) -> {
        double binade = Math.scalb(1.0, Math.getExponent(a.getValue()));
        double x = Math.abs(a.getValue());
        m.margin(Math.min(x - binade, 2 * binade - x) / Math.max(1, x));
        return a.getFactory().constant(Math.ulp(a.getValue()));
      }),
      binary(FLOOR_MOD, COUNTERS, (a, b, m) -> a.getFactory().constant(Math.floorMod(counter(a, m), counter(b, m)))),
      binary(FLOOR_DIV, COUNTERS, (a, b, m) -> a.getFactory().constant(Math.floorDiv(counter(a, m), counter(b, m)))),
      unary(TO_INT_EXACT, OFF_GRID, (a, m) -> a.getFactory().constant(Math.toIntExact(counter(a, m)))),
      binary(DOUBLE_COMPARE, PAIRS, (a, b, m) -> {
        m.compare(a.getValue(), b.getValue());
        return a.getFactory().constant(Double.compare(a.getValue(), b.getValue()));
      }),
      test(IS_NAN, Double::isNaN),
      test(IS_INFINITE, Double::isInfinite),
      test(IS_FINITE, Double::isFinite),
      smooth(TO_RADIANS, ANY, DerivativeStructure::toRadians),
      smooth(TO_DEGREES, ANY, DerivativeStructure::toDegrees),
      smooth(ERF, ANY, a -> gaussianIntegral(a, Erf.erf(a.getValue()), 1)),
      smooth(ERFC, ANY, a -> gaussianIntegral(a, Erf.erfc(a.getValue()), -1)),
      smooth(NORMAL_CDF, ANY, a -> {
        double x = a.getValue();
        double pdf = NORMAL.density(x);
        return a.compose(NORMAL.cumulativeProbability(x), pdf, -x * pdf);
      }),
      smooth(NORMAL_PDF, ANY, a -> {
        double x = a.getValue();
        double pdf = NORMAL.density(x);
        return a.compose(pdf, -x * pdf, (x * x - 1) * pdf);
      }),
      unary(NORMAL_QUANTILE, PROBABILITIES, (a, m) -> {
        m.margin(Math.min(a.getValue(), 1 - a.getValue()));
        double q = NORMAL.inverseCumulativeProbability(a.getValue());
        double pdf = NORMAL.density(q);
        return a.compose(q, 1 / pdf, q / (pdf * pdf));
      }),
      polygamma(LOG_GAMMA, 1),
      polygamma(DIGAMMA, 2),
      polygamma(TRIGAMMA, 3),
      smooth(LOGISTIC, ANY, a -> a.negate().exp().add(1).reciprocal()),
      smooth(SOFTPLUS, ANY, a -> a.exp().log1p()));

  private static final Map<Primitive, Row> BY_PRIMITIVE = new EnumMap<>(Primitive.class);

  static {
    ROWS.forEach(r -> BY_PRIMITIVE.put(r.primitive(), r));
  }

  /** Every row, in the order of the primitive table. */
  public static List<Row> rows() {
    return ROWS;
  }

  /** The row of a {@code Math} function. */
  public static Row of(Primitive p) {
    Row row = BY_PRIMITIVE.get(p);
    if (row == null) {
      throw new IllegalArgumentException("no reference for " + p);
    }
    return row;
  }

  /**
   * The {@code java.lang.Math} functions of doubles (returning a double, a long or an int, so that a call of one is a
   * double expression) that the primitive table lacks, by name: nabla rejects calls to them, whichever functions the
   * table gains.
   */
  public static List<Method> unsupportedMathFunctions() {
    return Arrays.stream(Math.class.getMethods())
        .filter(m -> Modifier.isStatic(m.getModifiers())
            && List.of(double.class, long.class, int.class).contains(m.getReturnType())
            && m.getParameterCount() > 0 && Arrays.stream(m.getParameterTypes()).allMatch(t -> t == double.class)
            && Primitive.mathFunction(m.getName(), m.getParameterCount()) == null)
        .sorted(Comparator.comparing(Method::getName).thenComparing(Method::getParameterCount))
        .toList();
  }

  /** The types of an entry's arguments as its rows and the fuzzer give them: doubles, or ints for counters. */
  public static List<Type> argumentTypes(Primitive p) {
    return IntStream.range(0, p.arity()).mapToObj(i -> p.domain(i).type()).toList();
  }

  /**
   * The call of an entry on arguments already written: of {@code java.lang.Math} for a {@code Math} function, or of
   * Hipparchus's {@code FastMath} for one of a newer JDK than the one running the tests ({@code clamp} before 21).
   */
  public static String call(Primitive p, List<String> args) {
    return call(p, MathLibrary.MATH, args);
  }

  /** The call of {@code p} through {@code library}, or through Hipparchus's FastMath where this JDK's Math lacks it. */
  public static String call(Primitive p, MathLibrary library, List<String> args) {
    boolean inJdk = Arrays.stream(Math.class.getMethods())
        .anyMatch(m -> m.getName().equals(p.symbol()) && m.getParameterCount() == p.arity());
    return p.write(args, library == MathLibrary.MATH && !inJdk ? MathLibrary.HIPPARCHUS_FAST_MATH : library);
  }

  /** The call {@code Math.f(arg, …)} of a {@code Math} function, {@code arg} for each argument. */
  public static String call(Method f, String arg) {
    return "Math." + f.getName() + "(" + String.join(", ", Collections.nCopies(f.getParameterCount(), arg)) + ")";
  }

  private static Row unary(Primitive p, double[] xs, UnaryRule rule) {
    double[][] points = Arrays.stream(xs).mapToObj(x -> new double[] {x}).toArray(double[][]::new);
    return new Row(p, points, (args, m) -> rule.apply(args.get(0), m));
  }

  private static Row binary(Primitive p, double[][] points, BinaryRule rule) {
    return new Row(p, points, (args, m) -> rule.apply(args.get(0), args.get(1), m));
  }

  /** A function smooth on all of its domain: no margin to record. */
  private static Row smooth(Primitive p, double[] xs, UnaryOperator<DerivativeStructure> rule) {
    return unary(p, xs, (a, m) -> rule.apply(a));
  }

  /**
   * A neighbouring double of x: x plus a step below rounding, which the derivative ignores (the step is exact in
   * double arithmetic, so the value is the function's).
   */
  private static Row neighbour(Primitive p, DoubleUnaryOperator f) {
    return unary(p, ANY, (a, m) -> a.add(f.applyAsDouble(a.getValue()) - a.getValue()));
  }

  /** A test of {@code Double}, true as 1 and false as 0: constant on the finite doubles, so no margin to record. */
  private static Row test(Primitive p, DoublePredicate t) {
    return unary(p, SPECIAL, (a, m) -> a.getFactory().constant(t.test(a.getValue()) ? 1 : 0));
  }

  /** The coordinate of a counter argument cut to an int, as {@code (int) x} does, recording its margin to the jump. */
  private static int counter(DerivativeStructure a, Margins m) {
    m.lattice(a.getValue(), 1, 0);
    return (int) a.getValue();
  }

  /** erf (sign 1) or erfc (sign −1) of a, whose value is given: its derivatives ±2/√π·e^(−x²) and ∓4x/√π·e^(−x²). */
  private static DerivativeStructure gaussianIntegral(DerivativeStructure a, double value, int sign) {
    double x = a.getValue();
    double first = sign * TWO_OVER_SQRT_PI * Math.exp(-x * x);
    return a.compose(value, first, -2 * x * first);
  }

  /**
   * ln |Γ| or one of its derivatives (from {@code column} 1 of {@link #POLYGAMMA}), composed from mpmath's values at
   * the point; recording the distance to the poles of the gamma function.
   */
  private static Row polygamma(Primitive p, int column) {
    return unary(p, GAMMA_POINTS, (a, m) -> {
      if (a.getValue() < 0) {
        m.lattice(a.getValue(), 1, 0);
      }
      double[] row = Arrays.stream(POLYGAMMA).filter(r -> r[0] == a.getValue()).findFirst().orElseThrow();
      return a.compose(row[column], row[column + 1], row[column + 2]);
    });
  }

  /** A step function jumping at the integers plus {@code offset}: a constant between its jumps. */
  private static Row step(Primitive p, double offset, DoubleUnaryOperator f) {
    return unary(p, OFF_GRID, (a, m) -> {
      m.lattice(a.getValue(), 1, offset);
      return a.getFactory().constant(f.applyAsDouble(a.getValue()));
    });
  }
}
