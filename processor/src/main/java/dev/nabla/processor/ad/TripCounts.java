package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.opt.CountedLoops;
import dev.nabla.processor.opt.CountedLoops.Counted;
import dev.nabla.processor.opt.CountedLoops.Induction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How often each loop of a reverse sweep runs: counted in the forward sweep and saved, or, for a counted loop,
 * computed again from its counter, whose values (inductions) the reverse iterations compute from their own index.
 */
final class TripCounts {
  private final Function source;
  private final Builder b;
  private final CountedLoops loops;
  private final Map<Value, Induction> inductions = new HashMap<>();
  private final Map<Stmt.While, Counted> counted = new IdentityHashMap<>();
  private final Map<Stmt.While, Value> forwardCounts = new IdentityHashMap<>();
  private final Map<Stmt.While, Object> keys = new IdentityHashMap<>();
  private final Map<Stmt.While, Value> iterations = new IdentityHashMap<>();

  /** The trip counts of {@code source}'s loops, emitted with {@code b}. */
  TripCounts(Function source, Builder b, CountedLoops loops) {
    this.source = source;
    this.b = b;
    this.loops = loops;
  }

  /**
   * Records the counters of loop {@code w}, the statement at {@code index} of {@code block} (in iteration k a counter
   * holds {@code start + k·step}), and the loop itself if it is counted: not when its bound reads an array allocated
   * by the function, since the tape holds numbers only and cannot save one. Returns the outer values that computing
   * them again in the reverse sweep reads.
   */
  List<Value> find(Block block, int index, Stmt.While w) {
    List<Value> outer = new ArrayList<>();
    Map<Value, Induction> found = loops.inductions(block, index, w);
    inductions.putAll(found);
    for (Induction induction : found.values()) {
      if (!source.constants().containsKey(induction.start())) {
        outer.add(induction.start());
      }
    }
    Counted c = loops.counted(w, inductions);
    if (c != null && c.outer().stream().noneMatch(v -> v.type().isArray() && !isInput(v))) {
      outer.addAll(c.outer());
      counted.put(w, c);
    }
    return outer;
  }

  /** Whether the reverse sweep computes loop {@code w}'s trip count instead of restoring it. */
  boolean isCounted(Stmt.While w) {
    return counted.containsKey(w);
  }

  /** Whether a value is a loop counter, which the reverse sweep computes from its iteration's index. */
  boolean isInduction(Value v) {
    return inductions.containsKey(v);
  }

  /** Whether an array is a parameter or a static field: the reverse sweep reads it again, the tape cannot hold it. */
  boolean isInput(Value array) {
    Stmt.Let definition = loops.definition(array);
    return definition != null && (definition.op() instanceof Op.Param || definition.op() instanceof Op.Field);
  }

  /** Records the trip count the forward sweep counted for loop {@code w}. */
  void counted(Stmt.While w, Value count) {
    forwardCounts.put(w, count);
  }

  /** The trip count the forward sweep counted for loop {@code w}. */
  Value forwardCount(Stmt.While w) {
    return forwardCounts.get(w);
  }

  /** The key under which a loop's trip count is saved and restored. */
  Object key(Stmt.While w) {
    return keys.computeIfAbsent(w, k -> new Object());
  }

  /** Records the index of the iteration that the reverse loop of {@code w} runs. */
  void reversing(Stmt.While w, Value iteration) {
    iterations.put(w, iteration);
  }

  /**
   * The value of a loop counter in the reverse iteration being emitted, from its start as {@code reverse} gives it
   * there; null if {@code old} is not a counter.
   */
  Value induction(Value old, UnaryOperator<Value> reverse) {
    Induction induction = inductions.get(old);
    if (induction == null) {
      return null;
    }
    Type type = old.type();
    Value k = b.convert(iterations.get(induction.loop()), type);
    return b.prim(Primitive.ADD, b.convert(reverse.apply(induction.start()), type),
        b.prim(Primitive.MUL, k, b.constantOf(type, induction.step())));
  }

  /** The trip count of counted loop {@code w}, computed with source values as {@code reverse} gives them. */
  Value computed(Stmt.While w, UnaryOperator<Value> reverse) {
    return trips(counted.get(w), reverse);
  }

  /**
   * The trip count of a counted loop, from its counter's start, step, offset and bound:
   * ⌈(bound − offset − start) / step⌉ or 0.
   */
  Value trips(Counted loop, UnaryOperator<Value> reverse) {
    Value from = loop.counter().start();
    if (source.constants().containsKey(from) && ((Number) source.constants().get(from)).longValue() == 0
        && loop.counter().step() == 1 && !loop.inclusive() && loop.offset() == 0) {
      Value bound = bound(loop.bound(), loop.header(), reverse);
      return b.convert(b.prim(Primitive.MAX, bound, b.constantOf(bound.type(), 0)), Type.INT);
    }
    Value start = b.convert(reverse.apply(loop.counter().start()), Type.LONG);
    Value bound = b.prim(Primitive.SUB, b.convert(bound(loop.bound(), loop.header(), reverse), Type.LONG),
        b.constantOf(Type.LONG, loop.offset()));
    long step = loop.counter().step();
    Value span = b.prim(Primitive.ADD, b.prim(Primitive.SUB, bound, start),
        b.constantOf(Type.LONG, loop.inclusive() ? step : step - 1));
    Value count = step == 1 ? span : b.prim(Primitive.DIV, span, b.constantOf(Type.LONG, step));
    return b.convert(b.prim(Primitive.MAX, count, b.constantOf(Type.LONG, 0L)), Type.INT);
  }

  /** A counted loop's bound in the reverse sweep: as {@code reverse} gives it, or computed again as its header did. */
  private Value bound(Value v, Map<Value, Stmt.Let> header, UnaryOperator<Value> reverse) {
    Stmt.Let let = header.get(v);
    if (let == null) {
      return reverse.apply(v);
    }
    List<Value> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(bound(a, header, reverse));
    }
    if (let.op() instanceof Op.Prim p) {
      return b.prim(p.primitive(), p.library(), args);
    }
    return b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
  }
}
