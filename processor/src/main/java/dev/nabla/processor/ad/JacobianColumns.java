package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import java.util.List;

/** A chunk's columns of the caller's Jacobian: where the result's tangents go, and the check that the result fits. */
final class JacobianColumns {
  private final Value matrix;
  private final List<TangentArray> columns;

  JacobianColumns(Value matrix, Directions.Units units) {
    this.matrix = matrix;
    this.columns = units.columnsOf(matrix);
  }

  /** The columns, as the tangent arrays of the result along each direction of the chunk. */
  List<TangentArray> columns() {
    return columns;
  }

  /**
   * Whether the result of {@code f} is an array it allocates and then only writes, so that its tangents can be written
   * to the columns in place.
   */
  static boolean inPlace(Function f) {
    Value result = f.result();
    boolean[] readOrHeld = {false};
    Statements.forEach(f.body().stmts(), s -> readOrHeld[0] |= s instanceof Stmt.Store st && st.value().equals(result)
        || s instanceof Stmt.Let let && let.op() instanceof Op.ArrayLoad && let.args().get(0).equals(result));
    return !readOrHeld[0] && f.body().stmts().stream().anyMatch(s -> s instanceof Stmt.Let let
        && let.result().equals(result) && let.op() instanceof Op.NewArray);
  }

  /** Checks that the Jacobian has a row per element of the result; the rows' lengths are the caller's to check. */
  void requireRows(Builder b, Value rows) {
    b.emit(new Stmt.CheckLength("jacobian", b.length(matrix, null), rows));
  }

  /** Writes the result's tangents {@code t} (zeros when null) into the columns, for each of its {@code rows}. */
  void write(Builder b, Value rows, List<TangentArray> t) {
    b.countedLoop(b.constant(0), rows, i -> {
      for (int w = 0; w < columns.size(); w++) {
        columns.get(w).store(b, List.of(i), t == null ? b.zero() : t.get(w).load(b, List.of(i)));
      }
    });
  }
}
