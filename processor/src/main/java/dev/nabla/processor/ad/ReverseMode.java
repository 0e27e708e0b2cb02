package dev.nabla.processor.ad;

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
import dev.nabla.processor.opt.CountedLoops;
import dev.nabla.processor.opt.SingleWrites;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
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
 * {@link Reductions}) are the exception: each iteration runs its own adjoint right after its forward statements. In a
 * gradient, a top-level loop that {@link CheckpointedLoops} can run again tapes its first iterations only, up to a tape
 * limit, then saves snapshots of its state, from which its reverse sweep runs it again as its {@link Schedule} says.
 */
public final class ReverseMode extends Copier {
  private final Activity activity;
  private final Set<Integer> pointIndices;
  /** The adjoints of each direction the sweep differentiates along, and those of the one being emitted. */
  private final List<Adjoints> directions = new ArrayList<>();
  private Adjoints adj;
  private final CountedLoops loops;
  private final TripCounts tripCounts;
  private final StoreOrRecompute tape;
  private Map<Stmt.While, Reductions.Reduction> reductions;
  /** The point arrays whose gradient entries one reduction loop assigns, each entry once. */
  private Map<Value, SingleWrites.Cover> covers;
  private Point point;
  private final Use use;
  /** For Jacobian rows: the values of the dot product that depend on its cotangent, and the rows' unit seeds. */
  private final RowSeeds seeds;
  /** The most entries a checkpointed loop keeps on the tape; {@code Integer.MAX_VALUE} checkpoints no loop. */
  private final int tapeLimit;
  /** The loops that can be checkpointed; those that tape something are, with these schedules. */
  private Set<Stmt.While> checkpointed = Set.of();
  private final Map<Stmt.While, Schedule> schedules = new IdentityHashMap<>();

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

  private ReverseMode(Function source, Set<Integer> pointIndices, Use use, int width) {
    this(source, pointIndices, use, width, -1, Integer.MAX_VALUE);
  }

  private ReverseMode(Function source, Set<Integer> pointIndices, Use use, int width, int knownRows, int tapeLimit) {
    super(source);
    this.pointIndices = pointIndices;
    this.use = use;
    this.tapeLimit = tapeLimit;
    this.seeds = use == Use.ROWS ? RowSeeds.of(b, source, knownRows) : RowSeeds.none(b);
    this.activity = new Activity(source, pointIndices);
    this.loops = new CountedLoops(source);
    this.tripCounts = new TripCounts(source, b, loops);
    this.tape = new StoreOrRecompute(b, activity, tripCounts, seeds.values());
    for (int w = 0; w < width; w++) {
      directions.add(new Adjoints(b, w, width));
    }
    adj = directions.get(0);
  }

  /**
   * The gradient function of {@code f} with respect to the parameters at {@code pointIndices}; a loop that keeps more
   * than {@code tapeLimit} entries on the tape is checkpointed, if it can be.
   */
  public static Function gradient(Function f, Set<Integer> pointIndices, int tapeLimit) {
    return new ReverseMode(f, pointIndices, Use.GRADIENT, 1, -1, tapeLimit).run();
  }

  /** The gradient function of {@code f} in the form forward mode differentiates again (for Hessians). */
  public static Function gradientToDifferentiate(Function f, Set<Integer> pointIndices) {
    return new ReverseMode(f, pointIndices, Use.DIFFERENTIATED, 1).run();
  }

  /**
   * The derivative function of {@code f} with respect to its one point parameter, a {@code double}: it returns df/dx
   * and computes nothing of f's value that the derivative does not need; loops are checkpointed as in
   * {@link #gradient}.
   */
  public static Function derivative(Function f, Set<Integer> pointIndices, int tapeLimit) {
    return new ReverseMode(f, pointIndices, Use.DERIVATIVE, 1, -1, tapeLimit).run();
  }

  /**
   * Rows first … first + width − 1 of the Jacobian of a vector function, in one sweep along as many directions, from
   * its cotangent dot product {@code dot} (whose last parameter is the cotangent): {@code r(P..., first, jacobian)}
   * writes each row i, the gradient of f_i, and returns 0. The rows must exist: first + width ≤ m. {@code rows} is m
   * when it is known at compile time, else negative.
   */
  public static Function jacobianRows(Function dot, Set<Integer> pointIndices, int width, int rows) {
    return new ReverseMode(dot, pointIndices, Use.ROWS, width, rows, Integer.MAX_VALUE).run();
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
      seeds.startRows(start, jacobian, directions.size());
      eachDirection(() -> adj.output = b.rename(b.arrayLoad(jacobian, List.of(seeds.row(adj.index))),
          "row" + adj.index));
    } else {
      if (use != Use.DERIVATIVE) {
        adj.output = b.param(next, Type.DOUBLE_ARRAY, "gradient");
      }
      point = new Point(b, pointValues);
    }
    Block top = new Block(body.subList(0, body.size() - 1));
    reductions = Reductions.find(source, activity, top.stmts());
    if (tapeLimit < Integer.MAX_VALUE) {
      checkpointed = CheckpointedLoops.find(top, activity, reductions.keySet());
    }
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
    tape.enter();
    reverseStatements(top, false);
    tape.leave();
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
    Value end = b.prim(Primitive.ADD, first, b.prim(Primitive.MUL, tripCounts.trips(cover.counted(), this::revValue),
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
      if (s instanceof Stmt.Let let && seeds.contains(let.result())
          || dev.nabla.processor.ir.Statements.reads(s).stream().anyMatch(seeds::contains)) {
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
          tape.needed(tripCounts.find(block, index, w));
        }
        // the header and body are built apart, then the loop: what goes before it is known once the body is
        b.beginBlock();
        forward(w.header(), true, false, false);
        Value test = map(w.cond());
        Block header = b.endBlock();
        b.beginBlock();
        forward(w.body(), true, reversed, reversed && reduction == null);
        if (reduction != null) {
          reverseInPlace(w.body());
        }
        Block body = b.endBlock();
        if (checkpointed.contains(w) && !tape.restoresNothing(w.body())) {
          body = checkpointedBody(w, body);
        }
        Slot count = reduction != null || tripCounts.isCounted(w) || schedules.containsKey(w) ? null
            : b.slot(Type.INT, "trips");
        if (count != null) {
          b.store(count, b.constant(0));
          b.beginBlock();
          body.stmts().forEach(b::emit);
          b.store(count, b.prim(Primitive.ADD, b.load(count), b.constant(1)));
          body = b.endBlock();
        }
        b.whileLoop(header, test, body);
        if (schedules.containsKey(w)) {
          schedules.get(w).end();
        }
        if (count != null) {
          tripCounts.counted(w, b.load(count));
        }
        if (reduction != null) {
          eachDirection(() -> adj.accumulators.clear());
        }
      } else if (!(s instanceof Stmt.Return)) {
        copySimple(s);
      }
    }
    if (saves) {
      tape.save(block, inLoop, this::map);
    }
  }

  /**
   * Starts the schedule of a checkpointed loop and returns the body of its forward sweep: while its tape is under the
   * limit, an iteration runs {@code taped}, which tapes what the reverse sweep reads; after that, iterations are not
   * taped, and their state is saved when the schedule asks. The loop is followed by the schedule's end.
   */
  private Block checkpointedBody(Stmt.While w, Block taped) {
    Schedule schedule = new Schedule(b, tapeLimit, CheckpointedLoops.state(w).stream().map(this::map).toList(),
        ((Stmt.Let) w.header().stmts().get(0)).origin());
    schedules.put(w, schedule);
    b.beginBlock();
    Value tapes = schedule.tapes();
    b.beginBlock();
    Value due = schedule.due();
    b.beginBlock();
    schedule.save();
    b.ifThenElse(due, b.endBlock(), new Block(List.of()));
    forward(w.body(), true, false, false);
    b.ifThenElse(tapes, taped, b.endBlock());
    return b.endBlock();
  }

  /**
   * Emits the reverse sweep of a checkpointed loop: it runs the actions of its schedule until it is done. An action
   * restores a snapshot, saves one, runs iterations forward untaped, or reverses iterations: those the forward sweep
   * taped, or others it runs forward taped first.
   */
  private void reverseCheckpointed(Stmt.While w) {
    Schedule schedule = schedules.get(w);
    b.beginBlock();
    Value action = schedule.next();
    Value more = schedule.more(action);
    Block header = b.endBlock();
    b.beginBlock();
    schedule.restore();
    Block restore = b.endBlock();
    b.beginBlock();
    schedule.save();
    Block save = b.endBlock();
    b.beginBlock();
    runForward(w, schedule.steps(), false);
    Block advance = b.endBlock();
    b.beginBlock();
    Value first = schedule.first();
    Value steps = schedule.steps();
    Value turn = schedule.is(action, "TURN");
    b.beginBlock();
    runForward(w, steps, true);
    b.ifThenElse(turn, b.endBlock(), new Block(List.of()));
    reverseIterations(w, first, b.prim(Primitive.ADD, first, steps));
    Block reverse = b.endBlock();
    b.beginBlock();
    b.ifThenElse(schedule.is(action, "ADVANCE"), advance, reverse);
    Block advanceOrReverse = b.endBlock();
    b.beginBlock();
    b.ifThenElse(schedule.is(action, "SAVE"), save, advanceOrReverse);
    Block notRestore = b.endBlock();
    b.beginBlock();
    b.ifThenElse(schedule.is(action, "RESTORE"), restore, notRestore);
    b.whileLoop(header, more, b.endBlock());
  }

  /** Emits {@code steps} iterations of a checkpointed loop from its current state, taped if {@code taped}. */
  private void runForward(Stmt.While w, Value steps, boolean taped) {
    b.countedLoop(b.constant(0), steps, k -> {
      forward(w.header(), true, false, false);
      forward(w.body(), true, taped, taped);
    });
  }

  /**
   * Emits the adjoints of a reduction loop's body right after its forward statements, in the same iteration: they
   * read the forward values in scope, and each accumulator's adjoint set before the loop.
   */
  private void reverseInPlace(Block body) {
    tape.enter();
    zeroAdjoints(body, true, true);
    reverseStatements(body, true);
    tape.leave();
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
    if (isConstant(old) || values.containsKey(old) || seeds.contains(old)) {
      return revValue(old);
    }
    Value v = precomputed.get(old);
    if (v == null) {
      Stmt.Let let = loops.definition(old);
      List<Value> args = new ArrayList<>();
      for (Value a : let.args()) {
        args.add(precompute(a, precomputed));
      }
      v = let.op() instanceof Op.Prim p ? b.prim(p.primitive(), p.library(), args)
          : b.arrayLoad(args.get(0), args.subList(1, args.size()));
      precomputed.put(old, v);
    }
    return v;
  }

  // ---- reverse sweep ----

  /** The reverse sweep of a nested block: restores what its forward block saved, then runs its adjoints. */
  private Block reverse(Block block, boolean inLoop) {
    b.beginBlock();
    tape.restore(block, this::revValue);
    zeroAdjoints(block, true, true);
    reverseStatements(block, inLoop);
    tape.leave();
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
      Block then = Statements.endsAbruptly(i.then()) ? new Block(List.of()) : reverse(i.then(), inLoop);
      Block otherwise = Statements.endsAbruptly(i.otherwise()) ? new Block(List.of()) : reverse(i.otherwise(), inLoop);
      b.ifThenElse(revValue(i.cond()), then, otherwise);
    } else if (s instanceof Stmt.While w && schedules.containsKey(w)) {
      reverseCheckpointed(w);
    } else if (s instanceof Stmt.While w && !reductions.containsKey(w)) {
      List<Value> incoming = use == Use.DIFFERENTIATED ? null : incomingAdjoints(w);
      if (incoming != null) {
        b.beginBlock();
      }
      Value trips = tripCounts.isCounted(w) ? tripCounts.computed(w, this::revValue) : revValue(tripCounts.key(w));
      reverseIterations(w, b.constant(0), trips == null ? tripCounts.forwardCount(w) : trips);
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

  /** Emits the reverse sweep of a loop's iterations {@code end − 1} down to {@code first}. */
  private void reverseIterations(Stmt.While w, Value first, Value end) {
    Slot left = b.slot(Type.INT, "tripsLeft");
    b.store(left, end);
    b.beginBlock();
    Value test = b.prim(Primitive.GT, b.load(left), first);
    Block header = b.endBlock();
    b.beginBlock();
    Value iteration = b.prim(Primitive.SUB, b.load(left), b.constant(1));
    b.store(left, iteration);
    tripCounts.reversing(w, iteration);
    reverse(w.body(), true).stmts().forEach(b::emit);
    b.whileLoop(header, test, b.endBlock());
  }

  /**
   * The adjoints a loop's reverse sweep starts from, those of the scalars its iterations carry out, when they are all
   * it depends on: then, if they are all zero, so is everything it would add (it is linear in them), and the loop can
   * be skipped — as hand-written code skips a ReLU that is off. Null when the loop restores values from the tape
   * (skipping it would leave them there) or carries out an array whose adjoint it would read.
   */
  private List<Value> incomingAdjoints(Stmt.While w) {
    if (!tape.restoresNothing(w.body())) {
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

  /** The value a source value (or a loop's trip count) has in the reverse sweep: restored, or still in scope. */
  private Value revValue(Object key) {
    if (key instanceof Value v && isConstant(v)) {
      return map(v);
    }
    if (key instanceof Value v && seeds.contains(v)) {
      return seeds.value(v, adj.index, this::revValue);
    }
    Value restored = tape.restored(key);
    return restored != null || !(key instanceof Value) ? restored : map((Value) key);
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

  private List<Value> revValues(List<Value> old) {
    List<Value> mapped = new ArrayList<>();
    for (Value v : old) {
      mapped.add(revValue(v));
    }
    return mapped;
  }
}
