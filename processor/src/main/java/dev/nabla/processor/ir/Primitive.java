package dev.nabla.processor.ir;

import java.util.Arrays;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * Every primitive operation, each in one entry: its Java spelling, its value on constants (for folding) and its partial
 * derivatives ∂result/∂argᵢ built as IR.
 *
 * <p>Both differentiation modes use the partials: the tangent rule is ẏ = Σ ∂ᵢ·ẋᵢ and the adjoint rule is
 * x̄ᵢ += ∂ᵢ·ȳ. Because partials are themselves IR built from primitives, they differentiate again (forward over
 * reverse, for Hessians). Kink conventions: {@code abs'(0) = 0}; {@code max} and {@code min} split the derivative
 * evenly between equal arguments; {@code signum}, {@code floor}, {@code ceil}, {@code rint} and casts have zero
 * derivative.
 */
public enum Primitive {
  ADD("+", 2, true),
  SUB("-", 2, true),
  MUL("*", 2, true),
  DIV("/", 2, true),
  REM("%", 2, true),
  NEG("-", 1, true),
  SIN("sin", Math::sin, true),
  COS("cos", Math::cos, true),
  TAN("tan", Math::tan, true),
  ASIN("asin", Math::asin, true),
  ACOS("acos", Math::acos, true),
  ATAN("atan", Math::atan, true),
  ATAN2("atan2", Math::atan2, true),
  SINH("sinh", Math::sinh, true),
  COSH("cosh", Math::cosh, true),
  TANH("tanh", Math::tanh, true),
  EXP("exp", Math::exp, true),
  EXPM1("expm1", Math::expm1, true),
  LOG("log", Math::log, true),
  LOG10("log10", Math::log10, true),
  LOG1P("log1p", Math::log1p, true),
  SQRT("sqrt", Math::sqrt, true),
  CBRT("cbrt", Math::cbrt, true),
  POW("pow", Math::pow, true),
  HYPOT("hypot", Math::hypot, true),
  ABS("abs", 1, true),
  MAX("max", 2, true),
  MIN("min", 2, true),
  SIGNUM("signum", Math::signum, false),
  FLOOR("floor", Math::floor, false),
  CEIL("ceil", Math::ceil, false),
  RINT("rint", Math::rint, false),
  LT("<", 2, false),
  LE("<=", 2, false),
  GT(">", 2, false),
  GE(">=", 2, false),
  EQ("==", 2, false),
  NE("!=", 2, false),
  NOT("!", 1, false),
  AND("&&", 2, false),
  OR("||", 2, false),
  /** {@code cond ? a : b} on values already computed. */
  SELECT("?:", 3, true),
  TO_DOUBLE("(double)", 1, false),
  TO_INT("(int)", 1, false),
  TO_LONG("(long)", 1, false);

  private final String symbol;
  private final int arity;
  private final DoubleUnaryOperator unary;
  private final DoubleBinaryOperator binary;
  private final boolean differentiable;

  Primitive(String symbol, int arity, boolean differentiable) {
    this.symbol = symbol;
    this.arity = arity;
    this.unary = null;
    this.binary = null;
    this.differentiable = differentiable;
  }

  Primitive(String mathName, DoubleUnaryOperator f, boolean differentiable) {
    this.symbol = mathName;
    this.arity = 1;
    this.unary = f;
    this.binary = null;
    this.differentiable = differentiable;
  }

  Primitive(String mathName, DoubleBinaryOperator f, boolean differentiable) {
    this.symbol = mathName;
    this.arity = 2;
    this.unary = null;
    this.binary = f;
    this.differentiable = differentiable;
  }

  /** The operator symbol, or the {@code Math} method name for functions. */
  public String symbol() {
    return symbol;
  }

  public int arity() {
    return arity;
  }

  /** Whether this is a {@code java.lang.Math} function (emitted as {@code Math.name(args)}). */
  public boolean isMathFunction() {
    return unary != null || binary != null || this == ABS || this == MAX || this == MIN;
  }

  /** Whether computing it costs far more than arithmetic: the transcendental functions, roots, powers and hypot. */
  public boolean isCostly() {
    return switch (this) {
      case SIN, COS, TAN, ASIN, ACOS, ATAN, ATAN2, SINH, COSH, TANH, EXP, EXPM1, LOG, LOG10, LOG1P, SQRT, CBRT, POW,
          HYPOT -> true;
      default -> false;
    };
  }

  /** Whether the result may have a nonzero derivative; false for comparisons, casts and step functions. */
  public boolean isDifferentiable() {
    return differentiable;
  }

  /**
   * The partial derivatives ∂y/∂aᵢ of {@code y = this(a…)}, built as IR with {@code b}: the one rule per primitive
   * from which both the tangent and the adjoint follow.
   */
  public List<Value> partials(Builder b, List<Value> a, Value y) {
    switch (this) {
      case ADD:
        return List.of(b.one(), b.one());
      case SUB:
        return List.of(b.one(), b.constant(-1.0));
      case MUL:
        return List.of(a.get(1), a.get(0));
      case DIV:
        return List.of(b.prim(DIV, b.one(), a.get(1)), b.prim(NEG, b.prim(DIV, y, a.get(1))));
      case REM:
        return List.of(b.one(),
      b.prim(NEG, b.prim(RINT, b.prim(DIV, b.prim(SUB, a.get(0), y), a.get(1)))));
      case NEG:
        return List.of(b.constant(-1.0));
      case SIN:
        return List.of(b.prim(COS, a.get(0)));
      case COS:
        return List.of(b.prim(NEG, b.prim(SIN, a.get(0))));
      case TAN:
        return List.of(b.prim(ADD, b.one(), b.prim(MUL, y, y)));
      case ASIN:
        return List.of(b.prim(DIV, b.one(), sqrtOneMinusSquare(b, a.get(0))));
      case ACOS:
        return List.of(b.prim(NEG, b.prim(DIV, b.one(), sqrtOneMinusSquare(b, a.get(0)))));
      case ATAN:
        return List.of(b.prim(DIV, b.one(), b.prim(ADD, b.one(), b.prim(MUL, a.get(0), a.get(0)))));
      case ATAN2: {
        Value r2 = b.prim(ADD, b.prim(MUL, a.get(0), a.get(0)), b.prim(MUL, a.get(1), a.get(1)));
        return List.of(b.prim(DIV, a.get(1), r2), b.prim(NEG, b.prim(DIV, a.get(0), r2)));
      }
      case SINH:
        return List.of(b.prim(COSH, a.get(0)));
      case COSH:
        return List.of(b.prim(SINH, a.get(0)));
      case TANH:
        return List.of(b.prim(SUB, b.one(), b.prim(MUL, y, y)));
      case EXP:
        return List.of(y);
      case EXPM1:
        return List.of(b.prim(ADD, y, b.one()));
      case LOG:
        return List.of(b.prim(DIV, b.one(), a.get(0)));
      case LOG10:
        return List.of(b.prim(DIV, b.constant(1 / Math.log(10)), a.get(0)));
      case LOG1P:
        return List.of(b.prim(DIV, b.one(), b.prim(ADD, b.one(), a.get(0))));
      case SQRT:
        return List.of(b.prim(DIV, b.constant(0.5), y));
      case CBRT:
        return List.of(b.prim(DIV, b.one(), b.prim(MUL, b.constant(3.0), b.prim(MUL, y, y))));
      case POW:
        // exact at the special points: (x^0)' = 0 even at x = 0, and ∂(0^e)/∂e = 0 for e > 0 (where y = 0)
        return List.of(
            b.prim(SELECT, b.prim(EQ, a.get(1), b.zero()), b.zero(),
                b.prim(MUL, a.get(1), b.prim(POW, a.get(0), b.prim(SUB, a.get(1), b.one())))),
            b.prim(SELECT, b.prim(EQ, y, b.zero()), b.zero(), b.prim(MUL, y, b.prim(LOG, a.get(0)))));
      case HYPOT:
        return List.of(b.prim(DIV, a.get(0), y), b.prim(DIV, a.get(1), y));
      case ABS:
        return List.of(b.prim(SIGNUM, a.get(0)));
      case MAX:
        return evenSplit(b, b.prim(GT, a.get(0), a.get(1)), a);
      case MIN:
        return evenSplit(b, b.prim(LT, a.get(0), a.get(1)), a);
      case SELECT:
        return List.of(b.zero(),
      b.prim(SELECT, a.get(0), b.one(), b.zero()), b.prim(SELECT, a.get(0), b.zero(), b.one()));
      default:
        throw new IllegalStateException(this + " has zero derivative");
    }
  }

  /**
   * The tangent ẏ of {@code y = this(a…)} from the arguments' tangents ({@code null} where an argument does not vary):
   * Σ ∂ᵢ·ẋᵢ, except that {@code ?:} selects the tangent of the branch taken (so an untaken branch cannot leak NaN) and
   * {@code pow} ignores a zero exponent tangent (so a negative base's undefined ∂/∂exponent cannot leak either).
   */
  public Value tangent(Builder b, List<Value> a, Value y, List<Value> tangents) {
    if (this == SELECT) {
      return b.prim(SELECT, a.get(0), orZero(b, tangents.get(1)), orZero(b, tangents.get(2)));
    }
    List<Value> p = partials(b, a, y);
    Value t = b.zero();
    for (int i = 0; i < a.size(); i++) {
      if (tangents.get(i) == null) {
        continue;
      }
      Value term = b.prim(MUL, p.get(i), tangents.get(i));
      if (this == POW && i == 1) {
        term = b.prim(SELECT, b.prim(EQ, tangents.get(i), b.zero()), b.zero(), term);
      }
      t = b.prim(ADD, t, term);
    }
    return t;
  }

  /**
   * The contributions to the arguments' adjoints from the result's adjoint ȳ: ∂ᵢ·ȳ, except that {@code ?:} passes ȳ
   * to the branch taken only. Entries for arguments that do not vary ({@code varies} false) are null.
   */
  public List<Value> adjoints(Builder b, List<Value> a, Value y, Value cotangent, List<Boolean> varies) {
    List<Value> out = new java.util.ArrayList<>();
    if (this == SELECT) {
      out.add(null);
      out.add(varies.get(1) ? b.prim(SELECT, a.get(0), cotangent, b.zero()) : null);
      out.add(varies.get(2) ? b.prim(SELECT, a.get(0), b.zero(), cotangent) : null);
      return out;
    }
    List<Value> p = partials(b, a, y);
    for (int i = 0; i < a.size(); i++) {
      out.add(varies.get(i) ? b.prim(MUL, p.get(i), cotangent) : null);
    }
    return out;
  }

  private static Value orZero(Builder b, Value v) {
    return v == null ? b.zero() : v;
  }

  /** The {@code Math} function of this name and arity, if there is one the product supports. */
  public static Primitive mathFunction(String name, int arity) {
    return Arrays.stream(values())
        .filter(p -> p.isMathFunction() && p.symbol.equals(name) && p.arity == arity)
        .findFirst()
        .orElse(null);
  }

  /** The result type of this primitive applied to arguments of the given types. */
  public Type resultType(List<Type> args) {
    return switch (this) {
      case LT, LE, GT, GE, EQ, NE, NOT, AND, OR -> Type.BOOLEAN;
      case TO_DOUBLE -> Type.DOUBLE;
      case TO_INT -> Type.INT;
      case TO_LONG -> Type.LONG;
      case SELECT -> args.get(1);
      case ADD, SUB, MUL, DIV, REM, MAX, MIN -> Type.promote(args.get(0), args.get(1));
      case NEG, ABS -> args.get(0);
      default -> Type.DOUBLE;
    };
  }

  /** Evaluates this primitive on constants of the given result type, as Java would. */
  public Object fold(List<Object> args, Type resultType) {
    if (this == SELECT) {
      return (Boolean) args.get(0) ? args.get(1) : args.get(2);
    }
    if (this == NOT) {
      return !(Boolean) args.get(0);
    }
    if (this == AND || this == OR) {
      boolean x = (Boolean) args.get(0);
      boolean z = (Boolean) args.get(1);
      return this == AND ? x && z : x || z;
    }
    if (args.get(0) instanceof Boolean x) {
      boolean z = (Boolean) args.get(1);
      return this == EQ ? x == z : x != z;
    }
    Type operands = args.size() == 1 ? typeOf(args.get(0)) : Type.promote(typeOf(args.get(0)), typeOf(args.get(1)));
    switch (this) {
      case TO_DOUBLE:
        return ((Number) args.get(0)).doubleValue();
      case TO_INT:
        return ((Number) args.get(0)).intValue();
      case TO_LONG:
        return ((Number) args.get(0)).longValue();
      case LT, LE, GT, GE, EQ, NE:
        return compare(args, operands);
      default:
        break;
    }
    if (operands == Type.DOUBLE) {
      double x = ((Number) args.get(0)).doubleValue();
      double z = args.size() > 1 ? ((Number) args.get(1)).doubleValue() : 0;
      return switch (this) {
        case ADD -> x + z;
        case SUB -> x - z;
        case MUL -> x * z;
        case DIV -> x / z;
        case REM -> x % z;
        case NEG -> -x;
        case ABS -> Math.abs(x);
        case MAX -> Math.max(x, z);
        case MIN -> Math.min(x, z);
        default -> unary != null ? unary.applyAsDouble(x) : binary.applyAsDouble(x, z);
      };
    }
    long x = ((Number) args.get(0)).longValue();
    long z = args.size() > 1 ? ((Number) args.get(1)).longValue() : 0;
    if ((this == DIV || this == REM) && z == 0) {
      return null; // leave the division by zero to run time, where Java throws
    }
    long r = switch (this) {
      case ADD -> x + z;
      case SUB -> x - z;
      case MUL -> x * z;
      case DIV -> x / z;
      case REM -> x % z;
      case NEG -> -x;
      case ABS -> Math.abs(x);
      case MAX -> Math.max(x, z);
      case MIN -> Math.min(x, z);
      default -> throw new IllegalStateException(this + " on integers");
    };
    return resultType == Type.INT ? (Object) (int) r : (Object) r;
  }

  private Boolean compare(List<Object> args, Type operands) {
    int c;
    if (operands == Type.DOUBLE) {
      double x = ((Number) args.get(0)).doubleValue();
      double z = ((Number) args.get(1)).doubleValue();
      return switch (this) {
        case LT -> x < z;
        case LE -> x <= z;
        case GT -> x > z;
        case GE -> x >= z;
        case EQ -> x == z;
        default -> x != z;
      };
    }
    c = Long.compare(((Number) args.get(0)).longValue(), ((Number) args.get(1)).longValue());
    return switch (this) {
      case LT -> c < 0;
      case LE -> c <= 0;
      case GT -> c > 0;
      case GE -> c >= 0;
      case EQ -> c == 0;
      default -> c != 0;
    };
  }

  private static Type typeOf(Object constant) {
    return constant instanceof Double ? Type.DOUBLE : constant instanceof Long ? Type.LONG : Type.INT;
  }

  private static Value sqrtOneMinusSquare(Builder b, Value x) {
    return b.prim(Primitive.SQRT, b.prim(Primitive.SUB, b.one(), b.prim(Primitive.MUL, x, x)));
  }

  /** Partials of max/min: all to the argument that wins strictly, half to each on a tie. */
  private static List<Value> evenSplit(Builder b, Value firstWins, List<Value> a) {
    Value tie = b.prim(EQ, a.get(0), a.get(1));
    Value first = b.prim(SELECT, firstWins, b.one(), b.prim(SELECT, tie, b.constant(0.5), b.zero()));
    return List.of(first, b.prim(SUB, b.one(), first));
  }
}
