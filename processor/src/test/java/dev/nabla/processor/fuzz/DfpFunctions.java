package dev.nabla.processor.fuzz;

import dev.nabla.SpecialFunctions;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.dfp.DfpField;

/**
 * The runtime's special functions in {@link Dfp} arithmetic, which Hipparchus lacks, from formulas without cancellation
 * (or with digits added for it), so that each is exact to the field's precision: erf and erfc from erf's series of
 * positive terms, the normal quantile by Newton's method on the normal cdf, ln Γ from Stirling's series.
 */
final class DfpFunctions {
  /** B₂ₖ / (2k (2k − 1)) for k = 1 … 12, as numerator and denominator: the coefficients of Stirling's series. */
  private static final long[][] STIRLING = {{1, 12}, {-1, 360}, {1, 1260}, {-1, 1680}, {1, 1188}, {-691, 360360},
      {1, 156}, {-3617, 122400}, {43867, 244188}, {-174611, 125400}, {77683, 5796}, {-236364091, 1506960}};
  /** Where Stirling's series starts: its 13th term is below 1e-38 for z ≥ 40. */
  private static final double STIRLING_FROM = 40;
  private final DfpField field;
  private final Dfp twoOverSqrtPi;

  DfpFunctions(DfpField field) {
    this.field = field;
    this.twoOverSqrtPi = field.getTwo().divide(field.getPi().sqrt());
  }

  /** erf(x), with erf′ = 2/√π e^(−x²) and erf″ = −2x erf′. */
  FieldDerivativeStructure<Dfp> erf(FieldDerivativeStructure<Dfp> x) {
    Dfp v = x.getValue();
    Dfp first = gaussian(v);
    return x.compose(erf(v), first, first.multiply(v).multiply(-2));
  }

  /** erfc(x) = 1 − erf(x), with its derivatives erf's negated. */
  FieldDerivativeStructure<Dfp> erfc(FieldDerivativeStructure<Dfp> x) {
    Dfp v = x.getValue();
    Dfp first = gaussian(v).negate();
    return x.compose(erfc(v), first, first.multiply(v).multiply(-2));
  }

  /** Φ(x) = erfc(−x/√2)/2. */
  FieldDerivativeStructure<Dfp> normalCdf(FieldDerivativeStructure<Dfp> x) {
    return erfc(x.negate().divide(field.getTwo().sqrt())).multiply(0.5);
  }

  /** φ(x) = e^(−x²/2)/√(2π). */
  FieldDerivativeStructure<Dfp> normalPdf(FieldDerivativeStructure<Dfp> x) {
    return x.multiply(x).multiply(-0.5).exp().divide(field.getPi().multiply(2).sqrt());
  }

  /**
   * Φ⁻¹(p), from the runtime's double value by four Newton steps on Φ(q) = p (each doubles the digits); its derivatives
   * are 1/φ(q) and q/φ(q)².
   */
  FieldDerivativeStructure<Dfp> normalQuantile(FieldDerivativeStructure<Dfp> p) {
    Dfp q = field.newDfp(SpecialFunctions.normalQuantile(p.getReal()));
    for (int step = 0; step < 4; step++) {
      q = q.subtract(normalCdf(q).subtract(p.getValue()).divide(normalPdf(q)));
    }
    Dfp pdf = normalPdf(q);
    return p.compose(q, pdf.reciprocal(), q.divide(pdf.multiply(pdf)));
  }

  /**
   * ln |Γ(x)|: ln Γ(z) − ln |x (x + 1) ⋯ (z − 1)| with z = x + k ≥ 40, and ln Γ(z) from Stirling's series
   * (z − ½) ln z − z + ½ ln 2π + Σ B₂ₖ / (2k (2k − 1) z^(2k−1)), computed on x's derivative structure.
   */
  FieldDerivativeStructure<Dfp> logGamma(FieldDerivativeStructure<Dfp> x) {
    FieldDerivativeStructure<Dfp> product = x.getField().getOne();
    FieldDerivativeStructure<Dfp> z = x;
    while (z.getReal() < STIRLING_FROM) {
      product = product.multiply(z);
      z = z.add(1);
    }
    FieldDerivativeStructure<Dfp> inverse = z.reciprocal();
    FieldDerivativeStructure<Dfp> inverseSquared = inverse.multiply(inverse);
    FieldDerivativeStructure<Dfp> power = inverse;
    FieldDerivativeStructure<Dfp> series = z.subtract(0.5).multiply(z.log()).subtract(z)
        .add(field.getPi().multiply(2).log().divide(2));
    for (long[] c : STIRLING) {
      series = series.add(power.multiply(field.newDfp(c[0]).divide(field.newDfp(c[1]))));
      power = power.multiply(inverseSquared);
    }
    return series.subtract(product.abs().log());
  }

  /** Φ(q) of a number. */
  private Dfp normalCdf(Dfp q) {
    return erfc(q.negate().divide(field.getTwo().sqrt())).divide(2);
  }

  /** φ(q) of a number. */
  private Dfp normalPdf(Dfp q) {
    return q.multiply(q).negate().divide(2).exp().divide(field.getPi().multiply(2).sqrt());
  }

  /** 2/√π e^(−x²), erf′(x). */
  private Dfp gaussian(Dfp x) {
    return twoOverSqrtPi.multiply(x.multiply(x).negate().exp());
  }

  /** erf(x) = 2/√π e^(−x²) Σ 2ⁿ x^(2n+1) / (1·3·5 ⋯ (2n + 1)): the terms all have x's sign, so none cancels. */
  private static Dfp erf(Dfp x) {
    if (x.isNaN() || x.isInfinite()) {
      throw new ArithmeticException("erf(" + x + ")");
    }
    Dfp twiceSquare = x.multiply(x).multiply(2);
    Dfp term = x;
    Dfp sum = x;
    for (int n = 1; ; n++) {
      term = term.multiply(twiceSquare).divide(x.newInstance(2 * n + 1)); // Dfp.divide(int) takes one digit only
      Dfp next = sum.add(term);
      if (next.equals(sum)) {
        break;
      }
      sum = next;
    }
    Dfp two = x.getField().getTwo();
    return sum.multiply(two.divide(x.getField().getPi().sqrt())).multiply(x.multiply(x).negate().exp());
  }

  /**
   * erfc(x) = 1 − erf(x): for x > 0, where erfc(x) is about e^(−x²), computed with x²/ln 10 digits more and rounded
   * back, so that the cancellation costs none of the field's digits.
   */
  private Dfp erfc(Dfp x) {
    if (x.getReal() <= 0) {
      return field.getOne().subtract(erf(x));
    }
    double square = x.getReal() * x.getReal();
    DfpField wider = new DfpField(field.getRadixDigits() * 4 + (int) (square / Math.log(10)) + 10);
    Dfp complement = wider.getOne().subtract(erf(wider.newDfp(x.toString())));
    return field.newDfp(complement.toString());
  }
}
