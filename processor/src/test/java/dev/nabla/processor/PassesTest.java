package dev.nabla.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.ir.Verifier;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A pass that breaks the IR is caught right after it runs, by its name, when verification is on, and only then. */
class PassesTest {
  @Test
  void aBrokenPassIsNamedAndItsOutputPrinted() {
    Function good = square();
    Verifier.Finding finding = assertThrows(Verifier.Finding.class,
        () -> new Passes(true).apply("DropsTheReturn", PassesTest::withoutReturn, good));
    assertEquals("DropsTheReturn", finding.pass());
    assertEquals(Verifier.Rule.RETURN_LAST, finding.rule());
    assertTrue(finding.getMessage().contains(" after DropsTheReturn in square "), finding.getMessage());
    assertTrue(finding.getMessage().contains("\nsquare(double) {\n"), finding.getMessage());
  }

  @Test
  void aSoundPassPassesAndVerificationIsOffUnlessAsked() {
    Function good = square();
    assertSame(good, new Passes(true).apply("Identity", f -> f, good));
    Function broken = withoutReturn(good);
    assertSame(broken, new Passes(false).apply("DropsTheReturn", f -> broken, good));
  }

  private static Function square() {
    Builder b = new Builder();
    Value x = b.param(0, Type.DOUBLE, "x");
    b.emit(new Stmt.Return(b.prim(Primitive.MUL, x, x)));
    return b.finish("square");
  }

  private static Function withoutReturn(Function f) {
    List<Stmt> stmts = f.body().stmts();
    return f.withBody(new Block(stmts.subList(0, stmts.size() - 1)));
  }
}
