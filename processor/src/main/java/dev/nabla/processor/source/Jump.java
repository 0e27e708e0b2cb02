package dev.nabla.processor.source;

/**
 * The values of the hidden variable {@link Syntax#JUMP}: which of break, continue or return is pending, if any, or
 * whether the code has thrown (then nothing after it runs).
 */
final class Jump {
  static final int NONE = 0;
  static final int BREAK = 1;
  static final int CONTINUE = 2;
  static final int RETURN = 3;
  static final int THROW = 4;

  private Jump() {}
}
