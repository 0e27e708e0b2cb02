package dev.nabla.processor.diagnostics;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;

/**
 * A user error found while reading a method, reported on {@code tree}: it ends that method's processing, or, found
 * while lowering its body, the lowering of the statement it is in ({@link CompileErrors}).
 */
public final class CompileError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Diagnostic diagnostic;
  private final transient Tree tree;
  private final transient CompilationUnitTree unit;

  public CompileError(Diagnostic diagnostic, Tree tree, CompilationUnitTree unit, Object... args) {
    this(diagnostic.format(args), diagnostic, tree, unit);
  }

  private CompileError(String message, Diagnostic diagnostic, Tree tree, CompilationUnitTree unit) {
    super(message, null, false, false);
    this.diagnostic = diagnostic;
    this.tree = tree;
    this.unit = unit;
  }

  /**
   * An error on {@code tree} inside a helper that nabla inlined without its being {@code @Differentiable}, which the
   * chain of calls {@code calls} reached; {@code unit} is the helper's own.
   */
  public static CompileError reached(String calls, Diagnostic diagnostic, Tree tree, CompilationUnitTree unit,
      Object... args) {
    return new CompileError(diagnostic.formatReached(calls, args), diagnostic, tree, unit);
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

  /** What two errors share when they are the same report: the message, on the same tree. */
  public String key() {
    return getMessage() + "@" + System.identityHashCode(tree);
  }
}
