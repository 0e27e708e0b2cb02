package dev.nabla.processor.ir;

/** A mutable local variable, used where values merge across branches and loop iterations. */
public record Slot(int id, Type type, String hint) {
  @Override
  public String toString() {
    return "$" + hint + id;
  }
}
