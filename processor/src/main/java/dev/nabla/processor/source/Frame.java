package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Type;

/**
 * The method whose body is being lowered: the unit and class its names resolve in, the type it returns, whether it
 * is the annotated method itself rather than a callee inlined into it, for a helper inlined without being
 * {@code @Differentiable} the chain of calls that reached it (null otherwise), and whether its source is in this
 * compilation (false for a callee inlined from the source a class compiled earlier stores, whose lines cannot carry
 * an error: its first error ends the call).
 */
record Frame(CompilationUnitTree unit, NameResolver names, Type resultType, boolean outermost, String reachedThrough,
    boolean inCompilation) {
  /** The frame of the annotated method, whose errors are its own. */
  Frame(CompilationUnitTree unit, NameResolver names, Type resultType, boolean outermost) {
    this(unit, names, resultType, outermost, null, true);
  }

  /** An error at {@code at}, a tree of this method's unit; inside a helper it names the calls that reached it. */
  CompileError error(Diagnostic d, Tree at, Object... args) {
    return reachedThrough == null ? new CompileError(d, at, unit, args)
        : CompileError.reached(reachedThrough, d, at, unit, args);
  }
}
