package dev.nabla.processor.fuzz;

import dev.nabla.processor.fuzz.Ast.Method;
import dev.nabla.processor.fuzz.Ast.Program;
import dev.nabla.processor.fuzz.Differential.Check;
import dev.nabla.processor.fuzz.Differential.Verdict;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;

/**
 * Decides a point where the generated methods and the double oracle disagree, by the high-precision oracle
 * ({@link Interpreter#inHighPrecision}) at the same doubles: the point is ill-conditioned, and skipped, if Java's own
 * value of f differs from the exact one by more than rounding; otherwise the generated results are compared with the
 * exact ones, and pass if they agree (the double oracle was the one off) or mismatch if they do not.
 */
final class Referee {
  /**
   * How far Java's value of f may be from the exact one, relative to max(1, |f|), and still be rounding only. The
   * generated programs compute f in at most a few thousand roundings of values of order 1 (coordinates in [−2, 2],
   * loops damped), each off by at most 2⁻⁵³ ≈ 1.1e-16 of its result: unamplified, they add up to about 1e-13. Beyond
   * 1e-12, the program amplifies rounding, and double-precision derivatives, nabla's and the double oracle's alike,
   * carry that amplification times the derivatives' own, so that double precision does not determine them to the
   * comparison's 1e-7.
   */
  static final double ROUNDING = 1e-12;
  static final String ILL_CONDITIONED = "ill-conditioned: Java's value of f differs from the exact one by more than "
      + "rounding";
  static final String DERIVATIVES_OVERFLOW = "intermediate derivatives beyond double's range: a generated result is "
      + "not finite where the exact one is, and an intermediate value's exact derivatives exceed double's range";
  static final String ORACLE_ROUNDING = "oracle rounding: the double oracle was off, the generated results agree with "
      + "the exact ones";
  static final String UNDECIDED = "the high-precision oracle could not run here: ";

  private Referee() {}

  /**
   * The verdict on {@code prog} at {@code point} (described as {@code at}), where the generated methods returned
   * {@code generated} (see {@link Comparisons#generated}), which differ from the double oracle as {@code bad} says.
   */
  static Check decide(Program prog, Object[] point, String at, Map<String, double[]> generated, String bad) {
    Method main = prog.main();
    int n = Differential.dimension(main);
    double[] java = generated.get(Comparisons.VALUE);
    Interpreter<FieldDerivativeStructure<Dfp>> in = Interpreter.inHighPrecision(prog, n);
    Reference exact;
    try {
      exact = Reference.of(in, in.run(Differential.copy(point)), n);
    } catch (RuntimeException e) {
      return new Check(Verdict.MISMATCH, "at " + at + ":\n" + bad + UNDECIDED + e);
    }
    for (int i = 0; i < java.length; i++) {
      double e = exact.values()[i];
      if (!(Math.abs(java[i] - e) <= ROUNDING * Math.max(1, Math.abs(e)))) {
        return new Check(Verdict.SKIP, ILL_CONDITIONED + String.format(Locale.ROOT, " (output %d: Java %s, exact %s)",
            i, java[i], e));
      }
    }
    String wrong = Comparisons.differences(Comparisons.expected(main, exact, java), generated);
    if (wrong.isEmpty()) {
      return new Check(Verdict.PASS, ORACLE_ROUNDING);
    }
    boolean notFinite = generated.values().stream().flatMapToDouble(Arrays::stream).anyMatch(v -> !Double.isFinite(v));
    return in.derivativesOverflowed && notFinite ? new Check(Verdict.SKIP, DERIVATIVES_OVERFLOW)
        : new Check(Verdict.MISMATCH, "at " + at + " (against the high-precision oracle):\n" + wrong);
  }
}
