package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Type;

/**
 * The method whose body is being lowered: the unit and class its names resolve in, the type it returns, and whether it
 * is the annotated method itself rather than a callee inlined into it.
 */
record Frame(CompilationUnitTree unit, NameResolver names, Type resultType, boolean outermost) {
  /** An error at {@code at}, a tree of this method's unit. */
  CompileError error(Diagnostic d, Tree at, Object... args) {
    return new CompileError(d, at, unit, args);
  }
}
