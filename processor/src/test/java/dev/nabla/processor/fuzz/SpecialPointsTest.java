package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.fuzz.Differential.Check;
import dev.nabla.processor.fuzz.Differential.Verdict;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzzer's check at special points can fail: checked against the generated methods of another program, a value
 * that differs only in the sign of zero is a mismatch, and so is a method that does not throw where the original does.
 */
class SpecialPointsTest {

  @Test
  void aValueOtherThanTheOriginalsToTheSignOfZeroIsAMismatch(@TempDir Path dir) {
    Program plusZero = program(List.of(), new Bin('+', new DVar("x"), new Num(0.0)));
    Class<?>[] own = compile(dir, plusZero, "PlusZero");
    Class<?>[] itself = compile(dir, program(List.of(), new DVar("x")), "Itself");
    Check signOfZero = SpecialPoints.check(plusZero, own[0], itself[1], new Object[] {-0.0});
    assertEquals(Verdict.MISMATCH, signOfZero.verdict(), signOfZero.detail());
    assertTrue(signOfZero.detail().contains("returned [0] = -0.0, the original 0.0"), signOfZero.detail());
    for (double same : new double[] {0.0, Double.NaN, Double.NEGATIVE_INFINITY, Double.MIN_VALUE}) {
      assertEquals(Verdict.PASS, SpecialPoints.check(plusZero, own[0], itself[1], new Object[] {same}).verdict());
    }
    for (double x : SpecialPoints.SPECIAL) {
      Check c = SpecialPoints.check(plusZero, own[0], own[1], new Object[] {x});
      assertEquals(Verdict.PASS, c.verdict(), c.detail());
    }
  }

  @Test
  void aMethodThatDoesNotThrowWhereTheOriginalDoesIsAMismatch(@TempDir Path dir) {
    Stmt check = new If(new Cmp(">", new DVar("x"), new Num(1000)),
        new Block(List.of(new Throw(Differential.GUARD, new DVar("x")))), new Block(List.of()));
    Program guarded = program(List.of(check), new DVar("x"));
    Class<?>[] own = compile(dir, guarded, "Guarded");
    Class<?>[] unguarded = compile(dir, program(List.of(), new DVar("x")), "Unguarded");
    Check missed = SpecialPoints.check(guarded, own[0], unguarded[1], new Object[] {1e300});
    assertEquals(Verdict.MISMATCH, missed.verdict(), missed.detail());
    assertTrue(missed.detail().contains("did not throw"), missed.detail());
    Check threw = SpecialPoints.check(guarded, own[0], own[1], new Object[] {Double.POSITIVE_INFINITY});
    assertEquals(Differential.THREW, threw.detail());
    assertEquals(Verdict.PASS, SpecialPoints.check(guarded, own[0], unguarded[1], new Object[] {-1e300}).verdict());
  }

  /** {@code double f(double x) {first; return result;}}. */
  private static Program program(List<Stmt> first, Expr result) {
    List<Stmt> body = new java.util.ArrayList<>(first);
    body.add(new Return(result));
    Method f = new Method("f", List.of(new Param(Kind.D, "x", false, 0, 0)), false, new Block(List.copyOf(body)));
    return new Program(0, List.of(f));
  }

  /** The class compiled from {@code p} under {@code name} and its generated derivatives. */
  private static Class<?>[] compile(Path dir, Program p, String name) {
    FuzzCompiler.Outcome o = FuzzCompiler.compile(dir.resolve(name), name, Fuzzer.source(p, name));
    assertTrue(o.ok() && o.nabla().isEmpty(), o.log());
    return new Class<?>[] {Fuzzer.load(o.loader(), name), Fuzzer.load(o.loader(), name + "Derivatives")};
  }
}
