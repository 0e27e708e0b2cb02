package dev.nabla.processor.opt;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.opt.CountedLoops.Counted;
import dev.nabla.processor.opt.CountedLoops.Induction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the point arrays whose gradient entries one reduction loop writes exactly once each, as extended Rosenbrock's
 * loop over pairs (x[i], x[i+1]) does: the reverse sweep then assigns those entries instead of zero-filling the array
 * and adding to them, as hand-written gradients do.
 *
 * <p>That holds when every differentiated read of the array is at the top level of the loop's body, at
 * {@code array[i + k]} for the loop's counter i, whose step S equals the number of those reads and their offsets k are
 * S consecutive integers: iteration j then writes entries {@code start + j·S + first} to {@code … + S − 1}, and
 * together the iterations write one interval.
 */
public final class SingleWrites {
  /**
   * A point array whose entries from {@code start + first} to {@code start + first + trips·step} (exclusive) the
   * counted reduction loop {@code counted} writes once each, through the reads {@code loads}; the others stay zero.
   */
  public record Cover(Counted counted, long first, Set<Value> loads) {}

  private SingleWrites() {}

  /**
   * The covered arrays among {@code pointArrays} (source parameter values), each with its cover; only the reads whose
   * result {@code varies} with the point count.
   */
  public static Map<Value, Cover> find(Function f, Predicate<Value> varies, CountedLoops loops, Block top,
      Set<Stmt.While> reductions, Set<Value> pointArrays) {
    Map<Value, Cover> covers = new HashMap<>();
    for (Value array : pointArrays) {
      if (array.type() != Type.DOUBLE_ARRAY) {
        continue;
      }
      List<Stmt.Let> reads = new java.util.ArrayList<>();
      Statements.forEach(f.body().stmts(), s -> {
        if (s instanceof Stmt.Let let && let.op() instanceof Op.ArrayLoad && let.args().get(0).equals(array)
            && varies.test(let.result())) {
          reads.add(let);
        }
      });
      for (int i = 0; i < top.stmts().size() && !reads.isEmpty(); i++) {
        if (top.stmts().get(i) instanceof Stmt.While w && reductions.contains(w)
            && w.body().stmts().containsAll(reads)) {
          Cover cover = cover(loops, top, i, w, reads);
          if (cover != null) {
            covers.put(array, cover);
          }
        }
      }
    }
    return covers;
  }

  /** The cover of the reads of one array by the reduction loop at {@code index} of {@code top}, or null. */
  private static Cover cover(CountedLoops loops, Block top, int index, Stmt.While w, List<Stmt.Let> reads) {
    Map<Value, Induction> inductions = loops.inductions(top, index, w);
    Counted counted = loops.counted(w, inductions);
    if (counted == null || counted.counter().slot().type() != Type.INT
        || counted.counter().step() != reads.size()) {
      return null;
    }
    Value counter = inductions.entrySet().stream().filter(e -> e.getValue() == counted.counter())
        .map(Map.Entry::getKey).findFirst().orElseThrow();
    Set<Long> offsets = new HashSet<>();
    long first = Long.MAX_VALUE;
    for (Stmt.Let read : reads) {
      Long k = loops.offset(read.args().get(1), counter);
      if (k == null || !offsets.add(k)) {
        return null;
      }
      first = Math.min(first, k);
    }
    for (long k = first; k < first + reads.size(); k++) {
      if (!offsets.contains(k)) {
        return null;
      }
    }
    Set<Value> loads = new HashSet<>();
    reads.forEach(r -> loads.add(r.result()));
    return new Cover(counted, first, loads);
  }
}
