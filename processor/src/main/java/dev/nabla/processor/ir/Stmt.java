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

  /**
   * Throws the user's exception: the expression's source text is {@code text} with {@code args} between its pieces
   * ({@code text} has one piece more than {@code args}). Nothing after it in its block runs.
   */
  record Throw(List<String> text, List<Value> args, Origin origin) implements Stmt {
    public Throw {
      text = List.copyOf(text);
      args = List.copyOf(args);
    }

    /** The thrown expression's Java text, each value spelled by {@code name}. */
    public String expression(java.util.function.Function<Value, String> name) {
      StringBuilder expression = new StringBuilder(text.get(0));
      for (int i = 0; i < args.size(); i++) {
        expression.append(name.apply(args.get(i))).append(text.get(i + 1));
      }
      return expression.toString();
    }
  }

  /** Returns {@code value}: only as the last statement of a function's body. */
  record Return(Value value) implements Stmt {}
}
