package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.opt.CountedLoops.Counted;
import dev.nabla.processor.opt.CountedLoops.Induction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Carries a costly value over to the next iteration of a counted loop where that iteration would compute it again
 * (GCC's predictive commoning): in equation 2.17's gradient, iteration i computes cos(x[(i + 1) % n]) for the value
 * and cos(x[i]) for the derivative of sin(x[i]), which iteration i − 1 already computed as its cos(x[(i + 1) % n]).
 *
 * <p>A value {@code a} of the loop body is replaced when another value {@code b} of the body is {@code a} shifted by
 * one step: the same operations on the same loop-invariant values and the same unmodified arrays, at indices that
 * are the counter's plus one step (a remainder {@code (i + k) % n} counts when n is the loop's bound and the index is
 * then within it). Before the loop, {@code a} of the first iteration is computed (when the loop runs at all); each
 * iteration then reads what the previous one stored from {@code b}.
 */
public final class CarriedValues extends Copier {
  private final CountedLoops loops;
  private final Set<Value> writtenArrays = new HashSet<>();
  private final Map<Stmt.While, Plan> plans = new IdentityHashMap<>();

  /** The values of loop {@code loop} replaced by their predecessors: each {@code a} by the previous iteration's b. */
  private record Plan(Counted counted, Value counter, Map<Value, Value> shiftedBy) {}

  private CarriedValues(Function source) {
    super(source);
    this.loops = new CountedLoops(source);
    Statements.forEach(source.body().stmts(), s -> {
      if (s instanceof Stmt.ArrayStore st) {
        writtenArrays.add(st.array());
      } else if (s instanceof Stmt.ArrayAdd st) {
        writtenArrays.add(st.array());
      }
    });
  }

  /** The function with every costly value a counted loop computes twice, in consecutive iterations, computed once. */
  public static Function apply(Function f) {
    CarriedValues c = new CarriedValues(f);
    c.plan(f.body());
    if (c.plans.isEmpty()) {
      return f;
    }
    c.copyBlock(f.body());
    return c.b.finish(f.name());
  }

  private void plan(Block block) {
    for (int i = 0; i < block.stmts().size(); i++) {
      Stmt s = block.stmts().get(i);
      if (s instanceof Stmt.While w) {
        Plan p = plan(block, i, w);
        if (p != null) {
          plans.put(w, p);
        }
      }
      for (Block nested : Statements.nested(s)) {
        plan(nested);
      }
    }
  }

  /** The plan for loop {@code w}, the statement at {@code index} of {@code block}, or null if nothing is carried. */
  private Plan plan(Block block, int index, Stmt.While w) {
    Map<Value, Induction> inductions = loops.inductions(block, index, w);
    Counted counted = loops.counted(w, inductions);
    if (counted == null || !counted.header().isEmpty() || counted.inclusive()
        || counted.counter().slot().type() != Type.INT) {
      return null;
    }
    Value counter = inductions.entrySet().stream().filter(e -> e.getValue() == counted.counter())
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    List<Stmt.Let> costly = new ArrayList<>();
    for (Stmt s : w.body().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Prim p && p.primitive().isCostly()) {
        costly.add(let);
      }
    }
    Map<Value, Value> shiftedBy = new LinkedHashMap<>();
    Shift shift = new Shift(w, counted, counter);
    for (Stmt.Let a : costly) {
      for (Stmt.Let b : costly) {
        if (a != b && !shiftedBy.containsKey(a.result()) && shift.matches(a.result(), b.result())) {
          shiftedBy.put(a.result(), b.result());
        }
      }
    }
    return shiftedBy.isEmpty() ? null : new Plan(counted, counter, shiftedBy);
  }

  /** Decides whether a value of a loop's body, in the next iteration, equals another in this one. */
  private final class Shift {
    private final Stmt.While loop;
    private final Counted counted;
    private final Value counter;

    Shift(Stmt.While loop, Counted counted, Value counter) {
      this.loop = loop;
      this.counted = counted;
      this.counter = counter;
    }

    /** Whether {@code b} in iteration i equals {@code a} in iteration i + 1. */
    boolean matches(Value a, Value b) {
      if (isInvariant(a) || isInvariant(b)) {
        return a.equals(b) && isInvariant(a);
      }
      Long k = loops.offset(a, counter);
      if (k != null) {
        return Long.valueOf(k + counted.counter().step()).equals(loops.offset(b, counter))
            || isRemainderOfNext(k, b);
      }
      Stmt.Let da = loops.definition(a);
      Stmt.Let db = loops.definition(b);
      if (da == null || db == null || !da.op().equals(db.op()) || da.args().size() != db.args().size()
          || !(da.op() instanceof Op.Prim || da.op() instanceof Op.ArrayLoad || da.op() instanceof Op.Length)) {
        return false;
      }
      if (da.op() instanceof Op.ArrayLoad && writtenArrays.contains(da.args().get(0))) {
        return false;
      }
      for (int i = 0; i < da.args().size(); i++) {
        if (!matches(da.args().get(i), db.args().get(i))) {
          return false;
        }
      }
      return true;
    }

    /**
     * Whether {@code b} is {@code (i + k + step) % bound} with k ≤ 0, the loop running while {@code i < bound}: in the
     * next iteration {@code i + step + k} is below the bound, and not negative when the counter starts at a constant
     * that keeps it so, so the remainder is the index itself.
     */
    private boolean isRemainderOfNext(long k, Value b) {
      Stmt.Let rem = loops.definition(b);
      long step = counted.counter().step();
      return k <= 0 && counted.offset() == 0 && rem != null && rem.op() instanceof Op.Prim p
          && p.primitive() == Primitive.REM && rem.args().get(1).equals(counted.bound())
          && Long.valueOf(k + step).equals(loops.offset(rem.args().get(0), counter))
          && loops.constant(counted.counter().start()) instanceof Integer start && start + step + k >= 0;
    }

    /** Whether a value is the same in every iteration: a constant, or defined outside the loop. */
    private boolean isInvariant(Value v) {
      return loops.constant(v) != null || !Statements.defines(loop, v);
    }
  }

  // ---- rewriting ----

  @Override
  protected void statement(Stmt s) {
    if (s instanceof Stmt.While w && plans.containsKey(w)) {
      carry(w, plans.get(w));
    } else {
      super.statement(s);
    }
  }

  /** Emits a loop whose planned values are carried over from the previous iteration. */
  private void carry(Stmt.While w, Plan plan) {
    Map<Value, Slot> carried = new LinkedHashMap<>();
    Value start = map(plan.counted().counter().start());
    Value runs = at(w.cond(), new HashMap<>(Map.of(headerCounter(w), start)));
    b.beginBlock();
    Map<Value, Value> first = new HashMap<>();
    first.put(plan.counter(), start);
    for (Value a : plan.shiftedBy().keySet()) {
      Slot slot = b.slot(a.type(), a.hint() + "Carried");
      b.origin(loops.definition(a).origin());
      b.store(slot, at(a, first));
      carried.put(a, slot);
    }
    b.ifThenElse(runs, b.endBlock(), new Block(List.of()));
    b.beginBlock();
    copyBlock(w.header());
    Value test = map(w.cond());
    Block header = b.endBlock();
    b.beginBlock();
    Map<Value, Value> previous = new HashMap<>();
    carried.forEach((a, slot) -> previous.put(a, b.rename(b.load(slot), a.hint())));
    for (Stmt s : w.body().stmts()) {
      if (s instanceof Stmt.Let let && previous.containsKey(let.result())) {
        values.put(let.result(), previous.get(let.result()));
      } else {
        statement(s);
      }
    }
    carried.forEach((a, slot) -> {
      Value next = plan.shiftedBy().get(a);
      b.origin(loops.definition(next).origin());
      b.store(slot, map(next));
    });
    b.whileLoop(header, test, b.endBlock());
  }

  /** The counter as a counted loop's header loads it, to test it. */
  private static Value headerCounter(Stmt.While w) {
    for (Stmt s : w.header().stmts()) {
      if (s instanceof Stmt.Let let && let.op() instanceof Op.Load) {
        return let.result();
      }
    }
    throw new IllegalArgumentException("not a counted loop");
  }

  /**
   * Emits a value of a loop's header or body as the iteration whose counter is given ({@code known}, which also
   * collects what is emitted) computes it.
   */
  private Value at(Value v, Map<Value, Value> known) {
    Value k = known.get(v);
    if (k != null) {
      return k;
    }
    Stmt.Let let = loops.definition(v);
    if (isConstant(v) || values.containsKey(v)) {
      return map(v);
    }
    List<Value> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(at(a, known));
    }
    Value result;
    if (let.op() instanceof Op.Prim p) {
      result = b.prim(p.primitive(), p.library(), args);
    } else if (let.op() instanceof Op.ArrayLoad) {
      result = b.arrayLoad(args.get(0), args.subList(1, args.size()));
    } else {
      result = b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
    }
    known.put(v, result);
    return result;
  }
}
