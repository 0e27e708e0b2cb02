package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.opt.CountedLoops;
import dev.nabla.processor.opt.CountedLoops.Counted;
import dev.nabla.processor.opt.CountedLoops.Induction;
import dev.nabla.processor.opt.SingleWrites;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reverse mode: turns a scalar function f(P...) into f(P..., gradient) that returns f and writes ∇f into
 * {@code gradient}.
 *
 * <p>The result runs the original statements (the forward sweep), then their adjoints in reverse order. Each nested
 * block saves, at its end, the values its adjoints will read, and its mirror block restores them at its start: in
 * slots outside loops, on a tape inside loops, where each iteration pushes and the reverse loop pops in LIFO order.
 * Loops also save their trip counts, so the reverse loop runs the iterations backwards. Reduction loops (see
 * {@link Reductions}) are the exception: each iteration runs its own adjoint right after its forward statements.
 */
public final class ReverseMode extends Copier {
  private final Activity activity;
  private final Set<Integer> pointIndices;
  /** The adjoints of each direction the sweep differentiates along, and those of the one being emitted. */
  private final List<Adjoints> directions = new ArrayList<>();
  private Adjoints adj;
  private final Map<Block, List<Saved>> saved = new IdentityHashMap<>();
  private final Map<Stmt.While, Value> tripCounts = new IdentityHashMap<>();
  private final Deque<Map<Object, Value>> restored = new ArrayDeque<>();
  private final Map<Stmt.While, Object> tripKeys = new IdentityHashMap<>();
  private final Map<Block, List<Stmt.Let>> recomputedIn = new IdentityHashMap<>();
  /** Outer values that recomputation in nested blocks reads: their own blocks must save them too. */
  private final Set<Value> neededByRecomputation = new HashSet<>();
  private final CountedLoops loops;
  private final Map<Value, Induction> inductions = new HashMap<>();
  private final Map<Stmt.While, Value> tripIndex = new IdentityHashMap<>();
  private final Map<Stmt.While, Counted> counted = new IdentityHashMap<>();
  private Map<Stmt.While, Reductions.Reduction> reductions;
  /** The point arrays whose gradient entries one reduction loop assigns, each entry once. */
  private Map<Value, SingleWrites.Cover> covers;
  private Point point;
  private final Use use;
  /** For Jacobian rows: the dot product's cotangent parameter, what depends on it, and the rows' unit seeds. */
  private Value cotangent;
  private Set<Value> seeded = Set.of();
  private Directions.Units rows;
  private int knownRows = -1;

  /** What the reverse sweep is made for, which decides what it returns and which shortcuts are sound. */
  private enum Use {
    /** Returns f and writes the gradient; skips the reverse loops whose incoming adjoints are all zero. */
    GRADIENT,
    /** Returns df/dx for a point of one double; skips as {@link #GRADIENT} does. */
    DERIVATIVE,
    /**
     * Returns f and writes the gradient, to be differentiated again: it skips nothing, since an adjoint that is zero
     * at the point may have a nonzero tangent.
     */
    DIFFERENTIATED,
    /** Writes rows of a Jacobian, one per direction, from a vector function's cotangent dot product. */
    ROWS
  }

  /** A value saved at the end of a forward block: a source value, or a loop's trip count (keyed by the loop). */
  private record Saved(Object key, Value value, Slot slot) {}

  private ReverseMode(Function source, Set<Integer> pointIndices, Use use, int width) {
    super(source);
    this.pointIndices = pointIndices;
    this.use = use;
    this.activity = new Activity(source, pointIndices);
    this.loops = new CountedLoops(source);
    for (int w = 0; w < width; w++) {
      directions.add(new Adjoints(b, w, width));
    }
    adj = directions.get(0);
  }

  /** The gradient function of {@code f} with respect to the parameters at {@code pointIndices}. */
  public static Function gradient(Function f, Set<Integer> pointIndices) {
    return new ReverseMode(f, pointIndices, Use.GRADIENT, 1).run();
  }

  /** The gradient function of {@code f} in the form forward mode differentiates again (for Hessians). */
  public static Function gradientToDifferentiate(Function f, Set<Integer> pointIndices) {
    return new ReverseMode(f, pointIndices, Use.DIFFERENTIATED, 1).run();
  }

  /**
   * The derivative function of {@code f} with respect to its one point parameter, a {@code double}: it returns df/dx
   * and computes nothing of f's value that the derivative does not need.
   */
  public static Function derivative(Function f, Set<Integer> pointIndices) {
    return new ReverseMode(f, pointIndices, Use.DERIVATIVE, 1).run();
  }

  /**
   * Rows first … first + width − 1 of the Jacobian of a vector function, in one sweep along as many directions, from
   * its cotangent dot product {@code dot} (whose last parameter is the cotangent): {@code r(P..., first, jacobian)}
   * writes each row i, the gradient of f_i, and returns 0. The rows must exist: first + width ≤ m. {@code rows} is m
   * when it is known at compile time, else negative.
   */
  public static Function jacobianRows(Function dot, Set<Integer> pointIndices, int width, int rows) {
    ReverseMode r = new ReverseMode(dot, pointIndices, Use.ROWS, width);
    int last = dot.parameterTypes().size() - 1;
    r.cotangent = ((Stmt.Let) dot.body().stmts().get(last)).result();
    r.seeded = dependents(dot, r.cotangent);
    r.knownRows = rows;
    return r.run();
  }

  /** The values of {@code f} that depend on {@code seed}, also through the slots they are stored in. */
  private static Set<Value> dependents(Function f, Value seed) {
    Set<Value> found = new HashSet<>(Set.of(seed));
    Set<Slot> slots = new HashSet<>();
    int before = -1;
    while (found.size() + slots.size() != before) {
      before = found.size() + slots.size();
      dev.nabla.processor.ir.Statements.forEach(f.body().stmts(), s -> {
        if (s instanceof Stmt.Let let && (let.args().stream().anyMatch(found::contains)
            || let.op() instanceof Op.Load l && slots.contains(l.slot()))) {
          found.add(let.result());
        } else if (s instanceof Stmt.Store st && found.contains(st.value())) {
          slots.add(st.slot());
        }
      });
    }
    return found;
  }

  private Function run() {
    List<Stmt> body = source.body().stmts();
    List<Value> pointValues = new ArrayList<>();
    int next = source.parameterTypes().size();
    int first = copyParameters(pointIndices, pointValues, use == Use.ROWS ? next - 1 : -1);
    if (use == Use.ROWS) {
      Value start = b.param(next - 1, Type.INT, "first");
      Value jacobian = b.param(next, Type.DOUBLE_MATRIX, "jacobian");
      point = new Point(b, pointValues);
      rows = new Directions.Units(b, start, knownRows >= 0 ? b.constant(knownRows) : b.length(jacobian, null),
          directions.size());
      eachDirection(() -> adj.output = b.rename(b.arrayLoad(jacobian, List.of(rows.column(adj.index))),
          "row" + adj.index));
    } else {
      if (use != Use.DERIVATIVE) {
        adj.output = b.param(next, Type.DOUBLE_ARRAY, "gradient");
      }
      point = new Point(b, pointValues);
    }
    Block top = new Block(body.subList(0, body.size() - 1));
    reductions = Reductions.find(source, activity, top.stmts());
    Set<Value> pointArrays = new HashSet<>();
    for (int i = 0; i < first; i++) {
      Value p = ((Stmt.Let) body.get(i)).result();
      if (p.type().isArray() && point.contains(values.get(p))) {
        pointArrays.add(p);
      }
    }
    covers = SingleWrites.find(source, activity::varies, loops, top, reductions.keySet(), pointArrays);
    for (Value p : pointArrays) {
      if (!covers.containsKey(p)) {
        Value start = point.position(b, map(p), List.of());
        Value end = b.prim(Primitive.ADD, start, point.length(b, map(p)));
        eachDirection(() -> zeroFill(adj.output, start, end));
      }
    }
    if (!reductions.isEmpty()) {
      zeroTopAdjoints(top, false);
    }
    forward(top, false, true, false);
    if (reductions.isEmpty()) {
      zeroTopAdjoints(top, true);
    } else {
      zeroAdjoints(top, false, true);
    }
    eachDirection(() -> accumulate(source.result(), b.one()));
    restored.push(new HashMap<>());
    reverseStatements(top, false);
    restored.pop();
    covers.forEach((array, cover) -> eachDirection(() -> zeroUncovered(array, cover)));
    Value returned = use == Use.ROWS ? b.zero() : map(source.result());
    for (int i = 0; i < first; i++) {
      Stmt.Let let = (Stmt.Let) body.get(i);
      Value p = values.get(let.result());
      if (p != null && p.type() == Type.DOUBLE && point.contains(p)) {
        if (use == Use.DERIVATIVE) {
          returned = b.load(adj.of(let.result()));
        } else {
          eachDirection(() -> b.arrayStore(adj.output, List.of(point.position(b, p, List.of())),
              b.load(adj.of(let.result()))));
        }
      }
    }
    b.emit(new Stmt.Return(returned));
    return b.finish(source.name() + switch (use) {
      case DERIVATIVE -> "Derivative";
      case ROWS -> "JacobianRows";
      default -> "Gradient";
    });
  }

  /** Zeroes the gradient entries of a covered point array that its loop does not write: those before and after. */
  private void zeroUncovered(Value array, SingleWrites.Cover cover) {
    Value p = map(array);
    Value offset = point.position(b, p, List.of());
    Value length = point.length(b, p);
    Value first = b.prim(Primitive.ADD, revValue(cover.counted().counter().start()),
        b.constant((int) cover.first()));
    Value end = b.prim(Primitive.ADD, first, b.prim(Primitive.MUL, trips(cover.counted()),
        b.constant((int) cover.counted().counter().step())));
    if (!(b.constantValue(first) instanceof Integer k && k <= 0)) {
      zeroFill(adj.output, offset, b.prim(Primitive.ADD, offset, b.prim(Primitive.MIN, first, length)));
    }
    zeroFill(adj.output, b.prim(Primitive.ADD, offset, b.prim(Primitive.MAX, end, b.constant(0))),
        b.prim(Primitive.ADD, offset, length));
  }

  /** Zeroes {@code array[from..to)}: the gradient entries that loads accumulate into. */
  private void zeroFill(Value array, Value from, Value to) {
    if (!from.equals(to)) {
      b.countedLoop(from, to, i -> b.arrayStore(array, List.of(i), b.zero()));
    }
  }

  // ---- forward sweep ----

  /**
   * Emits the forward sweep of a block. {@code reversed} is false for loop headers (and what they contain): their
   * statements get no adjoints. {@code saves}: whether the block saves, at its end, what its reverse sweep reads.
   */
  private void forward(Block block, boolean inLoop, boolean reversed, boolean saves) {
    for (int index = 0; index < block.stmts().size(); index++) {
      Stmt s = block.stmts().get(index);
      if (s instanceof Stmt.Let let && seeded.contains(let.result())
          || dev.nabla.processor.ir.Statements.reads(s).stream().anyMatch(seeded::contains)) {
        continue; // the cotangent dot product: its directions' values are computed where the adjoints need them
      }
      if (s instanceof Stmt.Let let) {
        if (!(let.op() instanceof Op.Param)) {
          copy(let);
        }
      } else if (s instanceof Stmt.If i) {
        Value c = map(i.cond());
        b.beginBlock();
        forward(i.then(), inLoop, reversed, reversed);
        Block then = b.endBlock();
        b.beginBlock();
        forward(i.otherwise(), inLoop, reversed, reversed);
        b.emit(new Stmt.If(c, then, b.endBlock()));
      } else if (s instanceof Stmt.While w) {
        Reductions.Reduction reduction = reductions.get(w);
        if (reduction != null) {
          eachDirection(() -> setAccumulatorAdjoints(reduction.linear()));
        } else {
          findInductions(block, index, w);
          findCounted(w);
        }
        Slot count = reduction != null || counted.containsKey(w) ? null : b.slot(Type.INT, "trips");
        if (count != null) {
          b.store(count, b.constant(0));
        }
        b.beginBlock();
        forward(w.header(), true, false, false);
        Value test = map(w.cond());
        Block header = b.endBlock();
        b.beginBlock();
        forward(w.body(), true, reversed, reversed && reduction == null);
        if (reduction != null) {
          reverseInPlace(w.body());
        }
        if (count != null) {
          b.store(count, b.prim(Primitive.ADD, b.load(count), b.constant(1)));
        }
        b.whileLoop(header, test, b.endBlock());
        if (count != null) {
          tripCounts.put(w, b.load(count));
        }
        if (reduction != null) {
          eachDirection(() -> adj.accumulators.clear());
        }
      } else if (!(s instanceof Stmt.Return)) {
        copySimple(s);
      }
    }
    if (saves) {
      save(block, inLoop);
    }
  }

  /**
   * Emits the adjoints of a reduction loop's body right after its forward statements, in the same iteration: they
   * read the forward values in scope, and each accumulator's adjoint set before the loop.
   */
  private void reverseInPlace(Block body) {
    restored.push(new HashMap<>());
    zeroAdjoints(body, true, true);
    reverseStatements(body, true);
    restored.pop();
  }

  /**
   * Computes the accumulators' adjoints before their loop: the reverse sweep of the statements that carry their final
   * values linearly to the result ({@code linear}), whose coefficients are known there.
   */
  private void setAccumulatorAdjoints(List<Stmt.Let> linear) {
    Map<Value, Value> coefficients = new HashMap<>();
    coefficients.put(source.result(), b.one());
    Map<Value, Value> precomputed = new HashMap<>();
    for (int i = linear.size() - 1; i >= 0; i--) {
      Stmt.Let let = linear.get(i);
      Value c = coefficients.get(let.result());
      if (c == null) {
        continue;
      }
      if (let.op() instanceof Op.Load l) {
        adj.accumulators.merge(l.slot(), c, (x, y) -> b.prim(Primitive.ADD, x, y));
        continue;
      }
      Primitive p = ((Op.Prim) let.op()).primitive();
      List<Boolean> isLinear = new ArrayList<>();
      List<Value> args = new ArrayList<>();
      for (Value a : let.args()) {
        boolean l = linear.stream().anyMatch(d -> d.result().equals(a));
        isLinear.add(l);
        boolean coefficient = !l && !p.linearity().hasConstantPartials();
        args.add(coefficient ? precompute(a, precomputed) : b.zero());
      }
      List<Value> contributions = p.adjoints(b, args, b.zero(), c, isLinear);
      for (int k = 0; k < args.size(); k++) {
        if (isLinear.get(k)) {
          coefficients.merge(let.args().get(k), contributions.get(k), (x, y) -> b.prim(Primitive.ADD, x, y));
        }
      }
    }
  }

  /** The value, before a reduction loop, of a source value that {@link Reductions} found computable there. */
  private Value precompute(Value old, Map<Value, Value> precomputed) {
    if (isConstant(old) || values.containsKey(old) || seeded.contains(old)) {
      return revValue(old);
    }
    Value v = precomputed.get(old);
    if (v == null) {
      Stmt.Let let = loops.definition(old);
      List<Value> args = new ArrayList<>();
      for (Value a : let.args()) {
        args.add(precompute(a, precomputed));
      }
      v = let.op() instanceof Op.Prim p ? b.prim(p.primitive(), p.strict(), args)
          : b.arrayLoad(args.get(0), args.subList(1, args.size()));
      precomputed.put(old, v);
    }
    return v;
  }

  /**
   * Saves, at the end of a forward block, the values defined in it that the reverse sweep reads. Values cheap to
   * compute again from other saved or outer values (arithmetic, casts, reads of input arrays) are recomputed in the
   * reverse sweep instead of saved: inside loops this keeps the tape small.
   */
  private void save(Block block, boolean inLoop) {
    Map<Value, Stmt.Let> defined = new LinkedHashMap<>();
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        defined.put(let.result(), let);
      }
    }
    Set<Object> needed = new LinkedHashSet<>();
    collectNeeds(block, needed);
    needed.addAll(neededByRecomputation);
    needed.removeAll(seeded);
    Set<Value> recomputed = new HashSet<>();
    Set<Value> kept = new HashSet<>();
    java.util.Deque<Value> work = new ArrayDeque<>();
    needed.stream().filter(defined::containsKey).forEach(k -> work.add((Value) k));
    while (!work.isEmpty()) {
      Value v = work.pop();
      if (recomputed.contains(v) || kept.contains(v)) {
        continue;
      }
      Stmt.Let let = defined.get(v);
      if (isCheap(let)) {
        recomputed.add(v);
        let.args().stream().filter(defined::containsKey).forEach(work::add);
      } else {
        kept.add(v);
      }
    }
    List<Saved> list = new ArrayList<>();
    List<Stmt.Let> recompute = new ArrayList<>();
    for (Map.Entry<Value, Stmt.Let> e : defined.entrySet()) {
      if (kept.contains(e.getKey())) {
        list.add(saveOne(e.getKey(), map(e.getKey()), inLoop));
      } else if (recomputed.contains(e.getKey())) {
        recompute.add(e.getValue());
        e.getValue().args().stream().filter(a -> !defined.containsKey(a)).forEach(neededByRecomputation::add);
      }
    }
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.While w && !counted.containsKey(w)) {
        list.add(saveOne(tripKey(w), tripCounts.get(w), inLoop));
      }
    }
    saved.put(block, list);
    recomputedIn.put(block, recompute);
  }

  /** Whether recomputing a definition costs about as much as saving and restoring its value. */
  private boolean isCheap(Stmt.Let let) {
    if (inductions.containsKey(let.result())) {
      return true;
    }
    if (let.op() instanceof Op.Prim p) {
      return p.primitive().cost().isCheap(let.result().type());
    }
    if (let.op() instanceof Op.StaticField) {
      return true;
    }
    if (let.op() instanceof Op.ArrayLoad || let.op() instanceof Op.Length) {
      return isInput(let.args().get(0));
    }
    return false;
  }

  /** Whether an array is a parameter or a static field: the reverse sweep reads it again, the tape cannot hold it. */
  private boolean isInput(Value array) {
    Stmt.Let definition = loops.definition(array);
    return definition != null && (definition.op() instanceof Op.Param || definition.op() instanceof Op.StaticField);
  }

  private Saved saveOne(Object key, Value value, boolean inLoop) {
    if (inLoop) {
      b.emit(new Stmt.Push(value));
      return new Saved(key, value, null);
    }
    Slot slot = b.slot(value.type(), value.hint());
    b.store(slot, value);
    return new Saved(key, value, slot);
  }

  /** The source values the adjoints of a block's statements read (including nested blocks). */
  private void collectNeeds(Block block, Set<Object> needs) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let && activity.varies(let.result())) {
        if (let.op() instanceof Op.Prim p && p.primitive().isDifferentiable()) {
          for (int i = 0; i < let.args().size(); i++) {
            if (activity.varies(let.args().get(i))) {
              for (int k : Partials.needs(p.primitive(), i)) {
                needs.add(k < let.args().size() ? let.args().get(k) : let.result());
              }
            }
          }
        } else if (let.op() instanceof Op.ArrayLoad || let.op() instanceof Op.NewArray) {
          needs.addAll(let.args().subList(let.op() instanceof Op.ArrayLoad ? 1 : 0, let.args().size()));
        }
      } else if (s instanceof Stmt.ArrayStore st && activity.varies(st.array())) {
        needs.addAll(st.index());
      } else if (s instanceof Stmt.If i) {
        needs.add(i.cond());
        collectNeeds(i.then(), needs);
        collectNeeds(i.otherwise(), needs);
      } else if (s instanceof Stmt.While w) {
        collectNeeds(w.body(), needs);
      }
    }
  }

  // ---- reverse sweep ----

  /** The reverse sweep of a nested block: restores what its forward block saved, then runs its adjoints. */
  private Block reverse(Block block, boolean inLoop) {
    b.beginBlock();
    Map<Object, Value> restoredHere = new HashMap<>();
    restored.push(restoredHere);
    List<Saved> list = saved.get(block);
    for (int i = list.size() - 1; i >= 0; i--) {
      Saved s = list.get(i);
      Value v = s.slot() == null ? b.pop(s.value()) : b.load(s.slot());
      restoredHere.put(s.key(), v);
    }
    for (Stmt.Let let : recomputedIn.get(block)) {
      restoredHere.put(let.result(), recompute(let));
    }
    zeroAdjoints(block, true, true);
    reverseStatements(block, inLoop);
    restored.pop();
    return b.endBlock();
  }

  /** Zeroes the adjoints of the top block's values and of every slot: before the forward sweep if loops fuse. */
  private void zeroTopAdjoints(Block top, boolean allocate) {
    zeroAdjoints(top, true, allocate);
    for (Slot slot : activity.variedSlots()) {
      if (slot.type() == Type.DOUBLE) {
        eachDirection(() -> b.store(adj.ofSlot(slot), b.zero()));
      }
    }
  }

  /** Zeroes the adjoints of a block's scalar values and allocates those of the arrays it creates. */
  private void zeroAdjoints(Block block, boolean scalars, boolean arrays) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let && activity.varies(let.result())) {
        if (let.result().type() == Type.DOUBLE && scalars) {
          eachDirection(() -> b.store(adj.of(let.result()), b.zero()));
        } else if (let.op() instanceof Op.NewArray && arrays) {
          List<Value> dimensions = revValues(let.args());
          eachDirection(() -> adj.allocate(let.result(), dimensions));
        }
      }
    }
  }

  private void reverseStatements(Block block, boolean inLoop) {
    List<Stmt> stmts = block.stmts();
    for (int i = stmts.size() - 1; i >= 0; i--) {
      reverse(stmts.get(i), inLoop);
    }
  }

  /**
   * Records the counters of loop {@code w}, the statement at {@code index} of {@code block}: in iteration k a counter
   * holds {@code start + k·step}, so the reverse sweep computes it from its own trip counter instead of saving it.
   */
  private void findInductions(Block block, int index, Stmt.While w) {
    Map<Value, Induction> found = loops.inductions(block, index, w);
    inductions.putAll(found);
    for (Induction induction : found.values()) {
      if (!isConstant(induction.start())) {
        neededByRecomputation.add(induction.start());
      }
    }
  }

  /**
   * Records loop {@code w} if it is counted, so that the reverse sweep computes its trip count; not when its bound
   * reads an array allocated by the function, since the tape holds numbers only and cannot save one.
   */
  private void findCounted(Stmt.While w) {
    Counted c = loops.counted(w, inductions);
    if (c == null || c.outer().stream().anyMatch(v -> v.type().isArray() && !isInput(v))) {
      return;
    }
    neededByRecomputation.addAll(c.outer());
    counted.put(w, c);
  }

  /** A counted loop's bound in the reverse sweep: restored, or computed again as its header computed it. */
  private Value bound(Value v, Map<Value, Stmt.Let> header) {
    Stmt.Let let = header.get(v);
    if (let == null) {
      return revValue(v);
    }
    List<Value> args = new ArrayList<>();
    for (Value a : let.args()) {
      args.add(bound(a, header));
    }
    if (let.op() instanceof Op.Prim p) {
      return b.prim(p.primitive(), p.strict(), args);
    }
    return b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
  }

  /**
   * The trip count of a counted loop, from its counter's start, step, offset and bound:
   * ⌈(bound − offset − start) / step⌉ or 0.
   */
  private Value trips(Counted loop) {
    Value from = loop.counter().start();
    if (isConstant(from) && ((Number) source.constants().get(from)).longValue() == 0 && loop.counter().step() == 1
        && !loop.inclusive() && loop.offset() == 0) {
      Value bound = bound(loop.bound(), loop.header());
      return b.convert(b.prim(Primitive.MAX, bound, b.constantOf(bound.type(), 0)), Type.INT);
    }
    Value start = b.convert(revValue(loop.counter().start()), Type.LONG);
    Value bound = b.prim(Primitive.SUB, b.convert(bound(loop.bound(), loop.header()), Type.LONG),
        b.constantOf(Type.LONG, loop.offset()));
    long step = loop.counter().step();
    Value span = b.prim(Primitive.ADD, b.prim(Primitive.SUB, bound, start),
        b.constantOf(Type.LONG, loop.inclusive() ? step : step - 1));
    Value count = step == 1 ? span : b.prim(Primitive.DIV, span, b.constantOf(Type.LONG, step));
    return b.convert(b.prim(Primitive.MAX, count, b.constantOf(Type.LONG, 0L)), Type.INT);
  }

  /** Computes a cheap definition again in the reverse sweep, from restored or outer values. */
  private Value recompute(Stmt.Let let) {
    List<Value> args = revValues(let.args());
    Value v;
    Induction induction = inductions.get(let.result());
    if (induction != null) {
      Type type = let.result().type();
      Value k = b.convert(tripIndex.get(induction.loop()), type);
      v = b.prim(Primitive.ADD, b.convert(revValue(induction.start()), type),
          b.prim(Primitive.MUL, k, b.constantOf(type, induction.step())));
    } else if (let.op() instanceof Op.Prim p) {
      v = b.prim(p.primitive(), p.strict(), args);
    } else if (let.op() instanceof Op.ArrayLoad) {
      v = b.arrayLoad(args.get(0), args.subList(1, args.size()));
    } else if (let.op() instanceof Op.StaticField f) {
      v = b.staticField(let.result().type(), f.owner(), f.name());
    } else {
      v = b.length(args.get(0), args.size() > 1 ? args.get(1) : null);
    }
    return b.rename(v, let.result().hint());
  }

  private static boolean throwing(Block block) {
    return dev.nabla.processor.ir.Statements.endsAbruptly(block);
  }

  private void reverse(Stmt s, boolean inLoop) {
    if (s instanceof Stmt.Let let) {
      if (activity.varies(let.result())) {
        b.origin(let.origin());
        eachDirection(() -> reverseLet(let));
      }
    } else if (s instanceof Stmt.Store st) {
      eachDirection(() -> reverseStore(st));
    } else if (s instanceof Stmt.ArrayStore st) {
      if (activity.varies(st.array())) {
        List<Value> index = revValues(st.index());
        eachDirection(() -> {
          Value adjoint = adj.ofArray(st.array());
          Value g = b.arrayLoad(adjoint, index);
          b.arrayStore(adjoint, index, b.zero());
          accumulate(st.value(), g);
        });
      }
    } else if (s instanceof Stmt.If i) {
      // a side that throws never reaches the reverse sweep: it has no adjoint code
      Block then = throwing(i.then()) ? new Block(List.of()) : reverse(i.then(), inLoop);
      Block otherwise = throwing(i.otherwise()) ? new Block(List.of()) : reverse(i.otherwise(), inLoop);
      b.ifThenElse(revValue(i.cond()), then, otherwise);
    } else if (s instanceof Stmt.While w && !reductions.containsKey(w)) {
      List<Value> incoming = use == Use.DIFFERENTIATED ? null : incomingAdjoints(w);
      if (incoming != null) {
        b.beginBlock();
      }
      Slot left = b.slot(Type.INT, "tripsLeft");
      Value trips = counted.containsKey(w) ? trips(counted.get(w)) : revValue(tripKey(w));
      b.store(left, trips == null ? tripCounts.get(w) : trips);
      b.beginBlock();
      Value test = b.prim(Primitive.GT, b.load(left), b.constant(0));
      Block header = b.endBlock();
      b.beginBlock();
      Value iteration = b.prim(Primitive.SUB, b.load(left), b.constant(1));
      b.store(left, iteration);
      tripIndex.put(w, iteration);
      reverse(w.body(), true).stmts().forEach(b::emit);
      b.whileLoop(header, test, b.endBlock());
      if (incoming != null) {
        Block loop = b.endBlock();
        Value any = null;
        for (Value adjoint : incoming) {
          Value nonzero = b.prim(Primitive.NE, adjoint, b.zero());
          any = any == null ? nonzero : b.prim(Primitive.OR, any, nonzero);
        }
        b.ifThenElse(any, loop, new Block(List.of()));
      }
    }
  }

  /**
   * The adjoints a loop's reverse sweep starts from, those of the scalars its iterations carry out, when they are all
   * it depends on: then, if they are all zero, so is everything it would add (it is linear in them), and the loop can
   * be skipped — as hand-written code skips a ReLU that is off. Null when the loop restores values from the tape
   * (skipping it would leave them there) or carries out an array whose adjoint it would read.
   */
  private List<Value> incomingAdjoints(Stmt.While w) {
    if (!restoresNothing(w.body())) {
      return null;
    }
    Set<Slot> carried = new LinkedHashSet<>();
    boolean[] readsArrayAdjoint = {false};
    dev.nabla.processor.ir.Statements.forEach(List.of(w), s -> {
      if (s instanceof Stmt.Store st && activity.varies(st.slot()) && st.slot().type() == Type.DOUBLE) {
        carried.add(st.slot());
      } else if (s instanceof Stmt.ArrayStore st && activity.varies(st.array())) {
        readsArrayAdjoint[0] |= !dev.nabla.processor.ir.Statements.defines(w, st.array());
      }
    });
    if (carried.isEmpty() || readsArrayAdjoint[0]) {
      return null;
    }
    List<Value> adjoints = new ArrayList<>();
    eachDirection(() -> {
      for (Slot slot : carried) {
        Value constant = adj.accumulators.get(slot);
        adjoints.add(constant != null ? constant : b.load(adj.ofSlot(slot)));
      }
    });
    return adjoints;
  }

  /** Whether the reverse sweep of a block and of the blocks nested in it restores nothing from the tape. */
  private boolean restoresNothing(Block block) {
    if (!saved.getOrDefault(block, List.of()).isEmpty()) {
      return false;
    }
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.If i && !(restoresNothing(i.then()) && restoresNothing(i.otherwise()))
          || s instanceof Stmt.While w && !restoresNothing(w.body())) {
        return false;
      }
    }
    return true;
  }


  /** The adjoint of a slot store, in the direction being emitted. */
  private void reverseStore(Stmt.Store st) {
    Value constant = adj.accumulators.get(st.slot());
    if (constant != null) {
      accumulate(st.value(), constant);
    } else if (activity.varies(st.slot()) && st.slot().type() == Type.DOUBLE) {
      Slot adjoint = adj.ofSlot(st.slot());
      Value g = b.load(adjoint);
      b.store(adjoint, b.zero());
      accumulate(st.value(), g);
    }
  }

  /** The adjoint of a definition, in the direction being emitted. */
  private void reverseLet(Stmt.Let let) {
    Value t = let.result();
    if (let.op() instanceof Op.Prim p && p.primitive().isDifferentiable()) {
      Value g = b.load(adj.of(t));
      List<Boolean> varies = let.args().stream().map(activity::varies).toList();
      List<Value> contributions = p.primitive().adjoints(b, operands(p.primitive(), let, varies), operand(p.primitive(),
          let, varies, let.args().size(), t), g, varies);
      for (int i = 0; i < let.args().size(); i++) {
        if (contributions.get(i) != null) {
          accumulate(let.args().get(i), contributions.get(i));
        }
      }
    } else if (let.op() instanceof Op.Load l && l.slot().type() == Type.DOUBLE
        && !adj.accumulators.containsKey(l.slot())) {
      Slot adjoint = adj.ofSlot(l.slot());
      b.store(adjoint, b.prim(Primitive.ADD, b.load(adjoint), b.load(adj.of(t))));
    } else if (let.op() instanceof Op.ArrayLoad && t.type() == Type.DOUBLE) {
      Value array = let.args().get(0);
      List<Value> index = revValues(let.args().subList(1, let.args().size()));
      Value g = b.load(adj.of(t));
      Value mapped = values.get(array);
      SingleWrites.Cover cover = covers.get(array);
      if (cover != null && cover.loads().contains(t)) {
        b.arrayStore(adj.output, List.of(point.position(b, mapped, index)), g);
      } else if (mapped != null && point.contains(mapped)) {
        b.arrayAdd(adj.output, List.of(point.position(b, mapped, index)), g);
      } else {
        b.arrayAdd(adj.ofArray(array), index, g);
      }
    }
  }

  private void accumulate(Value old, Value contribution) {
    if (isConstant(old) || !activity.varies(old) || old.type() != Type.DOUBLE) {
      return;
    }
    Slot adjoint = adj.of(old);
    b.store(adjoint, b.prim(Primitive.ADD, b.load(adjoint), contribution));
  }

  /** Emits {@code emit} once per direction, each time with that direction's adjoints current. */
  private void eachDirection(Runnable emit) {
    Adjoints outer = adj;
    for (Adjoints d : directions) {
      adj = d;
      emit.run();
    }
    adj = outer;
  }

  /** The key under which a loop's trip count is saved and restored. */
  private Object tripKey(Stmt.While w) {
    return tripKeys.computeIfAbsent(w, k -> new Object());
  }

  /** The value a source value (or a loop's trip count) has in the reverse sweep: restored, or still in scope. */
  private Value revValue(Object key) {
    if (key instanceof Value v && isConstant(v)) {
      return map(v);
    }
    if (key instanceof Value v && seeded.contains(v)) {
      return seededValue(v);
    }
    if (!(key instanceof Value)) {
      for (Map<Object, Value> r : restored) {
        if (r.containsKey(key)) {
          return r.get(key);
        }
      }
      return null;
    }
    for (Map<Object, Value> r : restored) {
      Value v = r.get(key);
      if (v != null) {
        return v;
      }
    }
    return map((Value) key);
  }

  /** A definition's operands as its adjoint rule reads them, in the reverse sweep. */
  private List<Value> operands(Primitive p, Stmt.Let let, List<Boolean> varies) {
    List<Value> mapped = new ArrayList<>();
    for (int i = 0; i < let.args().size(); i++) {
      mapped.add(operand(p, let, varies, i, let.args().get(i)));
    }
    return mapped;
  }

  /**
   * Operand {@code i} of a definition ({@code arity} for its result) in the reverse sweep. One that no partial
   * derivative of a varying operand reads stands as a zero: only the unused partials of operands that do not vary read
   * it, so it was not saved, and the forward value is out of scope in a reverse block (a part of the cotangent dot
   * product has no value there at all).
   */
  private Value operand(Primitive p, Stmt.Let let, List<Boolean> varies, int i, Value old) {
    boolean read = false;
    for (int k = 0; k < varies.size(); k++) {
      read |= varies.get(k) && Partials.needs(p, k).contains(i);
    }
    if (!read) {
      return b.constantOf(old.type(), old.type() == Type.BOOLEAN ? (Object) false : (Object) 0);
    }
    return revValue(old);
  }

  /**
   * A value of the cotangent dot product in the direction being emitted, where the cotangent is that direction's unit
   * row: the product is arithmetic on the cotangent's entries, which become the seeds.
   */
  private Value seededValue(Value v) {
    Stmt.Let let = loops.definition(v);
    if (let.op() instanceof Op.ArrayLoad && let.args().get(0).equals(cotangent)) {
      return rows.seed(b, adj.index, revValue(let.args().get(1)));
    }
    Op.Prim p = (Op.Prim) let.op();
    return b.prim(p.primitive(), p.strict(), revValues(let.args()));
  }

  private List<Value> revValues(List<Value> old) {
    List<Value> mapped = new ArrayList<>();
    for (Value v : old) {
      mapped.add(revValue(v));
    }
    return mapped;
  }
}
