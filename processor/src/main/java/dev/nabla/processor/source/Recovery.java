package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.StatementTree;
import com.sun.source.tree.ThrowTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.tree.YieldTree;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreeScanner;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.CompileErrors;
import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Goes on lowering a method after a user error, so that one build reports all of its errors: the error is recorded,
 * what the failed statement or condition built is dropped, and the variables it would have declared or assigned get
 * a value of their type that nabla could not compute, on which the rest lowers without errors of its own. A variable
 * whose failed declaration names no type nabla has gets no value: an error in an expression naming it is taken as a
 * consequence and dropped.
 */
final class Recovery {
  private final Builder b;
  private final Variables vars;
  private final Set<Value> localArrays;
  private final SourcePositions positions;
  private final Function<VariableTree, Type> declaredType;
  private final Map<String, CompileError> errors = new LinkedHashMap<>();
  /** The variables whose declaration failed without a type nabla has. */
  private final Set<String> untyped = new HashSet<>();

  /**
   * Recovery that drops what failed code built in {@code b}, puts {@code vars} back, and gives arrays it could not
   * compute to {@code localArrays}; {@code declaredType} is the type a declaration names, null when nabla has none.
   */
  Recovery(Builder b, Variables vars, Set<Value> localArrays, SourcePositions positions,
      Function<VariableTree, Type> declaredType) {
    this.b = b;
    this.vars = vars;
    this.localArrays = localArrays;
    this.positions = positions;
    this.declaredType = declaredType;
  }

  /** Lowers statement {@code s} of {@code frame}'s method with {@code lowering}; after an error, goes on past it. */
  void statement(StatementTree s, Frame frame, Runnable lowering) {
    recovering(s, frame, () -> {
      lowering.run();
      return null;
    }, () -> {
      if (s instanceof VariableTree v) {
        declare(v);
      }
      return null;
    });
  }

  /** Lowers {@code condition} with {@code lowering}; after an error, a condition nabla could not compute. */
  Value condition(ExpressionTree condition, Frame frame, Supplier<Value> lowering) {
    return recovering(condition, frame, lowering, () -> unknown(Type.BOOLEAN));
  }

  /**
   * Lowers a whole method body with {@code lowering} and throws every error recorded in it, if any. A failure of nabla
   * itself after an error is taken as its consequence (the code after it lowered on values nabla could not compute)
   * and gives way to the errors.
   */
  <T> T method(Supplier<T> lowering) {
    T lowered = null;
    try {
      lowered = lowering.get();
    } catch (CompileError e) {
      record(e);
    } catch (RuntimeException failure) {
      if (errors.isEmpty()) {
        throw failure;
      }
    }
    if (!errors.isEmpty()) {
      throw new CompileErrors(inOrder());
    }
    return lowered;
  }

  /**
   * Runs {@code lowering}, the lowering of {@code code}; after an error in a method of this compilation, records it,
   * puts the builder and the variables back as they were before, gives what {@code code} assigns (the pending jump and
   * the result where it jumps, returns or throws) a value nabla could not compute, and returns {@code recovered}.
   */
  private <T> T recovering(Tree code, Frame frame, Supplier<T> lowering, Supplier<T> recovered) {
    Variables.Saved before = vars.copy();
    int blocks = b.openBlocks();
    try {
      return lowering.get();
    } catch (CompileError e) {
      if (!frame.inCompilation()) {
        throw e;
      }
      b.discardBlocksTo(blocks);
      vars.restore(before);
      record(e);
      for (String name : written(code)) {
        if (vars.has(name)) {
          vars.set(name, unknown(vars.get(name).type()));
        }
      }
      return recovered.get();
    }
  }

  private void declare(VariableTree v) {
    Type type = declaredType.apply(v);
    String name = v.getName().toString();
    if (type == null) {
      untyped.add(name);
    } else {
      vars.declare(name, type, unknown(type));
    }
  }

  /** A value of {@code type} that nabla could not compute: a load of a slot nothing stores to. */
  private Value unknown(Type type) {
    Value v = b.load(b.slot(type, "unknown"));
    if (type.isArray()) {
      localArrays.add(v);
    }
    return v;
  }

  /** The variables {@code code} assigns, with the hidden jump when it may jump or throw and the result it returns. */
  private static Set<String> written(Tree code) {
    Set<String> names = new LinkedHashSet<>(Syntax.assigned(code, null).keySet());
    code.accept(new TreeScanner<Void, Void>() {
      @Override
      public Void visitThrow(ThrowTree t, Void p) {
        names.add(Syntax.JUMP);
        return null;
      }

      @Override
      public Void visitYield(YieldTree t, Void p) {
        names.add(Syntax.JUMP);
        return null;
      }
    }, null);
    return names;
  }

  private void record(CompileError e) {
    if (!(e.tree() instanceof ExpressionTree expression && namesUntyped(expression))) {
      errors.putIfAbsent(e.key(), e);
    }
  }

  /** Whether an expression names a variable whose declaration failed, in a scope where no other is declared. */
  private boolean namesUntyped(ExpressionTree expression) {
    boolean[] names = {false};
    expression.accept(new TreeScanner<Void, Void>() {
      @Override
      public Void visitIdentifier(IdentifierTree id, Void p) {
        String name = id.getName().toString();
        names[0] |= untyped.contains(name) && !vars.has(name);
        return null;
      }
    }, null);
    return names[0];
  }

  /** The errors recorded, each unit's by position, the units in the order their first error was found. */
  private List<CompileError> inOrder() {
    Map<CompilationUnitTree, List<CompileError>> byUnit = new LinkedHashMap<>();
    errors.values().forEach(e -> byUnit.computeIfAbsent(e.unit(), u -> new ArrayList<>()).add(e));
    List<CompileError> ordered = new ArrayList<>();
    byUnit.forEach((unit, unitErrors) -> {
      unitErrors.sort(Comparator.comparingLong(e -> positions.getStartPosition(unit, e.tree())));
      ordered.addAll(unitErrors);
    });
    return ordered;
  }
}
