package dev.nabla.processor.ir;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A function in IR: its body (which starts with the {@link Op.Param} definitions and ends with a {@link Stmt.Return})
 * and its constants, which are values usable anywhere and emitted as literals. Those of its constants that are
 * {@linkplain Builder#zero() structural zeros} (a derivative that is zero by construction) are listed apart, because
 * arithmetic drops them where it keeps a literal {@code 0.0}.
 */
public record Function(String name, List<Type> parameterTypes, Block body, Map<Value, Object> constants,
    Set<Value> structuralZeros) {
  public Function {
    parameterTypes = List.copyOf(parameterTypes);
    constants = Map.copyOf(constants);
    structuralZeros = Set.copyOf(structuralZeros);
  }

  /** The same function with another body. */
  public Function withBody(Block newBody) {
    return new Function(name, parameterTypes, newBody, constants, structuralZeros);
  }

  /** The returned value. */
  public Value result() {
    return ((Stmt.Return) body.stmts().get(body.stmts().size() - 1)).value();
  }
}
