package dev.nabla.processor.ir;

import java.util.List;
import java.util.Map;

/**
 * A function in IR: its body (which starts with the {@link Op.Param} definitions and ends with a {@link Stmt.Return})
 * and its constants, which are values usable anywhere and emitted as literals.
 */
public record Function(String name, List<Type> parameterTypes, Block body, Map<Value, Object> constants) {
  public Function {
    parameterTypes = List.copyOf(parameterTypes);
    constants = Map.copyOf(constants);
  }

  /** The returned value. */
  public Value result() {
    return ((Stmt.Return) body.stmts().get(body.stmts().size() - 1)).value();
  }
}
