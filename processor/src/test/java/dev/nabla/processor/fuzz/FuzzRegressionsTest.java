package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Minimal programs the differential fuzzer found and shrank (sources under {@code fixtures/fuzz/p}), kept as
 * regression tests. Compile failures (internal errors, generated code that did not compile): the processor must
 * differentiate the fixture without a diagnostic and the generated class must compile. Wrong derivatives: the
 * generated gradient must match central differences at the point the fuzzer found.
 */
class FuzzRegressionsTest {

  static Stream<String> compileFailures() {
    return Stream.of("FuzzFinding1", "FuzzFinding9", "FuzzFinding14", "FuzzFinding21", "FuzzFinding33", "FuzzFinding37",
        "FuzzFinding43", "FuzzFinding47", "FuzzFinding54", "FuzzFinding65", "FuzzWhileBreak",
        "FuzzFoldedTernary");
  }

  static FuzzCompiler.Outcome compile(Path dir, String name) throws IOException {
    String src = Files.readString(Path.of("src/test/resources/fixtures/fuzz/p", name + ".java"));
    return FuzzCompiler.compile(dir, name, src);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("compileFailures")
  void compilesAndDifferentiates(String name, @TempDir Path dir) throws IOException {
    FuzzCompiler.Outcome o = compile(dir, name);
    assertTrue(o.ok() && o.nabla().isEmpty(), name + ":\n" + o.log());
  }

  @Test
  void doWhileGradientMatchesFiniteDifferences(@TempDir Path dir) throws Exception {
    FuzzCompiler.Outcome o = compile(dir, "FuzzDoWhileGradient");
    assertTrue(o.ok(), o.log());
    Class<?> f = o.loader().loadClass("p.FuzzDoWhileGradient");
    Class<?> d = o.loader().loadClass("p.FuzzDoWhileGradientDerivatives");
    double[] p = {-0.367379, 1.498593, 0.473087, -1.665021, 1.108563, 1.079105, 1.41422, 1.129928, -0.609207,
        -1.350484};
    double[] g = new double[p.length];
    Differential.find(d, "fGradient", 5).invoke(null, args(p)[0], args(p)[1], args(p)[2], args(p)[3], g);
    double[] fd = new double[p.length];
    for (int i = 0; i < p.length; i++) {
      double h = 1e-6;
      double[] a = p.clone();
      double[] b = p.clone();
      a[i] += h;
      b[i] -= h;
      fd[i] = (value(f, a) - value(f, b)) / (2 * h);
    }
    for (int i = 0; i < p.length; i++) {
      assertTrue(Math.abs(fd[i] - g[i]) <= 1e-6 * Math.max(1, Math.abs(fd[i])),
          "gradient " + Arrays.toString(g) + "\n differs from central differences " + Arrays.toString(fd));
    }
  }

  private static Object[] args(double[] p) {
    return new Object[] {Arrays.copyOfRange(p, 0, 4),
        new double[][] {Arrays.copyOfRange(p, 4, 6), Arrays.copyOfRange(p, 6, 8)}, p[8], p[9]};
  }

  private static double value(Class<?> f, double[] p) throws Exception {
    Object[] a = args(p);
    return (double) Differential.find(f, "f", 4).invoke(null, a);
  }

  /**
   * Program 5563 of a 10,000-program run, shrunk: {@code n = cos(i/n)} iterated 75 × 3 times. ∂f/∂n is exactly 0 (the
   * first steps compute cos(0/n)), and the generated VJP is NaN: f's sensitivity to the intermediate n overflows, and
   * the reverse sweep multiplies that ∞ by the first step's zero. There Java's own value of f is far from the exact
   * one (the iteration amplifies rounding), so the point is skipped as ill-conditioned; over two outer steps it is
   * not, and every generated method matches the oracle.
   */
  @Test
  void aPointWhereRoundingDecidesTheResultIsSkippedAndOnlyThere(@TempDir Path dir) throws Exception {
    Object[] point = {2, 1.89538};
    Program chaotic = cosineIteration(75);
    Differential.Check c = check(dir, chaotic, point);
    assertEquals(Differential.Verdict.SKIP, c.verdict(), c.detail());
    assertTrue(c.detail().startsWith(Referee.ILL_CONDITIONED), c.detail());
    Differential.Check t = check(dir, cosineIteration(2), point);
    assertEquals(Differential.Verdict.PASS, t.verdict(), t.detail());
  }

  /**
   * Program 7045 of a 10,000-program run, shrunk further: {@code x = sin((i+1)·x·fma(x, y, i))} iterated 150 times,
   * then {@code erf} of a branch that picks 0, not x. The result does not depend on x, but x's own first and second
   * derivatives grow past double's range in the loop, and the Hessian's forward-over-reverse sweep multiplies them by
   * x's exact zero adjoint: NaN where the oracle, which never uses them, gives 0; x's exact derivatives, in the
   * high-precision oracle, exceed double's range as well. Such a point is skipped and counted;
   * over three steps the derivatives stay in range, and every generated method matches the oracle.
   */
  @Test
  void aPointWhereAnIntermediatesDerivativesOverflowIsSkippedAndOnlyThere(@TempDir Path dir) throws Exception {
    Object[] point = {1.399501, -1.474046, -0.822473};
    Differential.Check c = check(dir, sineIteration(150), point);
    assertEquals(Differential.Verdict.SKIP, c.verdict(), c.detail());
    assertEquals(Referee.DERIVATIVES_OVERFLOW, c.detail());
    Differential.Check t = check(dir, sineIteration(3), point);
    assertEquals(Differential.Verdict.PASS, t.verdict(), t.detail());
  }

  /**
   * Program 3479 of a 10,000-program run, shrunk: {@code w = tanh(fma(a, 1.0, 2k))} for k up to 600, so the last tanh
   * is taken at about 1200. tanh's second derivative there was NaN (the rule's 1/cosh x has the derivative
   * sinh/cosh², ∞/∞ once cosh overflows); it is 0, as the oracle's.
   */
  @Test
  void tanhAtAHugeArgumentHasAFiniteHessian(@TempDir Path dir) throws Exception {
    Expr last = new Fn(Primitive.TANH, MathLibrary.MATH, List.of(new Fn(Primitive.FMA, MathLibrary.MATH,
        List.of(new DVar("a"), new Num(1.0), new IntD(new IBin('*', new IVar("k"), new IConst(2)))))));
    Stmt loop = new For("k", new IConst(0), new IConst(601), new Block(List.of(new Assign("w", "=", last))));
    Method f = new Method("f", List.of(new Param(Kind.D, "w", false, 0, 0), new Param(Kind.D, "a", false, 0, 0)),
        false, new Block(List.of(loop, new Return(new DVar("w")))));
    Differential.Check c = check(dir, new Program(3479, List.of(f)), new Object[] {0.310541, 0.38701});
    assertEquals(Differential.Verdict.PASS, c.verdict(), c.detail());
  }

  private static Program sineIteration(int steps) {
    Expr count = new IntD(new IVar("i"));
    Expr step = new Fn(Primitive.SIN, MathLibrary.MATH, List.of(new Bin('*', new Bin('*', new DVar("x"),
        new IntD(new IBin('+', new IVar("i"), new IConst(1)))),
        new Fn(Primitive.FMA, MathLibrary.MATH, List.of(new DVar("x"), new DVar("y"), count)))));
    Stmt loop = new For("i", new IConst(0), new IConst(steps), new Block(List.of(new Assign("x", "=", step))));
    Expr chosen = new Tern(new Cmp(">=", new Bin('+', new DVar("a"), new Num(1.16)), new Num(100.0)),
        new DVar("x"), new Num(0.0));
    Method f = new Method("f", List.of(new Param(Kind.D, "a", false, 0, 0), new Param(Kind.D, "x", false, 0, 0),
        new Param(Kind.D, "y", true, 0, 0)), false,
        new Block(List.of(loop, new Return(new Fn(Primitive.ERF, List.of(chosen))))));
    return new Program(steps, List.of(f));
  }

  private static Program cosineIteration(int steps) {
    Expr step = new Fn(Primitive.COS, MathLibrary.HIPPARCHUS_FAST_MATH,
        List.of(new Bin('/', new IntD(new IVar("i")), new DVar("n"))));
    Stmt inner = new For("j", new IConst(0), new IConst(3), new Block(List.of(new Assign("n", "=", step))));
    Stmt outer = new For("i", new IConst(0), new IConst(steps), new Block(List.of(inner)));
    Method f = new Method("f", List.of(new Param(Kind.I, "x", false, 0, 0), new Param(Kind.D, "n", false, 0, 0)), true,
        new Block(List.of(outer, new ReturnNew(List.of(new Num(1.0), new DVar("n"), new DVar("n"), new Num(1.0))))));
    return new Program(steps, List.of(f));
  }

  private static Differential.Check check(Path dir, Program p, Object[] point) throws IOException {
    Class<?>[] classes = RefereeTest.compiled(dir, p);
    return Differential.check(p, classes[0], classes[1], point);
  }
}
