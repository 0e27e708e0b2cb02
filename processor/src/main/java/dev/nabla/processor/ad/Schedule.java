package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.JavaText;
import dev.nabla.processor.ir.Origin;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.List;

/**
 * The calls a checkpointed loop's code makes on its {@code dev.nabla.Checkpoints}, which saves the loop's state and
 * says what its reverse sweep does next; the snapshots hold the loop's {@code state} slots, doubles first. Each call
 * is attributed to the loop's line in the user's source.
 */
final class Schedule {
  private static final String CLASS = Type.CHECKPOINTS.javaName();
  private final Builder b;
  private final List<Slot> state;
  private final Origin loop;
  private final Value checkpoints;

  /** A new schedule for the loop at {@code loop}, which may keep {@code tapeLimit} entries on the tape. */
  Schedule(Builder b, int tapeLimit, List<Slot> state, Origin loop) {
    this.b = b;
    this.state = state;
    this.loop = loop;
    long doubles = state.stream().filter(s -> s.type() == Type.DOUBLE).count();
    b.origin(loop);
    this.checkpoints = b.passive(Type.CHECKPOINTS, JavaText.of("new " + CLASS + "(" + tapeLimit + ", " + doubles
        + ", " + (state.size() - doubles) + ")"), "checkpoints");
  }

  /** Whether the forward sweep tapes the coming iteration: the loop's tape is still under its limit. */
  Value tapes() {
    b.origin(loop);
    return b.passive(Type.BOOLEAN, new JavaText(List.of("", ".tapes(", ")"), List.of(checkpoints, b.tapeSize())),
        "tapes");
  }

  /** Whether the forward sweep saves the state before the coming iteration, which it does not tape. */
  Value due() {
    return call(Type.BOOLEAN, ".due()", "due");
  }

  /** Saves the state's current values in a snapshot. */
  void save() {
    b.origin(loop);
    for (Slot s : state) {
      Value v = b.load(s);
      String widened = s.type() == Type.BOOLEAN ? " ? 1L : 0L)" : ")";
      b.emit(new Stmt.Run(new JavaText(List.of("", ".save(", widened), List.of(checkpoints, v)), loop));
    }
  }

  /** Ends the forward sweep of the loop: its trip count is known. */
  void end() {
    b.emit(new Stmt.Run(new JavaText(List.of("", ".end()"), List.of(checkpoints)), loop));
  }

  /** The reverse sweep's next action. */
  Value next() {
    return call(Type.INT, ".next()", "action");
  }

  /** Whether {@code action} is not {@code DONE}. */
  Value more(Value action) {
    return compare(action, " != " + CLASS + ".DONE", "more");
  }

  /** Whether {@code action} is the one named {@code name} ({@code RESTORE}, {@code SAVE} …). */
  Value is(Value action, String name) {
    return compare(action, " == " + CLASS + "." + name, name.toLowerCase(java.util.Locale.ROOT));
  }

  /** Sets the state from the snapshot a {@code RESTORE} action restores. */
  void restore() {
    b.origin(loop);
    int doubles = 0;
    int longs = 0;
    for (Slot s : state) {
      List<String> read = switch (s.type()) {
        case DOUBLE -> List.of("", ".doubleAt(" + doubles++ + ")");
        case BOOLEAN -> List.of("", ".longAt(" + longs++ + ") != 0");
        case INT -> List.of("(int) ", ".longAt(" + longs++ + ")");
        default -> List.of("", ".longAt(" + longs++ + ")");
      };
      b.store(s, b.passive(s.type(), new JavaText(read, List.of(checkpoints)), s.hint()));
    }
  }

  /** The first iteration of the current action's run of iterations. */
  Value first() {
    return call(Type.INT, ".first()", "first");
  }

  /** How many iterations the current action runs. */
  Value steps() {
    return call(Type.INT, ".steps()", "steps");
  }

  private Value compare(Value action, String text, String hint) {
    b.origin(loop);
    return b.passive(Type.BOOLEAN, new JavaText(List.of("", text), List.of(action)), hint);
  }

  private Value call(Type type, String text, String hint) {
    b.origin(loop);
    return b.passive(type, new JavaText(List.of("", text), List.of(checkpoints)), hint);
  }
}
