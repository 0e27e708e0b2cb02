package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Forward mode: computes, next to every varying value, its tangent along a direction through the point.
 *
 * <p>For a vector function it yields the Jacobian–vector product. Applied to a gradient function made by
 * {@link ReverseMode} (tape operations included), with the gradient array as the output, it yields Hessian–vector
 * products: forward over reverse.
 */
public final class ForwardMode extends Copier {
  private final Activity activity;
  private final Set<Integer> pointIndices;
  private final int outputIndex;
  private final Map<Value, Value> tangents = new HashMap<>();
  private final Map<Value, Value> arrayTangents = new HashMap<>();
  private final Map<Slot, Slot> tangentSlots = new HashMap<>();
  private Point point;
  private Value direction;
  private Value output;
  private Value outputTangent;

  private ForwardMode(Function source, Set<Integer> pointIndices, int outputIndex) {
    super(source);
    this.pointIndices = pointIndices;
    this.outputIndex = outputIndex;
    this.activity = new Activity(source, pointIndices, Set.of(outputIndex < 0 ? source.result()
        : ((Stmt.Let) source.body().stmts().get(outputIndex)).result()));
  }

  /**
   * The Jacobian–vector product of a vector function: {@code f(P..., tangent)} returns J·tangent.
   */
  public static Function jvp(Function f, Set<Integer> pointIndices) {
    ForwardMode m = new ForwardMode(f, pointIndices, -1);
    Value result = m.run();
    Value t = m.arrayTangents.get(result);
    if (t == null) {
      t = m.b.newArray(Type.DOUBLE_ARRAY, List.of(m.b.length(m.map(result), null)), "tangent");
    }
    m.b.emit(new Stmt.Return(t));
    return m.b.finish(f.name() + "Jvp");
  }

  /**
   * The Hessian–vector product from a gradient function {@code g(P..., gradient)}: {@code h(P..., gradient, v, hv)}
   * returns f and writes H·v into {@code hv}; it never touches {@code gradient}.
   */
  public static Function hessianVector(Function gradient, Set<Integer> pointIndices) {
    int gradientIndex = gradient.parameterTypes().size() - 1;
    ForwardMode m = new ForwardMode(gradient, pointIndices, gradientIndex);
    Value result = m.run();
    m.b.emit(new Stmt.Return(m.map(result)));
    return m.b.finish(gradient.name() + "HessianVector");
  }

  private Value run() {
    List<Stmt> body = source.body().stmts();
    List<Value> pointValues = new ArrayList<>();
    int first = copyParameters(pointIndices, pointValues);
    if (outputIndex >= 0) {
      output = ((Stmt.Let) body.get(outputIndex)).result();
    }
    int next = source.parameterTypes().size();
    direction = b.param(next, Type.DOUBLE_ARRAY, outputIndex < 0 ? "tangent" : "v");
    if (outputIndex >= 0) {
      outputTangent = b.param(next + 1, Type.DOUBLE_ARRAY, "hv");
    }
    point = new Point(b, pointValues);
    for (int i = 0; i < first; i++) {
      Value old = ((Stmt.Let) body.get(i)).result();
      Value p = values.get(old);
      if (point.contains(p)) {
        if (p.type() == Type.DOUBLE) {
          tangents.put(old, b.rename(b.arrayLoad(direction, List.of(point.position(b, p, List.of()))),
              p.hint() + "Dot"));
        } else {
          arrayTangents.put(old, direction);
        }
      } else if (old.equals(output)) {
        arrayTangents.put(old, outputTangent);
      }
    }
    forward(new Block(body.subList(first, body.size() - 1)));
    return source.result();
  }

  private void forward(Block block) {
    for (Stmt s : block.stmts()) {
      if (s instanceof Stmt.Let let) {
        let(let);
      } else if (s instanceof Stmt.Store st) {
        b.origin(st.origin());
        copySimple(st);
        if (activity.varies(st.slot())) {
          Slot t = tangentSlot(st.slot());
          b.store(t, st.slot().type().isArray() ? arrayTangentOrNull(st.value()) : tangent(st.value()));
        }
      } else if (s instanceof Stmt.ArrayStore st) {
        b.origin(st.origin());
        if (!st.array().equals(output)) {
          copySimple(st);
        }
        if (activity.varies(st.array()) || st.array().equals(output)) {
          // every entry of the output gets its tangent, zero where the gradient entry is constant
          b.arrayStore(arrayTangents.get(st.array()), index(st.array(), st.index()), tangent(st.value()));
        }
      } else if (s instanceof Stmt.ArrayAdd st) {
        if (!st.array().equals(output)) {
          copySimple(st);
        }
        if (activity.varies(st.array())) {
          b.arrayAdd(arrayTangents.get(st.array()), index(st.array(), st.index()), tangent(st.value()));
        }
      } else if (s instanceof Stmt.Push p) {
        copySimple(p);
        if (activity.varies(p.value()) && p.value().type() == Type.DOUBLE) {
          b.emit(new Stmt.Push(tangent(p.value())));
        }
      } else if (s instanceof Stmt.If i) {
        Value c = map(i.cond());
        b.beginBlock();
        forward(i.then());
        Block then = b.endBlock();
        b.beginBlock();
        forward(i.otherwise());
        b.ifThenElse(c, then, b.endBlock());
      } else if (s instanceof Stmt.While w) {
        b.beginBlock();
        forward(w.header());
        Value test = map(w.cond());
        Block header = b.endBlock();
        b.beginBlock();
        forward(w.body());
        b.whileLoop(header, test, b.endBlock());
      } else {
        copySimple(s);
      }
    }
  }

  private void let(Stmt.Let let) {
    Value old = let.result();
    if (let.op() instanceof Op.Pop pop && activity.varies(pop.original()) && old.type() == Type.DOUBLE) {
      // the tangent was pushed after the value, so it is popped first; whether there is one is decided by the
      // pushed value, as at the push, so the tape stays aligned even when the restored copy is not used
      Value t = b.pop(tangent(pop.original()));
      Value v = copy(let);
      if (activity.varies(old)) {
        tangents.put(old, b.rename(t, v.hint() + "Dot"));
      }
      return;
    }
    Value v = copy(let);
    if (!activity.varies(old)) {
      return;
    }
    Op op = let.op();
    if (op instanceof Op.NewArray) {
      arrayTangents.put(old, b.newArray(old.type(), map(let.args()), v.hint() + "Dot"));
      return;
    }
    if (old.type().isArray()) {
      if (op instanceof Op.Load l) {
        arrayTangents.put(old, b.load(tangentSlot(l.slot())));
      }
      return;
    }
    Value t;
    if (op instanceof Op.Prim p) {
      List<Value> argTangents = new ArrayList<>();
      for (Value arg : let.args()) {
        argTangents.add(activity.varies(arg) ? tangent(arg) : null);
      }
      t = p.primitive().tangent(b, map(let.args()), v, argTangents);
    } else if (op instanceof Op.Load l) {
      t = b.load(tangentSlot(l.slot()));
    } else {
      Value array = let.args().get(0);
      t = b.arrayLoad(arrayTangents.get(array), index(array, let.args().subList(1, let.args().size())));
    }
    tangents.put(old, b.rename(t, v.hint() + "Dot"));
  }

  /** Where an element of a varying array has its tangent: the same place, or its position in the direction. */
  private List<Value> index(Value array, List<Value> index) {
    Value mapped = values.get(array);
    if (mapped != null && point.contains(mapped)) {
      return List.of(point.position(b, mapped, map(index)));
    }
    return map(index);
  }

  private Value tangent(Value old) {
    Value t = tangents.get(old);
    return t == null ? b.zero() : t;
  }

  private Value arrayTangentOrNull(Value old) {
    Value t = arrayTangents.get(old);
    return t == null ? b.constantOf(old.type(), 0) : t;
  }

  private Slot tangentSlot(Slot old) {
    return tangentSlots.computeIfAbsent(old, s -> b.slot(s.type(), s.hint() + "Dot"));
  }
}
