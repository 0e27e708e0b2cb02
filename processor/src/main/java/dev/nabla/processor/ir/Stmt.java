package dev.nabla.processor.ir;

import java.util.List;

/** A statement of the structured IR. */
public sealed interface Stmt {

  /** Defines {@code result} as {@code op(args)}. */
  record Let(Value result, Op op, List<Value> args, Origin origin) implements Stmt {
    public Let {
      args = List.copyOf(args);
    }
  }

  /** Writes {@code value} to a slot. */
  record Store(Slot slot, Value value, Origin origin) implements Stmt {}

  /** Writes {@code array[index...] = value}. */
  record ArrayStore(Value array, List<Value> index, Value value, Origin origin) implements Stmt {
    public ArrayStore {
      index = List.copyOf(index);
    }
  }

  /** Adds {@code value} to {@code array[index...]}: the accumulation form the reverse sweep uses. */
  record ArrayAdd(Value array, List<Value> index, Value value) implements Stmt {
    public ArrayAdd {
      index = List.copyOf(index);
    }
  }

  /** {@code if (cond) then else otherwise}. */
  record If(Value cond, Block then, Block otherwise) implements Stmt {}

  /** Runs {@code header}, stops when {@code cond} (defined in the header) is false, else runs {@code body}; repeats. */
  record While(Block header, Value cond, Block body) implements Stmt {}

  /** Saves a value on the tape of its type, for the reverse sweep. */
  record Push(Value value) implements Stmt {}

  /** Throws an IllegalArgumentException unless {@code actual == expected}; names the parameter. */
  record CheckLength(String parameter, Value actual, Value expected) implements Stmt {}

  /** Throws the user's exception, the expression {@code text}. Nothing after it in its block runs. */
  record Throw(JavaText text, Origin origin) implements Stmt {}

  /**
   * Runs the user's {@code text} as written: an expression statement nabla does not differentiate (a call whose result
   * is discarded, an argument check, logging) or an {@code assert}. It is kept in the primal code of every generated
   * method, and has no derivative.
   */
  record Run(JavaText text, Origin origin) implements Stmt {}

  /** Returns {@code value}: only as the last statement of a function's body. */
  record Return(Value value) implements Stmt {}
}
