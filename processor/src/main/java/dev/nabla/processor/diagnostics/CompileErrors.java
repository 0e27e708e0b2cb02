package dev.nabla.processor.diagnostics;

import java.util.List;

/** Every user error found while lowering one method's body, in the order of their positions: no class for it. */
public final class CompileErrors extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<CompileError> errors;

  public CompileErrors(List<CompileError> errors) {
    super(errors.size() + " errors, the first: " + errors.get(0).getMessage(), null, false, false);
    this.errors = List.copyOf(errors);
  }

  public List<CompileError> errors() {
    return errors;
  }
}
