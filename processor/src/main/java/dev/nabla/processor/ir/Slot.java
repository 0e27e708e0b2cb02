package dev.nabla.processor.ir;

/** A mutable local variable, used where values merge across branches and loop iterations. */
public record Slot(int id, Type type, String hint) {
  /**
   * The id alone, not the record's default, which mixes in the enum's identity hash: that changes from one JVM to the
   * next, and with it the order of hash sets of slots, and so the generated code.
   */
  @Override
  public int hashCode() {
    return id;
  }

  @Override
  public String toString() {
    return "$" + hint + id;
  }
}
