package dev.nabla.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;

/** A user error found while reading a method: reported on {@code tree} and ends that method's processing. */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Diagnostic diagnostic;
  private final transient Tree tree;
  private final transient CompilationUnitTree unit;

  public CompileError(Diagnostic diagnostic, Tree tree, CompilationUnitTree unit, Object... args) {
    super(diagnostic.format(args), null, false, false);
    this.diagnostic = diagnostic;
    this.tree = tree;
    this.unit = unit;
  }

  public Diagnostic diagnostic() {
    return diagnostic;
  }

  /** The offending expression or statement; null for errors on the method as a whole. */
  public Tree tree() {
    return tree;
  }

  public CompilationUnitTree unit() {
    return unit;
  }
}
