package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.Fn;
import java.util.Arrays;
import java.util.List;
import org.hipparchus.analysis.differentiation.FDSFactory;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/**
 * Hipparchus {@link FieldDerivativeStructure} arithmetic of order 2 over {@link Dfp} numbers of {@link #DIGITS} decimal
 * digits: each primitive exactly as mathematics defines it (the special functions from {@link DfpFunctions}), so that
 * a program's values and derivatives are those of exact arithmetic up to about 1e-35, and the values Java's libraries
 * round are not taken. The discrete functions (floor, signum, ulp, nextUp, …) and the choices of max, min and clamp
 * follow Java's double value of their argument. It reports no margins: the points it sees are those the double oracle
 * found smooth.
 */
final class DfpArithmetic implements Arithmetic<FieldDerivativeStructure<Dfp>> {
  /** Decimal digits of the numbers. */
  static final int DIGITS = 40;
  private final FDSFactory<Dfp> factory;
  private final DfpFunctions functions;

  DfpArithmetic(int variables) {
    DfpField field = new DfpField(DIGITS);
    this.factory = new FDSFactory<>(field, variables, 2);
    this.functions = new DfpFunctions(field);
  }

  @Override
  public FieldDerivativeStructure<Dfp> constant(double value) {
    return factory.constant(value);
  }

  @Override
  public FieldDerivativeStructure<Dfp> variable(int index, double value) {
    return factory.variable(index, value);
  }

  @Override
  public FieldDerivativeStructure<Dfp> call(Fn call, List<FieldDerivativeStructure<Dfp>> args,
      PrimitiveOracle.Margins margins) {
    FieldDerivativeStructure<Dfp> x = args.get(0);
    double v = x.getReal();
    return switch (call.fn()) {
      case SIN -> x.sin();
      case COS -> x.cos();
      case TAN -> x.tan();
      case ASIN -> x.asin();
      case ACOS -> x.acos();
      case ATAN -> x.atan();
      case ATAN2 -> x.atan2(args.get(1));
      case SINH -> x.sinh();
      case COSH -> x.cosh();
      case TANH -> x.tanh();
      case EXP -> x.exp();
      case EXPM1 -> x.expm1();
      case LOG -> x.log();
      case LOG10 -> x.log().divide(factory.getValueField().getZero().newInstance(10).log());
      case LOG1P -> x.log1p();
      case SQRT -> x.sqrt();
      case CBRT -> x.abs().rootN(3).copySign(x);
      case POW -> x.pow(args.get(1));
      case HYPOT -> x.hypot(args.get(1));
      case FMA -> x.multiply(args.get(1)).add(args.get(2));
      case ABS -> x.abs();
      case MAX -> v >= args.get(1).getReal() ? x : args.get(1);
      case MIN -> v <= args.get(1).getReal() ? x : args.get(1);
      case CLAMP -> v < args.get(1).getReal() ? args.get(1) : v > args.get(2).getReal() ? args.get(2) : x;
      case COPY_SIGN -> x.copySign(args.get(1));
      case NEXT_UP -> x.add(Math.nextUp(v) - v);
      case NEXT_DOWN -> x.add(Math.nextDown(v) - v);
      case NEXT_AFTER -> x.add(Math.nextAfter(v, args.get(1).getReal()) - v);
      case SIGNUM -> constant(Math.signum(v));
      case FLOOR -> constant(Math.floor(v));
      case CEIL -> constant(Math.ceil(v));
      case RINT -> constant(Math.rint(v));
      case ULP -> constant(Math.ulp(v));
      case TO_RADIANS -> x.multiply(x.getPi().divide(180));
      case TO_DEGREES -> x.multiply(180).divide(x.getPi());
      case ERF -> functions.erf(x);
      case ERFC -> functions.erfc(x);
      case NORMAL_CDF -> functions.normalCdf(x);
      case NORMAL_PDF -> functions.normalPdf(x);
      case NORMAL_QUANTILE -> functions.normalQuantile(x);
      case LOG_GAMMA -> functions.logGamma(x);
      case LOGISTIC -> x.negate().exp().add(1).reciprocal();
      case SOFTPLUS -> x.exp().log1p();
      default -> throw new UnsupportedOperationException("no high-precision rule for " + call.fn().symbol());
    };
  }

  /** {@code computed}: a higher precision keeps its own value. */
  @Override
  public FieldDerivativeStructure<Dfp> exact(FieldDerivativeStructure<Dfp> computed, double java) {
    return computed;
  }

  @Override
  public double partial(FieldDerivativeStructure<Dfp> d, int[] orders) {
    return d.getPartialDerivative(orders).getReal();
  }

  @Override
  public double[] all(FieldDerivativeStructure<Dfp> d) {
    return Arrays.stream(d.getAllDerivatives()).mapToDouble(Dfp::getReal).toArray();
  }
}
