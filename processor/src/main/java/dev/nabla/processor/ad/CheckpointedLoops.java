package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Block;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The loops a first-order reverse sweep reverses by checkpointing ({@code dev.nabla.Checkpoints}) once their tape grows
 * past a limit: the top-level loops whose state is a few scalars, so that a snapshot of their variables restarts them,
 * and which run again exactly as they ran: they keep no user code (it could have effects, or read something that
 * changed), write no array made outside them, and read no array that the function writes after them.
 */
final class CheckpointedLoops {
  private CheckpointedLoops() {}

  /** The loops of {@code top} reversed by checkpointing, leaving out {@code reductions}. */
  static Set<Stmt.While> find(Block top, Activity activity, Set<Stmt.While> reductions) {
    Set<Stmt.While> found = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Stmt> stmts = top.stmts();
    for (int i = 0; i < stmts.size(); i++) {
      if (stmts.get(i) instanceof Stmt.While w && !reductions.contains(w)) {
        List<Slot> state = state(w);
        if (state.stream().allMatch(s -> s.type().isNumeric() || s.type() == Type.BOOLEAN)
            && state.stream().anyMatch(s -> s.type() == Type.DOUBLE && activity.varies(s))
            && runsAgainAsItRan(w, stmts, i)) {
          found.add(w);
        }
      }
    }
    return found;
  }

  /**
   * The slots a loop reads or writes, doubles first: all of them are saved in a snapshot, since the code after the loop
   * may change those it only reads.
   */
  static List<Slot> state(Stmt.While w) {
    Set<Slot> slots = new LinkedHashSet<>();
    Statements.forEach(List.of(w), s -> {
      Slot used = Statements.slot(s);
      if (used != null) {
        slots.add(used);
      }
    });
    List<Slot> state = new ArrayList<>(slots.stream().filter(s -> s.type() == Type.DOUBLE).toList());
    slots.stream().filter(s -> s.type() != Type.DOUBLE).forEach(state::add);
    return state;
  }

  /**
   * Whether running loop {@code w}, statement {@code index} of {@code top}, again from its state does what it did: its
   * header only defines values, and it keeps no user code, writes only arrays it makes, and reads none written after.
   */
  private static boolean runsAgainAsItRan(Stmt.While w, List<Stmt> top, int index) {
    Set<Value> defined = new HashSet<>();
    Set<Value> readArrays = new HashSet<>();
    List<Stmt> header = w.header().stmts();
    boolean[] replayable = {!header.isEmpty() && header.stream().allMatch(s -> s instanceof Stmt.Let)};
    Statements.forEach(List.of(w), s -> {
      if (s instanceof Stmt.Let let) {
        defined.add(let.result());
        replayable[0] &= !(let.op() instanceof Op.Passive);
        if (let.op() instanceof Op.ArrayLoad || let.op() instanceof Op.Length) {
          readArrays.add(let.args().get(0));
        }
      }
      replayable[0] &= !(s instanceof Stmt.Run);
    });
    Statements.forEach(List.of(w), s -> replayable[0] &= !(s instanceof Stmt.ArrayStore st)
        || defined.contains(st.array()));
    Statements.forEach(top.subList(index + 1, top.size()), s -> replayable[0] &= !(s instanceof Stmt.ArrayStore st)
        || !readArrays.contains(st.array()));
    return replayable[0];
  }
}
