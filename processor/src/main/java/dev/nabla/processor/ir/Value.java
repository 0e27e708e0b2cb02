package dev.nabla.processor.ir;

/** An immutable SSA value: defined once by a {@link Stmt.Let}, named only when emitted (from {@code hint}). */
public record Value(int id, Type type, String hint) {
  /** Values are identified by their id alone, so a renamed definition is still the same value. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Value v && v.id == id;
  }

  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return "%" + hint + id;
  }
}
