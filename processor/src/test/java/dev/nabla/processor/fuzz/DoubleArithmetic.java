package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.Fn;
import dev.nabla.processor.ir.Primitive;
import java.util.List;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.special.Gamma;

/**
 * Hipparchus {@link DerivativeStructure} arithmetic of order 2: the primitives' rules of {@link PrimitiveOracle}, with
 * the value the called library computes in place of Hipparchus's (they may differ in the last bits, as
 * {@code FastMath}'s and {@code Math}'s do), so that the oracle's values are the program's wherever its arithmetic is
 * exact.
 */
final class DoubleArithmetic implements Arithmetic<DerivativeStructure> {
  private final DSFactory factory;

  DoubleArithmetic(int variables) {
    this.factory = new DSFactory(variables, 2);
  }

  @Override
  public DerivativeStructure constant(double value) {
    return factory.constant(value);
  }

  @Override
  public DerivativeStructure variable(int index, double value) {
    return factory.variable(index, value);
  }

  @Override
  public DerivativeStructure call(Fn call, List<DerivativeStructure> args, PrimitiveOracle.Margins margins) {
    DerivativeStructure d = call.fn() == Primitive.LOG_GAMMA ? logGamma(args.get(0))
        : PrimitiveOracle.of(call.fn()).rule().apply(args, margins);
    double[] values = args.stream().mapToDouble(DerivativeStructure::getValue).toArray();
    return exact(d, Libraries.value(call.library(), call.fn(), values));
  }

  /** {@code computed} with the value Java computes exactly in its place, where both are finite. */
  @Override
  public DerivativeStructure exact(DerivativeStructure computed, double java) {
    double[] all = computed.getAllDerivatives();
    all[0] = java;
    return Double.isFinite(java) && Double.isFinite(computed.getValue()) ? factory.build(all) : computed;
  }

  @Override
  public double partial(DerivativeStructure d, int[] orders) {
    return d.getPartialDerivative(orders);
  }

  @Override
  public double[] all(DerivativeStructure d) {
    return d.getAllDerivatives();
  }

  /**
   * ln Γ(x) for x > 0 from Hipparchus's {@code Gamma}, with {@link #digamma} and Hipparchus's trigamma as its
   * derivatives anywhere (the primitive oracle's rule knows them at its table's points only).
   */
  private static DerivativeStructure logGamma(DerivativeStructure x) {
    double v = x.getValue();
    return x.compose(Gamma.logGamma(v), digamma(v), Gamma.trigamma(v));
  }

  /**
   * ψ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series to x⁻¹⁰ (error
   * below 1e-14). Hipparchus's {@code Gamma.digamma} is off by about 3e-9 (at 0.645 and at 49.5, against mpmath), which
   * the fuzzer found as a Hessian mismatch in which nabla was right.
   */
  private static double digamma(double x) {
    double shift = 0;
    double y = x;
    while (y < 10) {
      shift -= 1 / y;
      y++;
    }
    double inv = 1 / (y * y);
    return shift + Math.log(y) - 0.5 / y
        - inv * (1.0 / 12 - inv * (1.0 / 120 - inv * (1.0 / 252 - inv * (1.0 / 240 - inv / 132))));
  }
}
