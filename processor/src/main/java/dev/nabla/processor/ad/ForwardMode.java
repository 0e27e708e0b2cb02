package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Copier;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.opt.ElementCoverage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Forward mode: computes, next to every varying value, its tangents along one or several directions through the point,
 * all in one sweep.
 *
 * <p>Each tangent comes from the primitive's own tangent rule, applied once per direction; the builder shares what the
 * directions have in common (cos u, exp u, …), so W directions cost one primal sweep plus W sweeps of multiplies and
 * adds. Along one direction this is the Jacobian–vector product of a vector function, or, applied to a gradient
 * function made by {@link ReverseMode} (tape operations included) with the gradient array as the output, the
 * Hessian–vector product: forward over reverse. Along a chunk of unit vectors it writes W columns of the Jacobian or
 * of the Hessian straight into the caller's matrix.
 */
public final class ForwardMode extends Copier {
  private final Activity activity;
  /**
   * The activity along each direction, from the point's elements that direction seeds: a double the direction does
   * not reach, or one that reaches no output, has the structural zero as its tangent along it, never a zero computed at
   * run time that a partial beyond double's range would turn into NaN.
   */
  private final List<Activity> along = new ArrayList<>();
  private final Value output;
  private final int width;
  private final int parameterCount;
  private final List<Value> pointValues = new ArrayList<>();
  private final Map<Value, List<Value>> tangents = new HashMap<>();
  private final Map<Value, List<TangentArray>> arrayTangents = new HashMap<>();
  private final Map<Slot, List<Slot>> tangentSlots = new HashMap<>();
  private int nextParameter;
  private Point point;
  /** A gradient function's gradient parameter, whose tangents are the output and which is itself never written. */
  private Value gradient;
  /** A Jacobian chunk's columns of the caller's Jacobian. */
  private JacobianColumns jacobian;

  /** Differentiates {@code output} of {@code source} along {@code width} directions. */
  private ForwardMode(Function source, Set<Integer> pointIndices, Value output, int width) {
    super(source);
    this.width = width;
    this.activity = new Activity(source, pointIndices, Set.of(output));
    this.output = output;
    this.parameterCount = copyParameters(pointIndices, pointValues);
    this.nextParameter = source.parameterTypes().size();
  }

  /** The Jacobian–vector product of a vector function: {@code f(P..., tangent)} returns J·tangent. */
  public static Function jvp(Function f, Set<Integer> pointIndices) {
    ForwardMode m = new ForwardMode(f, pointIndices, f.result(), 1);
    Value tangent = m.parameter(Type.DOUBLE_ARRAY, "tangent");
    m.run(new Directions.Along(tangent));
    List<TangentArray> t = m.arrayTangents.get(f.result());
    m.b.emit(new Stmt.Return(t != null ? ((TangentArray.Local) t.get(0)).array()
        : m.b.newArray(Type.DOUBLE_ARRAY, List.of(m.b.length(m.map(f.result()), null)), "tangent")));
    return m.b.finish(f.name() + "Jvp");
  }

  /**
   * The Hessian–vector product from a gradient function {@code g(P..., gradient)}: {@code h(P..., gradient, v, hv)}
   * returns f and writes H·v into {@code hv}; it never touches {@code gradient}.
   */
  public static Function hessianVector(Function gradient, Set<Integer> pointIndices) {
    ForwardMode m = forGradient(gradient, pointIndices, 1);
    Value v = m.parameter(Type.DOUBLE_ARRAY, "v");
    m.arrayTangents.put(m.gradient, List.of(new TangentArray.Local(m.parameter(Type.DOUBLE_ARRAY, "hv"))));
    m.run(new Directions.Along(v));
    m.b.emit(new Stmt.Return(m.map(gradient.result())));
    return m.b.finish(gradient.name() + "HessianVector");
  }

  /**
   * Columns first … first + width − 1 of the Hessian from a gradient function:
   * {@code h(P..., gradient, first, hessian)} returns f and writes {@code hessian[i][first + w]}, for the columns below
   * n; it never touches {@code gradient}.
   */
  public static Function hessianChunk(Function gradient, Set<Integer> pointIndices, int width) {
    ForwardMode m = forGradient(gradient, pointIndices, width);
    Directions.Units units = m.units();
    m.arrayTangents.put(m.gradient, units.columnsOf(m.parameter(Type.DOUBLE_MATRIX, "hessian")));
    m.run(units);
    m.b.emit(new Stmt.Return(m.map(gradient.result())));
    return m.b.finish(gradient.name() + "HessianChunk");
  }

  /**
   * Columns first … first + width − 1 of the Jacobian of a vector function: {@code j(P..., first, jacobian)} returns f
   * and writes {@code jacobian[i][first + w]}, for the columns below n, leaving the others as they are. Checks that
   * {@code jacobian} has a row per result; the rows' lengths are the caller's to check.
   */
  public static Function jacobianChunk(Function f, Set<Integer> pointIndices, int width) {
    ForwardMode m = new ForwardMode(f, pointIndices, f.result(), width);
    Directions.Units units = m.units();
    m.jacobian = new JacobianColumns(m.parameter(Type.DOUBLE_MATRIX, "jacobian"), units);
    boolean inPlace = JacobianColumns.inPlace(f) && m.activity.varies(f.result());
    if (inPlace) {
      m.arrayTangents.put(f.result(), m.jacobian.columns());
    }
    m.run(units);
    Value result = m.map(f.result());
    if (!inPlace) {
      // the result's tangents, if it has any, are in arrays of their own: copy them into the columns
      Value rows = m.b.length(result, null);
      m.jacobian.requireRows(m.b, rows);
      m.jacobian.write(m.b, rows, m.arrayTangents.get(f.result()));
    }
    m.b.emit(new Stmt.Return(result));
    return m.b.finish(f.name() + "JacobianChunk");
  }

  /** Forward mode over a gradient function {@code g(P..., gradient)}, whose output is the gradient. */
  private static ForwardMode forGradient(Function g, Set<Integer> pointIndices, int width) {
    Value gradient = ((Stmt.Let) g.body().stmts().get(g.parameterTypes().size() - 1)).result();
    ForwardMode m = new ForwardMode(g, pointIndices, gradient, width);
    m.gradient = gradient;
    return m;
  }

  private Value parameter(Type type, String hint) {
    return b.param(nextParameter++, type, hint);
  }

  /** A chunk of unit directions starting at a new parameter {@code first}. */
  private Directions.Units units() {
    Value first = parameter(Type.INT, "first");
    layOut();
    return new Directions.Units(b, first, point.size(), width);
  }

  private void layOut() {
    if (point == null) {
      point = new Point(b, pointValues);
    }
  }

  /** Seeds the point's tangents along {@code directions}, then differentiates the body. */
  private void run(Directions directions) {
    layOut();
    List<Stmt> body = source.body().stmts();
    for (int w = 0; w < width; w++) {
      Set<Integer> seeded = new HashSet<>();
      for (int i = 0; i < parameterCount; i++) {
        Stmt.Let param = (Stmt.Let) body.get(i);
        Value p = values.get(param.result());
        if (point.contains(p)
            && (p.type() != Type.DOUBLE || directions.reaches(b, w, point.position(b, p, List.of())))) {
          seeded.add(((Op.Param) param.op()).index());
        }
      }
      along.add(new Activity(source, seeded, Set.of(output)));
    }
    for (int i = 0; i < parameterCount; i++) {
      Value old = ((Stmt.Let) body.get(i)).result();
      Value p = values.get(old);
      if (point.contains(p)) {
        if (p.type() == Type.DOUBLE) {
          Value position = point.position(b, p, List.of());
          tangents.put(old, perDirection(w -> b.rename(directions.seed(b, w, position), dotHint(p.hint(), w))));
        } else {
          arrayTangents.put(old, perDirection(w -> new TangentArray.Seeded(point, directions, w, p)));
        }
      }
    }
    copyBlock(new Block(body.subList(parameterCount, body.size() - 1)));
  }

  private <T> List<T> perDirection(IntFunction<T> make) {
    List<T> list = new ArrayList<>();
    for (int w = 0; w < width; w++) {
      list.add(make.apply(w));
    }
    return list;
  }

  /** The name of a tangent: {@code xDot} along the only direction, {@code xDot0}, {@code xDot1} … in a chunk. */
  private String dotHint(String hint, int w) {
    return width == 1 ? hint + "Dot" : hint + "Dot" + w;
  }

  /** Copies one statement with the tangents of what it defines or stores; control structures as {@link Copier} does. */
  @Override
  protected void statement(Stmt s) {
    if (s instanceof Stmt.Let let) {
      let(let);
    } else if (s instanceof Stmt.Store st) {
      b.origin(st.origin());
      copySimple(st);
      if (activity.varies(st.slot())) {
        List<Slot> t = tangentSlots(st.slot());
        for (int w = 0; w < width; w++) {
          if (st.slot().type().isArray()) {
            b.store(t.get(w), arrayTangentOrNull(st.value(), w));
          } else if (along.get(w).varies(st.slot())) {
            b.store(t.get(w), tangent(st.value(), w));
          }
        }
      }
    } else if (s instanceof Stmt.ArrayStore st) {
      b.origin(st.origin());
      if (!st.array().equals(gradient)) {
        copySimple(st);
      }
      if (activity.varies(st.array()) || st.array().equals(gradient)) {
        // every entry of the output gets its tangent, zero where the gradient entry is constant
        List<Value> index = map(st.index());
        for (int w = 0; w < width; w++) {
          arrayTangents.get(st.array()).get(w).store(b, index, tangent(st.value(), w));
        }
      }
    } else if (s instanceof Stmt.ArrayAdd st) {
      if (!st.array().equals(gradient)) {
        copySimple(st);
      }
      if (activity.varies(st.array())) {
        List<Value> index = map(st.index());
        for (int w = 0; w < width; w++) {
          arrayTangents.get(st.array()).get(w).add(b, index, tangent(st.value(), w));
        }
      }
    } else if (s instanceof Stmt.Push p) {
      copySimple(p);
      if (p.value().type() == Type.DOUBLE) {
        for (int w = 0; w < width; w++) {
          if (along.get(w).varies(p.value())) {
            b.emit(new Stmt.Push(tangent(p.value(), w)));
          }
        }
      }
    } else {
      super.statement(s);
    }
  }

  private void let(Stmt.Let let) {
    Value old = let.result();
    if (let.op() instanceof Op.Pop pop && old.type() == Type.DOUBLE) {
      // the tangents were pushed after the value, so they are popped first, last direction first; whether there are
      // any is decided by the pushed value, as at the push, so the tape stays aligned even when the copy is not used
      Value[] popped = new Value[width];
      for (int w = width - 1; w >= 0; w--) {
        popped[w] = along.get(w).varies(pop.original()) ? b.pop(tangent(pop.original(), w)) : b.zero();
      }
      copy(let);
      if (activity.varies(old)) {
        tangents.put(old, Arrays.asList(popped));
      }
      return;
    }
    Value v = copy(let);
    if (!activity.varies(old)) {
      return;
    }
    Op op = let.op();
    if (op instanceof Op.NewArray) {
      if (arrayTangents.containsKey(old)) {
        // the result, written in place into the caller's Jacobian, whose columns start at zero unless a loop
        // overwrites every element
        Value rows = map(let.args()).get(0);
        jacobian.requireRows(b, rows);
        if (!ElementCoverage.storesEveryElement(source, old, let.args().get(0))) {
          jacobian.write(b, rows, null);
        }
      } else {
        arrayTangents.put(old, perDirection(w ->
            new TangentArray.Local(b.newArray(old.type(), map(let.args()), dotHint(v.hint(), w)))));
      }
      return;
    }
    if (old.type().isArray()) {
      if (op instanceof Op.Load l) {
        arrayTangents.put(old, perDirection(w -> new TangentArray.Local(b.load(tangentSlots(l.slot()).get(w)))));
      }
      return;
    }
    tangents.put(old, perDirection(w -> along.get(w).varies(old) ? named(tangent(let, v, w), dotHint(v.hint(), w))
        : b.zero()));
  }

  /**
   * Names a tangent after its variable, unless it is the value of a {@code Math} function (cos x, the tangent of
   * sin x along a unit seed), which keeps its own name since the primal sweep may share it.
   */
  private Value named(Value tangent, String hint) {
    Stmt.Let d = b.definition(tangent);
    return d != null && d.op() instanceof Op.Prim p && p.primitive().isMathFunction()
        ? tangent : b.rename(tangent, hint);
  }

  /** The tangent along direction {@code w} of a varying double defined by {@code let} (copied as {@code v}). */
  private Value tangent(Stmt.Let let, Value v, int w) {
    Op op = let.op();
    if (op instanceof Op.Prim p) {
      List<Value> argTangents = new ArrayList<>();
      for (Value arg : let.args()) {
        argTangents.add(along.get(w).varies(arg) ? tangent(arg, w) : null);
      }
      return p.primitive().tangent(b, map(let.args()), v, argTangents);
    }
    if (op instanceof Op.Load l) {
      return b.load(tangentSlots(l.slot()).get(w));
    }
    Value array = let.args().get(0);
    return arrayTangents.get(array).get(w).load(b, map(let.args().subList(1, let.args().size())));
  }

  private Value tangent(Value old, int w) {
    List<Value> t = tangents.get(old);
    return t == null ? b.zero() : t.get(w);
  }

  /** The array holding an array variable's tangents along direction {@code w}, or null when it has none. */
  private Value arrayTangentOrNull(Value old, int w) {
    List<TangentArray> t = arrayTangents.get(old);
    return t == null ? b.constantOf(old.type(), 0) : ((TangentArray.Local) t.get(w)).array();
  }

  private List<Slot> tangentSlots(Slot old) {
    return tangentSlots.computeIfAbsent(old, s -> perDirection(w -> b.slot(s.type(), dotHint(s.hint(), w))));
  }
}
