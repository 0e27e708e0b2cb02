package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which operands each partial derivative reads, found by building the primitive's partials once on placeholders.
 * Index {@code arity} stands for the primitive's result. The reverse sweep saves exactly these values.
 */
final class Partials {
  private static final Map<Primitive, List<Set<Integer>>> NEEDS = new EnumMap<>(Primitive.class);

  private Partials() {}

  /** The operand indices (and {@code arity} for the result) that ∂result/∂arg{@code i} of {@code p} reads. */
  static synchronized Set<Integer> needs(Primitive p, int i) {
    return NEEDS.computeIfAbsent(p, Partials::analyze).get(i);
  }

  private static List<Set<Integer>> analyze(Primitive p) {
    Builder scratch = new Builder();
    List<Value> args = new ArrayList<>();
    for (int i = 0; i < p.arity(); i++) {
      args.add(scratch.param(i, p.domain(i).type(), "a"));
    }
    Value result = scratch.param(p.arity(), Type.DOUBLE, "y");
    List<Value> partials = p.partials(scratch, args, result);
    List<Set<Integer>> needs = new ArrayList<>();
    for (Value partial : partials) {
      Set<Integer> reads = new HashSet<>();
      Deque<Value> work = new ArrayDeque<>(List.of(partial));
      while (!work.isEmpty()) {
        Stmt.Let def = scratch.definition(work.pop());
        if (def == null) {
          continue;
        }
        if (def.op() instanceof Op.Param param) {
          reads.add(param.index());
        }
        work.addAll(def.args());
      }
      needs.add(reads);
    }
    return needs;
  }
}
