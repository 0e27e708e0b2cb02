package dev.nabla.processor.opt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Evaluator;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.IrPrinter;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Shapes;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.ir.Verifier;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@link Simplifier} on functions f(x, y) whose simplifications the {@link Builder} could not see while building
 * them, because a slot stood between a value and its use: the shape after simplification, and the same results
 * before and after on a grid of points.
 */
class SimplifierTest {
  private static final double[] POINTS = {-2.5, -1.0, -0.0, 0.5, 3.0};

  static Stream<Arguments> simplifications() {
    return Stream.of(
        row("a stored value is forwarded to its loads", "(x * x)", (b, v) -> {
          Slot s = slot(b, v[0]);
          return b.prim(Primitive.MUL, b.load(s), b.load(s));
        }),
        row("x * 1 through a slot is x", "x", (b, v) -> b.prim(Primitive.MUL, v[0], b.load(slot(b, b.one())))),
        row("0 - x through a slot is -x", "-x", (b, v) -> b.prim(Primitive.SUB, b.load(slot(b, b.zero())), v[0])),
        row("x + (-y) through a slot is x - y", "(x - y)",
            (b, v) -> b.prim(Primitive.ADD, v[0], b.load(slot(b, b.prim(Primitive.NEG, v[1]))))),
        row("constants through slots fold", "6.0",
            (b, v) -> b.prim(Primitive.MUL, b.load(slot(b, b.constant(2.0))), b.constant(3.0))),
        row("an expression computed again through a slot is shared", "(sin(x) + sin(x))",
            (b, v) -> b.prim(Primitive.ADD, b.prim(Primitive.SIN, v[0]), b.prim(Primitive.SIN, b.load(slot(b, v[0]))))),
        row("what nothing reads is deleted", "y", (b, v) -> {
          slot(b, b.prim(Primitive.EXP, v[0]));
          return v[1];
        }),
        row("a slot merged from two branches stays", "$s", (b, v) -> {
          Slot s = b.slot(Type.DOUBLE, "s");
          Value c = b.prim(Primitive.LT, v[0], v[1]);
          b.beginBlock();
          b.store(s, b.prim(Primitive.MUL, v[0], v[1]));
          Block then = b.endBlock();
          b.beginBlock();
          b.store(s, v[1]);
          b.ifThenElse(c, then, b.endBlock());
          return b.load(s);
        }),
        row("a slot a loop stores is not forwarded past the loop", "$acc", (b, v) -> {
          Slot acc = b.slot(Type.DOUBLE, "acc");
          b.store(acc, b.zero());
          b.countedLoop(b.constant(0), b.constant(3), i -> b.store(acc, b.prim(Primitive.ADD, b.load(acc), v[0])));
          return b.load(acc);
        }));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("simplifications")
  void simplifiesAndKeepsTheResults(String name, String shape, BiFunction<Builder, Value[], Value> build) {
    Builder b = new Builder();
    Value[] xy = {b.param(0, Type.DOUBLE, "x"), b.param(1, Type.DOUBLE, "y")};
    b.emit(new Stmt.Return(build.apply(b, xy)));
    Function before = b.finish("f");
    Function after = Verifier.verify(Simplifier.simplify(before), "Simplifier", Verifier.Contract.GENERATED);
    String both = IrPrinter.print(before) + "simplified:\n" + IrPrinter.print(after);
    assertEquals(shape, Shapes.ofResult(after), both);
    assertTrue(Statements.count(after.body().stmts()) <= Statements.count(before.body().stmts()), both);
    if (!shape.contains("$")) {
      assertFalse(usesSlots(after), both);
    }
    assertTrue(Shapes.count(after, Primitive.SIN) <= 1, both);
    for (double x : POINTS) {
      for (double y : POINTS) {
        assertEquals((double) Evaluator.run(before, x, y), (double) Evaluator.run(after, x, y), 0.0,
            name + " at " + x + ", " + y + "\n" + both);
      }
    }
  }

  private static Arguments row(String name, String shape, BiFunction<Builder, Value[], Value> build) {
    return Arguments.of(name, shape, build);
  }

  /** A fresh slot holding {@code v}. */
  private static Slot slot(Builder b, Value v) {
    Slot s = b.slot(v.type(), "s");
    b.store(s, v);
    return s;
  }

  private static boolean usesSlots(Function f) {
    boolean[] found = {false};
    Statements.forEach(f.body().stmts(), s -> found[0] |= Statements.slot(s) != null);
    return found[0];
  }
}
