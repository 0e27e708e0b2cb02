package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The referee's verdicts on points where the generated methods and the double oracle disagree: a long recurrence that
 * amplifies rounding is ill-conditioned (Java's own f is far from mpmath's), and where it is not, a derivative made
 * wrong by 1% is a mismatch while the right ones pass.
 */
class RefereeTest {
  private static final Object[] POINT = {0.4, 0.3};
  /**
   * x ← cos(3x + y) 40 times from (0.4, 0.3): value, gradient, Hessian (xx, xy, yy), from {@code /usr/bin/python3
   * processor/src/test/resources/fuzz/highprecision.py} (mpmath, 80 digits).
   */
  private static final String[] RECURRENCE = {"-3.34602210260148316241442558211664987e-1",
      "1.97965592394702139200495479281592878e+8", "-2.56964924020972289744730433139101091e+7",
      "5.11458602743655925145867974112233176e+16", "-6.63886480627520466609281688661995381e+15",
      "8.61742896107886461733276644231219585e+14"};

  @Test
  void aLongRecurrenceIsIllConditionedAndTheHighPrecisionOracleIsExactThere(@TempDir Path dir) throws IOException {
    Program p = recurrence(40);
    Interpreter<FieldDerivativeStructure<Dfp>> in = Interpreter.inHighPrecision(p, 2);
    FieldDerivativeStructure<Dfp> exact = in.outputs(in.run(POINT)).get(0);
    int[][] orders = {{0, 0}, {1, 0}, {0, 1}, {2, 0}, {1, 1}, {0, 2}};
    for (int k = 0; k < orders.length; k++) {
      Dfp entry = exact.getPartialDerivative(orders[k]);
      Dfp mpmath = entry.newInstance(RECURRENCE[k]);
      assertTrue(entry.subtract(mpmath).abs().lessThan(mpmath.abs().multiply(entry.newInstance("1e-25"))),
          Arrays.toString(orders[k]) + ": " + entry + ", mpmath " + mpmath);
    }
    Class<?>[] classes = compiled(dir, p);
    double java = (double) Differential.invoke(classes[0], "f", POINT);
    double mpmath = Double.parseDouble(RECURRENCE[0]);
    assertTrue(Math.abs(java - mpmath) > Referee.ROUNDING, "Java's f " + java + " is within rounding of " + mpmath);
    Differential.Check c = Referee.decide(p, POINT, "", generated(classes, p, java), "");
    assertEquals(Differential.Verdict.SKIP, c.verdict(), c.detail());
    assertTrue(c.detail().startsWith(Referee.ILL_CONDITIONED), c.detail());
  }

  @Test
  void aWrongDerivativeIsAMismatchAndTheRightOnesPass(@TempDir Path dir) throws IOException {
    Program p = recurrence(3);
    Class<?>[] classes = compiled(dir, p);
    Map<String, double[]> right = generated(classes, p, (double) Differential.invoke(classes[0], "f", POINT));
    Differential.Check c = Referee.decide(p, POINT, "", right, "");
    assertEquals(new Differential.Check(Differential.Verdict.PASS, Referee.ORACLE_ROUNDING), c);
    for (String wrong : List.of("gradient", "Hessian", "Hessian-vector product", "allocating gradient")) {
      Map<String, double[]> mutated = new LinkedHashMap<>(right);
      mutated.put(wrong, Arrays.stream(right.get(wrong)).map(v -> 1.01 * v).toArray());
      Differential.Check m = Referee.decide(p, POINT, "", mutated, "");
      assertEquals(Differential.Verdict.MISMATCH, m.verdict(), wrong + ": " + m.detail());
      assertTrue(m.detail().contains(wrong + "["), m.detail());
    }
  }

  /** The original and derivatives classes of {@code p}, compiled with the processor. */
  static Class<?>[] compiled(Path dir, Program p) throws IOException {
    String name = "Program" + p.id();
    FuzzCompiler.Outcome o = FuzzCompiler.compile(dir.resolve(name), name, Fuzzer.source(p, name));
    assertTrue(o.ok() && o.nabla().isEmpty(), o.log());
    return new Class<?>[] {Fuzzer.load(o.loader(), name), Fuzzer.load(o.loader(), name + "Derivatives")};
  }

  private static Map<String, double[]> generated(Class<?>[] classes, Program p, double java) {
    return Comparisons.generated(p.main(), classes[1], POINT, new double[] {java});
  }

  /** {@code double f(double x, double y)}: x ← cos(3x + y) {@code steps} times, then x. */
  private static Program recurrence(int steps) {
    Expr step = new Fn(Primitive.COS, MathLibrary.MATH,
        List.of(new Bin('+', new Bin('*', new Num(3.0), new DVar("x")), new DVar("y"))));
    Stmt loop = new For("i", new IConst(0), new IConst(steps), new Block(List.of(new Assign("x", "=", step))));
    Method f = new Method("f", List.of(new Param(Kind.D, "x", false, 0, 0), new Param(Kind.D, "y", false, 0, 0)),
        false, new Block(List.of(loop, new Return(new DVar("x")))));
    return new Program(steps, List.of(f));
  }
}
