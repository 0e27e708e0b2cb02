package dev.nabla.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import java.util.function.DoubleBinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link Builder}'s rewrites, each on a function f(x, y) it builds: the shape it produces, and that the rewritten
 * function computes what the expression as written computes in Java — bit for bit (signed zeros, infinities and NaN
 * included) for the identities on literal constants and the negation moves, which claim IEEE exactness; equal as
 * numbers on finite values for the structural zero of derivative code, which is dropped by convention.
 */
class BuilderTest {
  private static final double[] FINITE = {-2.5, -1.0, -0.0, 0.0, 0.75, 3.0};
  private static final double[] SPECIAL = {-2.5, -0.0, 0.0, 0.75, Double.NaN, Double.NEGATIVE_INFINITY,
      Double.POSITIVE_INFINITY};

  /** A rewrite: the expression as built, the shape expected, and the expression as Java computes it unrewritten. */
  private record Rewrite(String shape, BiFunction<Builder, Value[], Value> build, DoubleBinaryOperator java) {}

  /** The zero of derivative code: dropped from sums, absorbing products; equal as numbers on finite values only. */
  static Stream<Arguments> structuralZeros() {
    return Stream.of(
        row("x + zero is x", "x", (b, v) -> b.prim(Primitive.ADD, v[0], b.zero()), (x, y) -> x + 0.0),
        row("zero + x is x", "x", (b, v) -> b.prim(Primitive.ADD, b.zero(), v[0]), (x, y) -> 0.0 + x),
        row("x - zero is x", "x", (b, v) -> b.prim(Primitive.SUB, v[0], b.zero()), (x, y) -> x - 0.0),
        row("zero - x is -x", "-x", (b, v) -> b.prim(Primitive.SUB, b.zero(), v[0]), (x, y) -> 0.0 - x),
        row("x * zero is zero", "0.0", (b, v) -> b.prim(Primitive.MUL, v[0], b.zero()), (x, y) -> x * 0.0),
        row("zero / (x + 5) is zero", "0.0",
            (b, v) -> b.prim(Primitive.DIV, b.zero(), b.prim(Primitive.ADD, v[0], b.constant(5.0))),
            (x, y) -> 0.0 / (x + 5.0)),
        row("-zero is zero", "0.0", (b, v) -> b.prim(Primitive.NEG, b.zero()), (x, y) -> -0.0),
        row("x + 2 * zero drops", "x",
            (b, v) -> b.prim(Primitive.ADD, v[0], b.prim(Primitive.MUL, b.constant(2.0), b.zero())),
            (x, y) -> x + 2.0 * 0.0));
  }

  /** The identities and folds that hold bit for bit in IEEE arithmetic, and literal zeros that must stay. */
  static Stream<Arguments> identities() {
    return Stream.of(
        row("x + 0.0 stays", "(x + 0.0)", (b, v) -> b.prim(Primitive.ADD, v[0], b.constant(0.0)), (x, y) -> x + 0.0),
        row("0.0 + x stays", "(0.0 + x)", (b, v) -> b.prim(Primitive.ADD, b.constant(0.0), v[0]), (x, y) -> 0.0 + x),
        row("x + (int) 0 stays", "(x + 0)", (b, v) -> b.prim(Primitive.ADD, v[0], b.constant(0)), (x, y) -> x + 0),
        row("x + -0.0 is x", "x", (b, v) -> b.prim(Primitive.ADD, v[0], b.constant(-0.0)), (x, y) -> x + -0.0),
        row("-0.0 + x is x", "x", (b, v) -> b.prim(Primitive.ADD, b.constant(-0.0), v[0]), (x, y) -> -0.0 + x),
        row("x - 0.0 is x", "x", (b, v) -> b.prim(Primitive.SUB, v[0], b.constant(0.0)), (x, y) -> x - 0.0),
        row("x - -0.0 stays", "(x - -0.0)", (b, v) -> b.prim(Primitive.SUB, v[0], b.constant(-0.0)),
            (x, y) -> x - -0.0),
        row("0.0 - x stays", "(0.0 - x)", (b, v) -> b.prim(Primitive.SUB, b.constant(0.0), v[0]), (x, y) -> 0.0 - x),
        row("-0.0 - x is -x", "-x", (b, v) -> b.prim(Primitive.SUB, b.constant(-0.0), v[0]), (x, y) -> -0.0 - x),
        row("x * 0.0 stays", "(x * 0.0)", (b, v) -> b.prim(Primitive.MUL, v[0], b.constant(0.0)), (x, y) -> x * 0.0),
        row("x - x stays", "(x - x)", (b, v) -> b.prim(Primitive.SUB, v[0], v[0]), (x, y) -> x - x),
        row("x * 1 is x", "x", (b, v) -> b.prim(Primitive.MUL, v[0], b.one()), (x, y) -> x * 1.0),
        row("1 * x is x", "x", (b, v) -> b.prim(Primitive.MUL, b.one(), v[0]), (x, y) -> 1.0 * x),
        row("x * -1 is -x", "-x", (b, v) -> b.prim(Primitive.MUL, v[0], b.constant(-1.0)), (x, y) -> x * -1.0),
        row("x / 1 is x", "x", (b, v) -> b.prim(Primitive.DIV, v[0], b.one()), (x, y) -> x / 1.0),
        row("x / -1 is -x", "-x", (b, v) -> b.prim(Primitive.DIV, v[0], b.constant(-1.0)), (x, y) -> x / -1.0),
        row("-(-x) is x", "x", (b, v) -> b.prim(Primitive.NEG, b.prim(Primitive.NEG, v[0])), (x, y) -> -(-x)),
        row("pow(x, 1) is x", "x", (b, v) -> b.prim(Primitive.POW, v[0], b.one()), (x, y) -> Math.pow(x, 1)),
        row("pow(x, 2) is x * x", "(x * x)", (b, v) -> b.prim(Primitive.POW, v[0], b.constant(2.0)),
            (x, y) -> Math.pow(x, 2)),
        row("c ? x : x is x", "x", (b, v) -> b.prim(Primitive.SELECT, b.prim(Primitive.LT, v[0], v[1]), v[0], v[0]),
            (x, y) -> x < y ? x : x),
        row("(double) x is x", "x", (b, v) -> b.prim(Primitive.TO_DOUBLE, v[0]), (x, y) -> x),
        row("2 * 3 folds", "6.0", (b, v) -> b.prim(Primitive.MUL, b.constant(2.0), b.constant(3.0)),
            (x, y) -> 2.0 * 3.0),
        row("x + 2 * 0.0 folds and stays", "(x + 0.0)",
            (b, v) -> b.prim(Primitive.ADD, v[0], b.prim(Primitive.MUL, b.constant(2.0), b.constant(0.0))),
            (x, y) -> x + 2.0 * 0.0));
  }

  static Stream<Arguments> negationMoves() {
    return Stream.of(
        row("x + (-y) is x - y", "(x - y)", (b, v) -> b.prim(Primitive.ADD, v[0], neg(b, v[1])), (x, y) -> x + -y),
        row("(-x) + y is y - x", "(y - x)", (b, v) -> b.prim(Primitive.ADD, neg(b, v[0]), v[1]), (x, y) -> -x + y),
        row("x - (-y) is x + y", "(x + y)", (b, v) -> b.prim(Primitive.SUB, v[0], neg(b, v[1])), (x, y) -> x - -y),
        row("x * (-y) is -(x * y)", "-(x * y)", (b, v) -> b.prim(Primitive.MUL, v[0], neg(b, v[1])),
            (x, y) -> x * -y),
        row("(-x) * y is -(x * y)", "-(x * y)", (b, v) -> b.prim(Primitive.MUL, neg(b, v[0]), v[1]),
            (x, y) -> -x * y),
        row("(-x) * (-y) is x * y", "(x * y)", (b, v) -> b.prim(Primitive.MUL, neg(b, v[0]), neg(b, v[1])),
            (x, y) -> -x * -y),
        row("2 * (-y) is -2 * y", "(-2.0 * y)", (b, v) -> b.prim(Primitive.MUL, b.constant(2.0), neg(b, v[1])),
            (x, y) -> 2.0 * -y),
        row("(-x) / y is -(x / y)", "-(x / y)", (b, v) -> b.prim(Primitive.DIV, neg(b, v[0]), v[1]),
            (x, y) -> -x / y),
        row("x / (-y) is -(x / y)", "-(x / y)", (b, v) -> b.prim(Primitive.DIV, v[0], neg(b, v[1])),
            (x, y) -> x / -y),
        row("(-x) / (-y) is x / y", "(x / y)", (b, v) -> b.prim(Primitive.DIV, neg(b, v[0]), neg(b, v[1])),
            (x, y) -> -x / -y));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("structuralZeros")
  void structuralZeroIsDroppedKeepingTheNumber(String name, Rewrite rewrite) {
    check(name, rewrite, FINITE, (expected, actual) -> expected.doubleValue() == actual.doubleValue());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("identities")
  void identityKeepsTheBits(String name, Rewrite rewrite) {
    check(name, rewrite, SPECIAL,
        (expected, actual) -> Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negationMoves")
  void negationMoveKeepsTheBits(String name, Rewrite rewrite) {
    check(name, rewrite, SPECIAL,
        (expected, actual) -> Double.doubleToLongBits(expected) == Double.doubleToLongBits(actual));
  }

  @Test
  void equalPureValuesAreShared() {
    Builder b = new Builder();
    Value x = b.param(0, Type.DOUBLE, "x");
    Value sum = b.prim(Primitive.ADD, b.prim(Primitive.SIN, x), b.prim(Primitive.SIN, x));
    b.emit(new Stmt.Return(sum));
    Function f = b.finish("f");
    assertEquals(1, Shapes.count(f, Primitive.SIN), IrPrinter.print(f));
    assertEquals(2 * Math.sin(0.3), (double) Evaluator.run(f, 0.3), 0.0);
  }

  @Test
  void booleanIdentities() {
    Builder b = new Builder();
    Value x = b.param(0, Type.DOUBLE, "x");
    Value c = b.prim(Primitive.LT, x, b.zero());
    assertEquals(c, b.prim(Primitive.NOT, b.prim(Primitive.NOT, c)));
    assertEquals(c, b.prim(Primitive.AND, c, b.constant(true)));
    assertEquals(c, b.prim(Primitive.OR, b.constant(false), c));
    assertEquals(b.constant(false), b.prim(Primitive.AND, c, b.constant(false)));
    assertEquals(b.constant(true), b.prim(Primitive.OR, b.constant(true), c));
  }

  @Test
  void aConstantZeroPartialContributesTheStructuralZero() {
    Builder b = new Builder();
    Value x = b.param(0, Type.DOUBLE, "x");
    Value tangent = b.param(1, Type.DOUBLE, "xDot");
    assertEquals(b.zero(), b.chained(b.constant(0.0), tangent));
    assertEquals(b.zero(), b.chained(b.constant(-0.0), tangent));
    assertEquals(b.zero(), b.chained(x, b.zero()));
    assertEquals(tangent, b.chained(b.one(), tangent));
    Value product = b.chained(x, tangent);
    b.emit(new Stmt.Return(product));
    assertEquals("(x * xDot)", Shapes.ofResult(b.finish("f")));
  }

  @Test
  void aLengthIsNeverNegative() {
    Builder b = new Builder();
    Value a = b.param(0, Type.DOUBLE_ARRAY, "a");
    Value n = b.length(a, null);
    assertEquals(n, b.prim(Primitive.MAX, n, b.constant(0)));
  }

  private static Arguments row(String name, String shape, BiFunction<Builder, Value[], Value> build,
      DoubleBinaryOperator java) {
    return Arguments.of(name, new Rewrite(shape, build, java));
  }

  /** The rewrite's shape, and at each pair of {@code points} its result and Java's the {@code same}. */
  private static void check(String name, Rewrite rewrite, double[] points, BiPredicate<Double, Double> same) {
    Function f = built(rewrite);
    assertEquals(rewrite.shape(), Shapes.ofResult(f), IrPrinter.print(f));
    for (double x : points) {
      for (double y : points) {
        double expected = rewrite.java().applyAsDouble(x, y);
        double actual = (double) Evaluator.run(f, x, y);
        assertTrue(same.test(expected, actual), name + " at " + x + ", " + y + ": " + expected + " vs " + actual);
      }
    }
  }

  private static Value neg(Builder b, Value v) {
    return b.prim(Primitive.NEG, v);
  }

  private static Function built(Rewrite rewrite) {
    Builder b = new Builder();
    Value[] xy = {b.param(0, Type.DOUBLE, "x"), b.param(1, Type.DOUBLE, "y")};
    b.emit(new Stmt.Return(rewrite.build().apply(b, xy)));
    return Verifier.verify(b.finish("f"), "Builder", Verifier.Contract.GENERATED);
  }
}
