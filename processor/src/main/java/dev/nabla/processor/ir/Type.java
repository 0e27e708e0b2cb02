package dev.nabla.processor.ir;

/** The types an IR value or slot can have. */
public enum Type {
  DOUBLE("double"),
  INT("int"),
  LONG("long"),
  BOOLEAN("boolean"),
  DOUBLE_ARRAY("double[]"),
  DOUBLE_MATRIX("double[][]"),
  /**
   * A reference to an object nabla does not look into (the receiver, a parameter of a class, interface, record or enum
   * type): passed through unchanged, its fields and methods read as passive code; its Java type is the parameter's.
   */
  OBJECT("Object"),
  /** The schedule of a loop reversed by checkpointing, which generated code makes and calls. */
  CHECKPOINTS("dev.nabla.Checkpoints");

  private final String javaName;

  Type(String javaName) {
    this.javaName = javaName;
  }

  /** The Java spelling of this type. */
  public String javaName() {
    return javaName;
  }

  public boolean isArray() {
    return this == DOUBLE_ARRAY || this == DOUBLE_MATRIX;
  }

  public boolean isIntegral() {
    return this == INT || this == LONG;
  }

  public boolean isNumeric() {
    return this == DOUBLE || isIntegral();
  }

  /** Java's binary numeric promotion of two numeric operand types. */
  public static Type promote(Type a, Type b) {
    if (a == DOUBLE || b == DOUBLE) {
      return DOUBLE;
    }
    if (a == LONG || b == LONG) {
      return LONG;
    }
    return INT;
  }
}
