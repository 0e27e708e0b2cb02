package dev.nabla.processor.source;

import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Origin;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges the variables of the two sides of a branch: values that differ meet in a slot, and arrays that both sides
 * leave with one constant length are copied by value into a fresh array.
 */
final class BranchMerge {
  private static final String RESULT = Syntax.RESULT;

  private final Builder b;
  private final Set<Value> localArrays;
  private final Map<String, Tree> arrayAssignments;

  /** One side of a branch: its statements, to which the merge appends, and the variables' values at its end. */
  record Side(List<Stmt> stmts, Map<String, Value> values) {}

  /**
   * Merges that build into {@code b}, add the arrays they allocate to {@code localArrays}, and report an array variable
   * that the sides assign differently at its last assignment in {@code arrayAssignments}.
   */
  BranchMerge(Builder b, Set<Value> localArrays, Map<String, Tree> arrayAssignments) {
    this.b = b;
    this.localArrays = localArrays;
    this.arrayAssignments = arrayAssignments;
  }

  /**
   * Emits {@code if (cond) then else otherwise} and returns the variables' values after it: those declared
   * {@code before} the branch and the hidden ones; {@code frame} is the method the branch is in. A side that throws
   * never reaches the merge: the variables after the branch are those of the other side.
   */
  Map<String, Value> merge(Value cond, Map<String, Value> before, Side then, Side otherwise, Frame frame) {
    List<Stmt> thenStmts = then.stmts();
    List<Stmt> elseStmts = otherwise.stmts();
    boolean thenThrew = threw(then);
    boolean elseThrew = threw(otherwise);
    if (thenThrew && elseThrew) {
      b.ifThenElse(cond, new Block(thenStmts), new Block(elseStmts));
      Map<String, Value> after = new LinkedHashMap<>(before); // what follows never runs
      after.put(Syntax.JUMP, then.values().get(Syntax.JUMP));
      return after;
    }
    Map<String, Value> merged = new LinkedHashMap<>();
    Map<String, Slot> slots = new LinkedHashMap<>();
    for (Map.Entry<String, Value> e : then.values().entrySet()) {
      String name = e.getKey();
      Value f = otherwise.values().get(name);
      if (f == null || (!before.containsKey(name) && !name.startsWith("$"))) {
        continue;
      }
      // where one side throws, the other's value alone goes on; defined in that side, it still needs a slot
      Value t = thenThrew ? f : e.getValue();
      f = elseThrew ? t : f;
      Value kept = t;
      List<Stmt> goesOn = thenThrew ? elseStmts : elseThrew ? thenStmts : List.of();
      if (t.equals(f) && goesOn.stream().noneMatch(s -> Statements.defines(s, kept))) {
        merged.put(name, t);
        continue;
      }
      Type type = t.type() == f.type() ? t.type() : Type.promote(t.type(), f.type());
      Integer length = type == Type.DOUBLE_ARRAY && goesOn.isEmpty() ? commonLength(t, f) : null;
      if (length != null) {
        merged.put(name, mergeByCopy(t, f, length, thenStmts, elseStmts));
        continue;
      }
      if (type.isArray() && !name.equals(RESULT)) {
        throw frame.error(Diagnostic.ARRAY_REASSIGNMENT, arrayAssignments.getOrDefault(name, b.origin().tree()),
            Variables.describe(name));
      }
      Slot slot = b.slot(type, Variables.hint(name));
      if (!thenThrew) {
        thenStmts.add(new Stmt.Store(slot, widen(t, type, thenStmts), Origin.NONE));
      }
      if (!elseThrew) {
        elseStmts.add(new Stmt.Store(slot, widen(f, type, elseStmts), Origin.NONE));
      }
      slots.put(name, slot);
    }
    b.ifThenElse(cond, new Block(thenStmts), new Block(elseStmts));
    for (Map.Entry<String, Slot> e : slots.entrySet()) {
      merged.put(e.getKey(), b.rename(b.load(e.getValue()), Variables.hint(e.getKey())));
    }
    return merged;
  }

  /** Whether a side of a branch throws: then nothing after it runs. */
  boolean threw(Side side) {
    return Integer.valueOf(Jump.THROW).equals(b.constantValue(side.values().get(Syntax.JUMP)));
  }

  /** The length both arrays have when it is the same constant (an unassigned array fits any), else null. */
  private Integer commonLength(Value t, Value f) {
    Integer lt = constantLength(t);
    Integer lf = constantLength(f);
    if (lt == null || lf == null) {
      return lt == null ? (b.constantValue(t) == Builder.NULL ? lf : null) : (b.constantValue(f) == Builder.NULL ? lt
          : null);
    }
    return lt.equals(lf) ? lt : null;
  }

  private Integer constantLength(Value array) {
    Stmt.Let d = b.definition(array);
    return d != null && d.op() instanceof Op.NewArray && d.args().size() == 1
        && b.constantValue(d.args().get(0)) instanceof Integer n ? n : null;
  }

  /**
   * Merges two arrays of the same constant length by value: a new array, allocated before the branch, receives the
   * elements of the branch's array. Fixed-size code then never merges references, and its arrays become scalars.
   */
  private Value mergeByCopy(Value t, Value f, int length, List<Stmt> thenStmts, List<Stmt> elseStmts) {
    Value merged = b.newArray(Type.DOUBLE_ARRAY, List.of(b.constant(length)), "result");
    localArrays.add(merged);
    for (int i = 0; i < length; i++) {
      Value index = b.constant(i);
      if (b.constantValue(t) != Builder.NULL) {
        copyElement(t, merged, index, thenStmts);
      }
      if (b.constantValue(f) != Builder.NULL) {
        copyElement(f, merged, index, elseStmts);
      }
    }
    return merged;
  }

  private void copyElement(Value from, Value to, Value index, List<Stmt> into) {
    Stmt.Let element = b.detachedArrayLoad(from, index);
    into.add(element);
    into.add(new Stmt.ArrayStore(to, List.of(index), element.result(), Origin.NONE));
  }

  private Value widen(Value v, Type type, List<Stmt> into) {
    if (v.type() == type || b.constantValue(v) != null) {
      return b.constantValue(v) != null ? b.constantOf(type, b.constantValue(v)) : v;
    }
    Stmt.Let conversion = b.detachedConversion(v, type);
    into.add(conversion);
    return conversion.result();
  }
}
