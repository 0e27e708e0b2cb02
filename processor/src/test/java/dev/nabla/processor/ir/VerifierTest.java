package dev.nabla.processor.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.ir.Verifier.Contract;
import dev.nabla.processor.ir.Verifier.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The verifier accepts well-formed IR and catches each kind of deliberately broken IR, naming rule and pass. */
class VerifierTest {
  private static final Origin LINE = new Origin(null, 7, "y = x * y;");
  private static final String PASS = "BreakingPass";

  @Test
  void acceptsAWellFormedFunctionUnderBothContracts() {
    Function f = wellFormed();
    assertSame(f, Verifier.verify(f, PASS, Contract.SOURCE));
    assertSame(f, Verifier.verify(f, PASS, Contract.GENERATED));
  }

  static Stream<Arguments> brokenFunctions() {
    return Stream.of(
        broken("an if reads its condition before it is defined", Rule.DEFINED_BEFORE_USE, Contract.GENERATED,
            () -> swapped(wellFormed(), 2, 3)),
        broken("a value used after the branch that defines it", Rule.DEFINED_BEFORE_USE, Contract.GENERATED,
            VerifierTest::usedOutOfScope),
        broken("a double stored into an int slot", Rule.TYPES_AGREE, Contract.GENERATED,
            VerifierTest::doubleIntoIntSlot),
        broken("a comparison typed as a double", Rule.TYPES_AGREE, Contract.GENERATED,
            VerifierTest::comparisonTypedDouble),
        broken("no return", Rule.RETURN_LAST, Contract.GENERATED, VerifierTest::withoutReturn),
        broken("a return inside a branch", Rule.RETURN_LAST, Contract.GENERATED, VerifierTest::returnInBranch),
        broken("a slot read where only one branch wrote it", Rule.SLOT_WRITTEN_BEFORE_READ, Contract.SOURCE,
            VerifierTest::slotWrittenInOneBranch),
        broken("a computed value without its origin", Rule.ORIGIN_KEPT, Contract.SOURCE,
            VerifierTest::withoutOrigin),
        broken("a value defined twice", Rule.DEFINED_ONCE, Contract.GENERATED, VerifierTest::definedTwice));
  }

  private static Arguments broken(String what, Rule rule, Contract contract, Supplier<Function> make) {
    return Arguments.of(what, rule, contract, make);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("brokenFunctions")
  void catchesBrokenIr(String what, Rule rule, Contract contract, Supplier<Function> make) {
    Function broken = make.get();
    Verifier.Finding finding = assertThrows(Verifier.Finding.class, () -> Verifier.verify(broken, PASS, contract));
    assertEquals(rule, finding.rule(), finding.getMessage());
    assertEquals(PASS, finding.pass());
    assertTrue(finding.getMessage().startsWith("IR verifier: " + rule + " broken after " + PASS + " in f"),
        finding.getMessage());
    assertTrue(finding.getMessage().contains(broken.name() + "(double, double) {\n"), finding.getMessage());
  }

  @Test
  void theFindingMarksTheOffendingStatementInThePrintedFunction() {
    Function broken = doubleIntoIntSlot();
    Verifier.Finding finding = assertThrows(Verifier.Finding.class,
        () -> Verifier.verify(broken, PASS, Contract.GENERATED));
    Stmt store = broken.body().stmts().get(2);
    String statement = IrPrinter.statement(broken, store);
    assertTrue(finding.getMessage().contains("at `" + statement + "`"), finding.getMessage());
    assertTrue(finding.getMessage().contains(">>   " + statement + "\n"), finding.getMessage());
  }

  @Test
  void generatedCodeMayReadASlotsInitialZeroAndHaveNoOrigins() {
    Verifier.verify(slotWrittenInOneBranch(), PASS, Contract.GENERATED);
    Verifier.verify(withoutOrigin(), PASS, Contract.GENERATED);
  }

  @Test
  void evenADeadDefinitionMayNotReadOutOfScope() {
    Value[] v = new Value[3];
    Builder b = withCondition(v);
    Value[] product = new Value[1];
    onlyIf(b, v[2], () -> product[0] = b.prim(Primitive.MUL, v[0], v[1]));
    b.prim(Primitive.SIN, product[0]);
    Function deadRead = returning(b, v[0]);
    for (Contract contract : Contract.values()) {
      Verifier.Finding finding = assertThrows(Verifier.Finding.class,
          () -> Verifier.verify(deadRead, PASS, contract));
      assertEquals(Rule.DEFINED_BEFORE_USE, finding.rule());
    }
  }

  /** f(x, y): a branch that merges through a slot, then a counted loop that multiplies it by x three times. */
  static Function wellFormed() {
    Value[] v = new Value[3];
    Builder b = withCondition(v);
    Slot s = b.slot(Type.DOUBLE, "s");
    b.beginBlock();
    b.store(s, b.prim(Primitive.MUL, v[0], v[1]));
    Block then = b.endBlock();
    b.beginBlock();
    b.store(s, v[1]);
    b.ifThenElse(v[2], then, b.endBlock());
    b.countedLoop(b.constant(0), b.constant(3), i -> b.store(s, b.prim(Primitive.MUL, b.load(s), v[0])));
    return returning(b, b.load(s));
  }

  private static Function usedOutOfScope() {
    Value[] v = new Value[3];
    Builder b = withCondition(v);
    Value[] product = new Value[1];
    onlyIf(b, v[2], () -> product[0] = b.prim(Primitive.MUL, v[0], v[1]));
    return returning(b, product[0]);
  }

  private static Function doubleIntoIntSlot() {
    Builder b = started();
    Value x = param(b, 0);
    param(b, 1);
    Slot count = b.slot(Type.INT, "count");
    b.store(count, x);
    return returning(b, x);
  }

  private static Function comparisonTypedDouble() {
    Function f = wellFormed();
    List<Stmt> stmts = new ArrayList<>(f.body().stmts());
    Stmt.Let less = (Stmt.Let) stmts.get(2);
    Value mistyped = new Value(less.result().id(), Type.DOUBLE, less.result().hint());
    stmts.set(2, new Stmt.Let(mistyped, less.op(), less.args(), less.origin()));
    return withBody(f, stmts);
  }

  private static Function withoutReturn() {
    Function f = wellFormed();
    List<Stmt> stmts = f.body().stmts();
    return withBody(f, stmts.subList(0, stmts.size() - 1));
  }

  private static Function returnInBranch() {
    Value[] v = new Value[3];
    Builder b = withCondition(v);
    onlyIf(b, v[2], () -> b.emit(new Stmt.Return(v[1])));
    return returning(b, v[0]);
  }

  private static Function slotWrittenInOneBranch() {
    Value[] v = new Value[3];
    Builder b = withCondition(v);
    Slot s = b.slot(Type.DOUBLE, "s");
    onlyIf(b, v[2], () -> b.store(s, v[0]));
    return returning(b, b.load(s));
  }

  private static Function withoutOrigin() {
    Builder b = started();
    Value x = param(b, 0);
    Value y = param(b, 1);
    b.origin(Origin.NONE);
    return returning(b, b.prim(Primitive.MUL, x, y));
  }

  private static Function definedTwice() {
    Function f = wellFormed();
    List<Stmt> stmts = new ArrayList<>(f.body().stmts());
    stmts.add(3, stmts.get(2));
    return withBody(f, stmts);
  }

  private static Builder started() {
    Builder b = new Builder();
    b.origin(LINE);
    return b;
  }

  /** A builder that has defined x, y and the condition x < y, which it puts in {@code v} in that order. */
  private static Builder withCondition(Value[] v) {
    Builder b = started();
    v[0] = param(b, 0);
    v[1] = param(b, 1);
    v[2] = b.prim(Primitive.LT, v[0], v[1]);
    return b;
  }

  /** Emits {@code if (cond) { then }}. */
  private static void onlyIf(Builder b, Value cond, Runnable then) {
    b.beginBlock();
    then.run();
    b.ifThenElse(cond, b.endBlock(), Block.EMPTY);
  }

  private static Value param(Builder b, int index) {
    return b.param(index, Type.DOUBLE, index == 0 ? "x" : "y");
  }

  private static Function returning(Builder b, Value result) {
    b.emit(new Stmt.Return(result));
    return b.finish("f");
  }

  private static Function swapped(Function f, int i, int j) {
    List<Stmt> stmts = new ArrayList<>(f.body().stmts());
    stmts.set(i, f.body().stmts().get(j));
    stmts.set(j, f.body().stmts().get(i));
    return withBody(f, stmts);
  }

  private static Function withBody(Function f, List<Stmt> stmts) {
    return f.withBody(new Block(stmts));
  }
}
