package dev.nabla.processor.ir;

import static dev.nabla.processor.ir.Cost.CHEAP;
import static dev.nabla.processor.ir.Cost.CHEAP_ON_INTEGERS;
import static dev.nabla.processor.ir.Cost.COSTLY;
import static dev.nabla.processor.ir.Cost.MODERATE;
import static dev.nabla.processor.ir.Domain.ABOVE_MINUS_ONE;
import static dev.nabla.processor.ir.Domain.ANY;
import static dev.nabla.processor.ir.Domain.CONDITION;
import static dev.nabla.processor.ir.Domain.INTEGER;
import static dev.nabla.processor.ir.Domain.LOWER_BOUND;
import static dev.nabla.processor.ir.Domain.NONZERO;
import static dev.nabla.processor.ir.Domain.OPEN_UNIT;
import static dev.nabla.processor.ir.Domain.POSITIVE;
import static dev.nabla.processor.ir.Domain.PROBABILITY;
import static dev.nabla.processor.ir.Domain.SMALL;
import static dev.nabla.processor.ir.Domain.UPPER_BOUND;
import static dev.nabla.processor.ir.Linearity.BILINEAR;
import static dev.nabla.processor.ir.Linearity.LINEAR;
import static dev.nabla.processor.ir.Linearity.LINEAR_IN_FIRST;
import static dev.nabla.processor.ir.Linearity.NONE;
import static dev.nabla.processor.ir.Smoothness.FLAT;
import static dev.nabla.processor.ir.Smoothness.KINKED;
import static dev.nabla.processor.ir.Smoothness.SMOOTH;
import static dev.nabla.processor.ir.Spelling.CAST;
import static dev.nabla.processor.ir.Spelling.CONDITIONAL;
import static dev.nabla.processor.ir.Spelling.INFIX;
import static dev.nabla.processor.ir.Spelling.PREFIX;
import static dev.nabla.processor.ir.Typing.BOOLEAN;
import static dev.nabla.processor.ir.Typing.BRANCHES;
import static dev.nabla.processor.ir.Typing.DOUBLE;
import static dev.nabla.processor.ir.Typing.INT;
import static dev.nabla.processor.ir.Typing.LONG;
import static dev.nabla.processor.ir.Typing.OPERAND;
import static dev.nabla.processor.ir.Typing.PROMOTED;
import static dev.nabla.processor.ir.Typing.SECOND;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;

/**
 * Every primitive operation, each in one entry: its Java spelling, its result type, its cost, its linearity, its value
 * on constants (for folding), the domain of its arguments, its smoothness, and in its body its partial derivatives
 * (the rule both modes use: tangent ẏ = Σ ∂ᵢ·ẋᵢ, adjoint x̄ᵢ += ∂ᵢ·ȳ) and any tangent or adjoint rule of its own.
 *
 * <p>Kink conventions: {@code abs'(0) = 0}; {@code max} and {@code min} split the derivative evenly between equal
 * arguments; {@code copySign(m, s)} has ∂/∂m = 0 at m = 0 and ∂/∂s = 0; {@code signum}, {@code floor}, {@code ceil},
 * {@code rint}, {@code ulp}, comparisons and casts have zero derivative; {@code nextUp}, {@code nextDown} and
 * {@code nextAfter} have derivative 1 in their first argument; {@code clamp} has derivative 1 in its value on the
 * closed interval of its bounds, 0 outside.
 */
public enum Primitive {
  ADD("+", INFIX, PROMOTED, CHEAP, SMOOTH, LINEAR, Fold.arithmetic((x, z) -> x + z, (x, z) -> x + z), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.one(), b.one());
    }
  },
  SUB("-", INFIX, PROMOTED, CHEAP, SMOOTH, LINEAR, Fold.arithmetic((x, z) -> x - z, (x, z) -> x - z), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.one(), b.constant(-1.0));
    }
  },
  MUL("*", INFIX, PROMOTED, CHEAP, SMOOTH, BILINEAR, Fold.arithmetic((x, z) -> x * z, (x, z) -> x * z), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(a.get(1), a.get(0));
    }
  },
  DIV("/", INFIX, PROMOTED, MODERATE, SMOOTH, LINEAR_IN_FIRST, Fold.arithmetic((x, z) -> x / z, (x, z) -> x / z), ANY,
      NONZERO) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.prim(DIV, b.one(), a.get(1)), b.prim(NEG, b.prim(DIV, y, a.get(1))));
    }
  },
  REM("%", INFIX, PROMOTED, CHEAP_ON_INTEGERS, SMOOTH, NONE, Fold.arithmetic((x, z) -> x % z, (x, z) -> x % z),
      ANY, NONZERO) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.one(), b.prim(NEG, b.prim(RINT, b.prim(DIV, b.prim(SUB, a.get(0), y), a.get(1)))));
    }
  },
  NEG("-", PREFIX, OPERAND, CHEAP, SMOOTH, LINEAR, Fold.arithmetic(x -> -x, x -> -x), ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.constant(-1.0));
    }
  },
  SIN("sin", Math::sin, COSTLY, ANY, Derivative.of("cos")),
  COS("cos", Math::cos, COSTLY, ANY, Derivative.minus("sin")),
  TAN("tan", Math::tan, COSTLY, SMALL, (b, x, y) -> b.prim(ADD, b.one(), b.prim(MUL, y, y))),
  ASIN("asin", Math::asin, COSTLY, OPEN_UNIT, (b, x, y) -> b.prim(DIV, b.one(), sqrtOneMinusSquare(b, x))),
  ACOS("acos", Math::acos, COSTLY, OPEN_UNIT, (b, x, y) -> b.prim(NEG, b.prim(DIV, b.one(), sqrtOneMinusSquare(b, x)))),
  /** atan' = 1/(1 + x²), as atan2(x, 1)'s: so that neither it nor its derivative underflows before its value. */
  ATAN("atan", Math::atan, COSTLY, ANY, (b, x, y) -> overSquaredHypot(b, b.one(), x, b.one())),
  /**
   * The angle of (x, y) from atan2(y, x): ∂/∂y = x/r², ∂/∂x = −y/r², each divided by r = hypot(x, y) twice, so that
   * r² neither overflows nor underflows (0/0 = NaN at the origin, as PyTorch).
   */
  ATAN2("atan2", Math::atan2, COSTLY, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(overSquaredHypot(b, a.get(1), a.get(0), a.get(1)),
          b.prim(NEG, overSquaredHypot(b, a.get(0), a.get(0), a.get(1))));
    }
  },
  SINH("sinh", Math::sinh, COSTLY, SMALL, Derivative.of("cosh")),
  COSH("cosh", Math::cosh, COSTLY, SMALL, Derivative.of("sinh")),
  /**
   * tanh' = sech², from x: 1 − tanh² loses the digits tanh rounds away (all of them beyond |x| ≈ 19); see
   * {@link #sech} for its derivative at large |x|.
   */
  TANH("tanh", Math::tanh, COSTLY, ANY, (b, x, y) -> square(b, sech(b, x))),
  EXP("exp", Math::exp, COSTLY, SMALL, (b, x, y) -> y),
  /** expm1' = exp: expm1(x) + 1 loses the digits of e^x below 1 (all of them below x ≈ −37). */
  EXPM1("expm1", Math::expm1, COSTLY, SMALL, Derivative.of("exp")),
  LOG("log", Math::log, COSTLY, POSITIVE, (b, x, y) -> b.prim(DIV, b.one(), x)),
  LOG10("log10", Math::log10, COSTLY, POSITIVE, (b, x, y) -> b.prim(DIV, b.constant(1 / Math.log(10)), x)),
  LOG1P("log1p", Math::log1p, COSTLY, ABOVE_MINUS_ONE, (b, x, y) -> b.prim(DIV, b.one(), b.prim(ADD, b.one(), x))),
  SQRT("sqrt", Math::sqrt, COSTLY, POSITIVE, (b, x, y) -> b.prim(DIV, b.constant(0.5), y)),
  CBRT("cbrt", Math::cbrt, COSTLY, ANY,
      (b, x, y) -> b.prim(DIV, b.one(), b.prim(MUL, b.constant(3.0), b.prim(MUL, y, y)))),
  POW("pow", Math::pow, COSTLY, POSITIVE, SMALL) {
    /**
     * ∂/∂x = e·x^(e−1) and ∂/∂e = x^e·ln x, with PyTorch's conventions at the special points: ∂/∂x = 0 at e = 0 even
     * where x^(−1) overflows (x = 0), and ∂/∂e = 0 at x = 0 for e ≥ 0. The guard of ∂/∂x holds only where x^(−1)
     * overflows, not at every e = 0, so that ∂/∂x keeps its derivative 1/x along e there and the Hessian stays
     * symmetric; at x = 0, e > 0, ∂/∂e is written x^e/e, zero with the derivative along x that makes ∂²/∂e∂x equal
     * ∂²/∂x∂e = 0^(e−1).
     */
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      Value x = a.get(0);
      Value e = a.get(1);
      Value power = b.prim(POW, x, b.prim(SUB, e, b.one()));
      Value zeroExponent = b.prim(EQ, e, b.zero());
      Value atZero = b.prim(EQ, x, b.zero());
      Value log = b.prim(LOG, x);
      // x·(x^(e−1)·ln x) for e ≥ 1, whose derivative along x keeps x^(e−1) where x^e underflows
      Value byExponent = b.prim(SELECT, b.prim(GE, e, b.one()), b.prim(MUL, x, b.prim(MUL, power, log)),
          b.prim(MUL, y, log));
      return List.of(
          b.prim(SELECT, b.prim(AND, zeroExponent, b.prim(IS_INFINITE, power)), b.zero(), b.prim(MUL, e, power)),
          b.prim(SELECT, b.prim(AND, atZero, b.prim(GE, e, b.zero())),
              b.prim(SELECT, zeroExponent, b.zero(), b.prim(DIV, y, e)), byExponent));
    }

    /** A zero exponent tangent contributes nothing, so that a negative base's undefined ∂/∂exponent cannot leak. */
    @Override
    Value term(Builder b, int i, Value partial, Value tangent) {
      Value term = super.term(b, i, partial, tangent);
      return i == 1 ? b.prim(SELECT, b.prim(EQ, tangent, b.zero()), b.zero(), term) : term;
    }
  },
  HYPOT("hypot", Math::hypot, COSTLY, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.prim(DIV, a.get(0), y), b.prim(DIV, a.get(1), y));
    }
  },
  /** a·b + c rounded once: the partials of a·b + c. */
  FMA("fma", Spelling.MATH, DOUBLE, MODERATE, SMOOTH, NONE, (a, t) -> Math.fma(((Number) a.get(0)).doubleValue(),
      ((Number) a.get(1)).doubleValue(), ((Number) a.get(2)).doubleValue()), ANY, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(a.get(1), a.get(0), b.one());
    }
  },
  /** x·2ⁿ for a counter n, exact unless it overflows or leaves the normal range: ∂/∂x = 2ⁿ, exactly. */
  SCALB("scalb", Spelling.MATH, DOUBLE, MODERATE, SMOOTH, NONE,
      (a, t) -> Math.scalb(((Number) a.get(0)).doubleValue(), ((Number) a.get(1)).intValue()), ANY, INTEGER) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.prim(SCALB, b.one(), a.get(1)), b.zero());
    }
  },
  ABS("abs", OPERAND, Fold.arithmetic(Math::abs, Math::abs), ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.prim(SIGNUM, a.get(0)));
    }
  },
  MAX("max", PROMOTED, Fold.arithmetic(Math::max, Math::max), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return evenSplit(b, b.prim(GT, a.get(0), a.get(1)), a);
    }
  },
  MIN("min", PROMOTED, Fold.arithmetic(Math::min, Math::min), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return evenSplit(b, b.prim(LT, a.get(0), a.get(1)), a);
    }
  },
  /**
   * The value held within [min, max] (JDK 21, or {@code FastMath}): ∂/∂value = 1 on the closed interval, at a bound
   * too (as PyTorch's clamp), and ∂ = 1 to the bound that holds it outside. Not folded, so that {@code Math.clamp}
   * itself checks the bounds.
   */
  CLAMP("clamp", Spelling.MATH, SECOND, CHEAP, KINKED, NONE, Fold.never(), ANY, LOWER_BOUND, UPPER_BOUND) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      Value below = b.prim(LT, a.get(0), a.get(1));
      Value above = b.prim(GT, a.get(0), a.get(2));
      return List.of(b.prim(SELECT, b.prim(OR, below, above), b.zero(), b.one()),
          b.prim(SELECT, below, b.one(), b.zero()), b.prim(SELECT, above, b.one(), b.zero()));
    }
  },
  /**
   * |m| with the sign of s, as PyTorch and JAX differentiate it: ∂/∂m = ±1 as the signs of m and s agree or not,
   * 0 at m = 0 (the kink, as {@code abs'(0) = 0}); ∂/∂s = 0 (the value jumps where s changes sign).
   */
  COPY_SIGN("copySign", DOUBLE, Fold.math(Math::copySign), ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.prim(MUL, b.prim(SIGNUM, a.get(0)), b.prim(COPY_SIGN, b.one(), a.get(1))), b.zero());
    }
  },
  /** The next double up: derivative 1, the step to it being below rounding (PyTorch and JAX define none). */
  NEXT_UP("nextUp", Math::nextUp, MODERATE, ANY, (b, x, y) -> b.one()),
  /** The next double down: derivative 1, the step to it being below rounding (PyTorch and JAX define none). */
  NEXT_DOWN("nextDown", Math::nextDown, MODERATE, ANY, (b, x, y) -> b.one()),
  /** The neighbour of x toward d: ∂/∂x = 1, the step being below rounding, and ∂/∂d = 0. */
  NEXT_AFTER("nextAfter", Math::nextAfter, MODERATE, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.one(), b.zero());
    }
  },
  SIGNUM("signum", Math::signum),
  FLOOR("floor", Math::floor),
  CEIL("ceil", Math::ceil),
  RINT("rint", Math::rint),
  /** The spacing of doubles at x: constant between powers of two, so zero derivative. */
  ULP("ulp", Math::ulp),
  /** The remainder of counters with the divisor's sign, for periodic wrapping: an integer, so no derivative. */
  FLOOR_MOD("floorMod", Spelling.MATH, SECOND, CHEAP, FLAT, NONE, Fold.integers(Math::floorMod), INTEGER, INTEGER),
  /** The quotient of counters rounded down: an integer, so no derivative. */
  FLOOR_DIV("floorDiv", Spelling.MATH, PROMOTED, CHEAP, FLAT, NONE, Fold.integers(Math::floorDiv), INTEGER, INTEGER),
  /** A long counter as an int, throwing where it does not fit: an integer, so no derivative. */
  TO_INT_EXACT("toIntExact", Spelling.MATH, INT, CHEAP, FLAT, NONE, Fold.integers((x, z) -> Math.toIntExact(x)),
      INTEGER),
  /** −1, 0 or 1 as x is below, equal to or above y in {@code Double}'s total order: an integer, so no derivative. */
  DOUBLE_COMPARE("compare", Spelling.DOUBLE_CLASS, INT, CHEAP, FLAT, NONE,
      (a, t) -> Double.compare(((Number) a.get(0)).doubleValue(), ((Number) a.get(1)).doubleValue()), ANY, ANY),
  /** Whether x is NaN: no derivative, and the same on every finite double. */
  IS_NAN("isNaN", Spelling.DOUBLE_CLASS, Double::isNaN),
  /** Whether x is infinite: no derivative, and the same on every finite double. */
  IS_INFINITE("isInfinite", Spelling.DOUBLE_CLASS, Double::isInfinite),
  /** Whether x is neither NaN nor infinite: no derivative, and the same on every finite double. */
  IS_FINITE("isFinite", Spelling.DOUBLE_CLASS, Double::isFinite),
  /** x·π/180: defined by {@code *}, which folds, costs and differentiates it; a {@code FastMath} call differs. */
  TO_RADIANS("toRadians", ANY, (b, x, y) -> b.constant(Math.PI / 180)) {
    @Override
    Value definition(Builder b, List<Value> a) {
      return b.prim(MUL, a.get(0), b.constant(Math.PI / 180));
    }
  },
  /** x·180/π: defined by {@code *}, which folds, costs and differentiates it; a {@code FastMath} call differs. */
  TO_DEGREES("toDegrees", SMALL, (b, x, y) -> b.constant(180 / Math.PI)) {
    @Override
    Value definition(Builder b, List<Value> a) {
      return b.prim(MUL, a.get(0), b.constant(180 / Math.PI));
    }
  },
  /** The error function of {@code dev.nabla.SpecialFunctions}, as the entries up to {@code SOFTPLUS}. */
  ERF("erf", ANY, Integer.MAX_VALUE, (b, x, y) -> b.prim(MUL, b.constant(2 / Math.sqrt(Math.PI)), gaussian(b, x))),
  ERFC("erfc", ANY, Integer.MAX_VALUE,
      (b, x, y) -> b.prim(MUL, b.constant(-2 / Math.sqrt(Math.PI)), gaussian(b, x))),
  NORMAL_CDF("normalCdf", ANY, Integer.MAX_VALUE, Derivative.special("normalPdf")),
  NORMAL_PDF("normalPdf", ANY, Integer.MAX_VALUE, (b, x, y) -> b.prim(NEG, b.prim(MUL, x, y))),
  /** The inverse of the normal CDF: its derivative is 1/φ at the quantile, its own value. */
  NORMAL_QUANTILE("normalQuantile", PROBABILITY, Integer.MAX_VALUE,
      (b, x, y) -> b.prim(DIV, b.one(), b.prim(specialFunction("normalPdf"), y))),
  LOG_GAMMA("logGamma", POSITIVE, 3, Derivative.special("digamma")),
  DIGAMMA("digamma", POSITIVE, 2, Derivative.special("trigamma")),
  /** Differentiable once, by tetragamma: a Hessian through a call of trigamma is an error. */
  TRIGAMMA("trigamma", POSITIVE, 1, Derivative.special("tetragamma")),
  /** Only trigamma's derivative: a call of it in user code is a library call, as nabla has no derivative for it. */
  TETRAGAMMA("tetragamma", POSITIVE, 0, null),
  /** The sigmoid: logistic′(x) = logistic(x)·logistic(−x), accurate in both tails (unlike y·(1 − y)). */
  LOGISTIC("logistic", ANY, Integer.MAX_VALUE,
      (b, x, y) -> b.prim(MUL, y, b.prim(specialFunction("logistic"), b.prim(NEG, x)))),
  SOFTPLUS("softplus", ANY, Integer.MAX_VALUE, Derivative.special("logistic")),
  LT("<", Fold.comparison((x, z) -> x < z, (x, z) -> x < z)),
  LE("<=", Fold.comparison((x, z) -> x <= z, (x, z) -> x <= z)),
  GT(">", Fold.comparison((x, z) -> x > z, (x, z) -> x > z)),
  GE(">=", Fold.comparison((x, z) -> x >= z, (x, z) -> x >= z)),
  EQ("==", Fold.comparison((x, z) -> x == z, (x, z) -> x == z)),
  NE("!=", Fold.comparison((x, z) -> x != z, (x, z) -> x != z)),
  NOT("!", PREFIX, BOOLEAN, CHEAP, FLAT, NONE, (a, t) -> !(Boolean) a.get(0), CONDITION),
  AND("&&", INFIX, BOOLEAN, CHEAP, FLAT, NONE, (a, t) -> (Boolean) a.get(0) && (Boolean) a.get(1), CONDITION,
      CONDITION),
  OR("||", INFIX, BOOLEAN, CHEAP, FLAT, NONE, (a, t) -> (Boolean) a.get(0) || (Boolean) a.get(1), CONDITION,
      CONDITION),
  /** {@code cond ? a : b} on values already computed. */
  SELECT("?:", CONDITIONAL, BRANCHES, MODERATE, SMOOTH, NONE, (a, t) -> (Boolean) a.get(0) ? a.get(1) : a.get(2),
      CONDITION, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.zero(), b.prim(SELECT, a.get(0), b.one(), b.zero()),
          b.prim(SELECT, a.get(0), b.zero(), b.one()));
    }

    /** The tangent of the branch taken, so that an untaken branch cannot leak NaN. */
    @Override
    public Value tangent(Builder b, List<Value> a, Value y, List<Value> tangents) {
      return b.prim(SELECT, a.get(0), orZero(b, tangents.get(1)), orZero(b, tangents.get(2)));
    }

    /** ȳ to the branch taken only. */
    @Override
    public List<Value> adjoints(Builder b, List<Value> a, Value y, Value cotangent, List<Boolean> varies) {
      return Arrays.asList(null, varies.get(1) ? b.prim(SELECT, a.get(0), cotangent, b.zero()) : null,
          varies.get(2) ? b.prim(SELECT, a.get(0), b.zero(), cotangent) : null);
    }
  },
  /**
   * A call of a method with the user's derivative rules, {@code withPartial(y, x, p)}: the value y of the call kept as
   * written, given the partial p = ∂y/∂x for its argument x (the rule inlined on the call's arguments), and chained
   * once per double argument. ∂/∂y = 1 and ∂/∂x = p, none to p: as p is IR computed from the arguments, forward mode
   * over the reverse sweep differentiates it again, for second derivatives. Code generation writes y.
   */
  WITH_PARTIAL("withPartial", Spelling.FIRST, DOUBLE, CHEAP, SMOOTH, NONE, Fold.never(), ANY, ANY, ANY) {
    @Override
    public List<Value> partials(Builder b, List<Value> a, Value y) {
      return List.of(b.one(), a.get(2), b.zero());
    }

    @Override
    public Value tangent(Builder b, List<Value> a, Value y, List<Value> tangents) {
      return b.prim(ADD, orZero(b, tangents.get(0)), tangents.get(1) == null ? b.zero()
          : b.chained(a.get(2), tangents.get(1)));
    }

    @Override
    public List<Value> adjoints(Builder b, List<Value> a, Value y, Value cotangent, List<Boolean> varies) {
      return Arrays.asList(varies.get(0) ? cotangent : null, varies.get(1) ? b.chained(a.get(2), cotangent) : null,
          null);
    }
  },
  TO_DOUBLE("(double)", CAST, DOUBLE, CHEAP, FLAT, NONE,
      (a, t) -> ((Number) a.get(0)).doubleValue(), ANY),
  TO_INT("(int)", CAST, INT, CHEAP, FLAT, NONE, (a, t) -> ((Number) a.get(0)).intValue(),
      ANY),
  TO_LONG("(long)", CAST, LONG, CHEAP, FLAT, NONE, (a, t) -> ((Number) a.get(0)).longValue(),
      ANY);

  private final String symbol;
  private final Spelling spelling;
  private final Typing typing;
  private final Cost cost;
  private final Smoothness smoothness;
  private final Linearity linearity;
  private final Fold fold;
  private final List<Domain> domains;
  private final Derivative derivative;
  private final int differentiableOrder;

  Primitive(String symbol, Spelling spelling, Typing typing, Cost cost, Smoothness smoothness, Linearity linearity,
      Fold fold, Domain... domains) {
    this(symbol, spelling, typing, cost, smoothness, linearity, fold, null, domains);
  }

  Primitive(String symbol, Spelling spelling, Typing typing, Cost cost, Smoothness smoothness, Linearity linearity,
      Fold fold, Derivative derivative, Domain... domains) {
    this(symbol, spelling, typing, cost, smoothness, linearity, fold, derivative, Integer.MAX_VALUE, domains);
  }

  Primitive(String symbol, Spelling spelling, Typing typing, Cost cost, Smoothness smoothness, Linearity linearity,
      Fold fold, Derivative derivative, int differentiableOrder, Domain... domains) {
    this.differentiableOrder = differentiableOrder;
    this.symbol = symbol;
    this.spelling = spelling;
    this.typing = typing;
    this.cost = cost;
    this.smoothness = smoothness;
    this.linearity = linearity;
    this.fold = fold;
    this.domains = List.of(domains);
    this.derivative = derivative;
  }

  /** A smooth {@code Math} function of one double and its derivative. */
  Primitive(String name, DoubleUnaryOperator f, Cost cost, Domain domain, Derivative derivative) {
    this(name, Spelling.MATH, Typing.DOUBLE, cost, Smoothness.SMOOTH, NONE, Fold.math(f), derivative, domain);
  }

  /** A smooth {@code Math} function of two doubles. */
  Primitive(String name, DoubleBinaryOperator f, Cost cost, Domain first, Domain second) {
    this(name, Spelling.MATH, Typing.DOUBLE, cost, Smoothness.SMOOTH, NONE, Fold.math(f), first, second);
  }

  /** A {@code Math} step function of one double: flat between its jumps. */
  Primitive(String name, DoubleUnaryOperator f) {
    this(name, Spelling.MATH, Typing.DOUBLE, Cost.MODERATE, Smoothness.FLAT, NONE, Fold.math(f), ANY);
  }

  /** A cheap {@code Math} function with kinks, overloaded for integers and doubles. */
  Primitive(String name, Typing typing, Fold fold, Domain... domains) {
    this(name, Spelling.MATH, typing, Cost.CHEAP, Smoothness.KINKED, NONE, fold, domains);
  }

  /** A test of a double, of the class {@code spelling} names: a boolean, the same on every finite double. */
  Primitive(String name, Spelling spelling, DoublePredicate test) {
    this(name, spelling, Typing.BOOLEAN, Cost.CHEAP, Smoothness.FINITE_CONSTANT, NONE, Fold.test(test), ANY);
  }

  /** A comparison of two numbers. */
  Primitive(String symbol, Fold fold) {
    this(symbol, Spelling.INFIX, Typing.BOOLEAN, Cost.CHEAP, Smoothness.FLAT, NONE, fold, ANY, ANY);
  }

  /**
   * A {@code Math} function of a double {@linkplain #definition defined} by other entries, with its derivative for
   * the libraries whose results only they know.
   */
  Primitive(String name, Domain domain, Derivative derivative) {
    this(name, Spelling.MATH, Typing.DOUBLE, Cost.CHEAP, Smoothness.SMOOTH, NONE, null, derivative, domain);
  }

  /**
   * A smooth function of one double of {@code dev.nabla.SpecialFunctions}, with its derivative (null for none), which
   * the table has up to the given order. Never folded: nabla does not run the runtime's code while compiling.
   */
  Primitive(String name, Domain domain, int differentiableOrder, Derivative derivative) {
    this(name, Spelling.SPECIAL_FUNCTIONS, Typing.DOUBLE, Cost.COSTLY, Smoothness.SMOOTH, NONE, Fold.never(),
        derivative, differentiableOrder, domain);
  }

  /** The operator symbol, or the {@code Math} method name for functions. */
  public String symbol() {
    return symbol;
  }

  public int arity() {
    return domains.size();
  }

  /** Where argument {@code i} keeps the result finite and the derivative defined. */
  public Domain domain(int i) {
    return domains.get(i);
  }

  /** Whether this is a {@code Math} function (emitted as {@code Math.name(args)} or its library's spelling). */
  public boolean isMathFunction() {
    return spelling == Spelling.MATH;
  }

  /** Whether this is a static method of a class: a {@code Math} function, or a test of {@code Double}. */
  public boolean isCall() {
    return spelling.isCall();
  }

  /** The Java expression applying this primitive to arguments already written. */
  public String write(List<String> args, MathLibrary library) {
    return spelling.write(symbol, args, library);
  }

  public Cost cost() {
    return cost;
  }

  /** Whether computing it costs far more than arithmetic: the transcendental functions, roots, powers and hypot. */
  public boolean isCostly() {
    return cost == Cost.COSTLY;
  }

  /** In which arguments this primitive is linear. */
  public Linearity linearity() {
    return linearity;
  }

  /**
   * The highest order of derivatives the table has for this entry: unbounded ({@code Integer.MAX_VALUE}) but for the
   * polygamma functions, whose derivatives end with tetragamma (logGamma 3, digamma 2, trigamma 1, tetragamma 0).
   */
  public int differentiableOrder() {
    return differentiableOrder;
  }

  /** Whether the result may have a nonzero derivative; false for comparisons, casts, tests and step functions. */
  public boolean isDifferentiable() {
    return smoothness == Smoothness.SMOOTH || smoothness == Smoothness.KINKED;
  }

  /** Whether the value is the same at every finite argument ({@code Double.isNaN}): a branch on it jumps nowhere. */
  public boolean isConstantOnFiniteValues() {
    return smoothness == Smoothness.FINITE_CONSTANT;
  }

  /** Whether the derivative jumps where the value does not: {@code abs}, {@code max}, {@code min}. */
  public boolean hasKinks() {
    return smoothness == Smoothness.KINKED;
  }

  /**
   * The partial derivatives ∂y/∂aᵢ of {@code y = this(a…)}, built as IR with {@code b}: the rule from which the
   * tangent and the adjoint follow unless the entry states its own. Partials are IR built from primitives, so they
   * differentiate again (forward over reverse, for Hessians).
   */
  public List<Value> partials(Builder b, List<Value> a, Value y) {
    if (derivative == null) {
      throw new IllegalStateException(this + " has no derivative in the table");
    }
    return List.of(derivative.at(b, a.get(0), y));
  }

  /** The tangent ẏ = Σ ∂ᵢ·ẋᵢ of {@code y = this(a…)} from its arguments' tangents (null where one is constant). */
  public Value tangent(Builder b, List<Value> a, Value y, List<Value> tangents) {
    List<Value> p = partials(b, a, y);
    Value t = b.zero();
    for (int i = 0; i < a.size(); i++) {
      if (tangents.get(i) != null) {
        t = b.prim(ADD, t, term(b, i, p.get(i), tangents.get(i)));
      }
    }
    return t;
  }

  /** One argument's term ∂ᵢ·ẋᵢ of the tangent. */
  Value term(Builder b, int i, Value partial, Value tangent) {
    return b.chained(partial, tangent);
  }

  /** The contributions ∂ᵢ·ȳ to the arguments' adjoints from the result's adjoint ȳ; null where one is constant. */
  public List<Value> adjoints(Builder b, List<Value> a, Value y, Value cotangent, List<Boolean> varies) {
    List<Value> p = partials(b, a, y);
    List<Value> out = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      out.add(varies.get(i) ? b.chained(p.get(i), cotangent) : null);
    }
    return out;
  }

  /** This entry applied to {@code a} when other entries define it, or null for a primitive of the IR. */
  Value definition(Builder b, List<Value> a) {
    return null;
  }

  /** The {@code Math} function of this name and arity, if there is one the product supports. */
  public static Primitive mathFunction(String name, int arity) {
    return staticMethod("java.lang.Math", name, arity);
  }

  /**
   * The static method of the class of this qualified name, of this name and arity, if the table has it for calls in
   * user code: an entry without any derivative ({@code tetragamma}, there only as trigamma's) is not one, so that such
   * a call is a library call, kept as written.
   */
  public static Primitive staticMethod(String qualifiedClass, String name, int arity) {
    Primitive p = declared(qualifiedClass, name, arity);
    return p != null && p.differentiableOrder > 0 ? p : null;
  }

  /** The entry of the static method of the class of this qualified name, of this name and arity, if there is one. */
  private static Primitive declared(String qualifiedClass, String name, int arity) {
    return Arrays.stream(values())
        .filter(p -> p.spelling.isDeclaredBy(qualifiedClass) && p.symbol.equals(name) && p.arity() == arity)
        .findFirst()
        .orElse(null);
  }

  /** The entry of a function of one double of {@code dev.nabla.SpecialFunctions}, by name. */
  private static Primitive specialFunction(String name) {
    return declared(Spelling.SPECIAL_FUNCTIONS_CLASS, name, 1);
  }

  /** The result type of this primitive applied to arguments of the given types. */
  public Type resultType(List<Type> args) {
    return typing.of(args);
  }

  /** Evaluates this primitive on constants of the given result type, as Java would; null to leave it to run time. */
  public Object fold(List<Object> args, Type resultType) {
    return fold.apply(args, resultType);
  }

  /** The derivative of a {@code Math} function of one argument, built from its argument x and its value y. */
  @FunctionalInterface
  private interface Derivative {
    Value at(Builder b, Value x, Value y);

    /**
     * Another entry of the same argument: {@code sin' = cos}, {@code sinh' = cosh}. It is named by its {@code Math}
     * spelling, because it may be declared later, and javac rejects a forward reference to it.
     */
    static Derivative of(String function) {
      return (b, x, y) -> b.prim(mathFunction(function, 1), x);
    }

    /** Another function of {@code dev.nabla.SpecialFunctions} of the same argument: {@code logGamma' = digamma}. */
    static Derivative special(String function) {
      return (b, x, y) -> b.prim(specialFunction(function), x);
    }

    /** Another entry of the same argument, negated: {@code cos' = -sin}. */
    static Derivative minus(String function) {
      return (b, x, y) -> b.prim(NEG, b.prim(mathFunction(function, 1), x));
    }
  }

  private static Value orZero(Builder b, Value v) {
    return v == null ? b.zero() : v;
  }

  /** e^(−x²), whose multiple is the derivative of erf and erfc. */
  private static Value gaussian(Builder b, Value x) {
    return b.prim(EXP, b.prim(NEG, b.prim(MUL, x, x)));
  }

  /**
   * √(1 − x²), with 1 − x² as (1 − x)(1 + x) where x² ≥ ¼, since near ±1, 1 − x·x cancels the digits of the rounded
   * square, and as 1 − x·x below, where its derivative −2x keeps the digits that of (1 − x)(1 + x) would cancel.
   */
  private static Value sqrtOneMinusSquare(Builder b, Value x) {
    Value square = square(b, x);
    return b.prim(SQRT, b.prim(SELECT, b.prim(LT, square, b.constant(0.25)), b.prim(SUB, b.one(), square),
        b.prim(MUL, b.prim(SUB, b.one(), x), b.prim(ADD, b.one(), x))));
  }

  /** v/(x² + y²) as (v/r)/r with r = hypot(x, y), which overflows and underflows only where the quotient does. */
  private static Value overSquaredHypot(Builder b, Value v, Value x, Value y) {
    Value r = b.prim(HYPOT, x, y);
    return b.prim(DIV, b.prim(DIV, v, r), r);
  }

  private static Value square(Builder b, Value x) {
    return b.prim(MUL, x, x);
  }

  /**
   * sech x from m = |x|: 1/cosh m below 20, whose derivative −sinh m/cosh² m keeps its digits near 0, and 2e^−m from
   * 20 on (equal to rounding there), whose derivative cannot overflow where sinh m, or its product with the tangent of
   * m, does (m > 355): there 1/cosh m's derivative would be 0·∞.
   */
  private static Value sech(Builder b, Value x) {
    Value m = b.prim(ABS, x);
    return b.prim(SELECT, b.prim(LT, m, b.constant(20.0)), b.prim(DIV, b.one(), b.prim(COSH, m)),
        b.prim(MUL, b.constant(2.0), b.prim(EXP, b.prim(NEG, m))));
  }

  /** Partials of max/min: all to the argument that wins strictly, half to each on a tie. */
  private static List<Value> evenSplit(Builder b, Value firstWins, List<Value> a) {
    Value tie = b.prim(EQ, a.get(0), a.get(1));
    Value first = b.prim(SELECT, firstWins, b.one(), b.prim(SELECT, tie, b.constant(0.5), b.zero()));
    return List.of(first, b.prim(SUB, b.one(), first));
  }
}
