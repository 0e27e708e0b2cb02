package dev.nabla.processor.ir;

import java.util.List;

/** A sequence of statements; values defined in it are visible to its later statements and nested blocks. */
public record Block(List<Stmt> stmts) {
  public static final Block EMPTY = new Block(List.of());

  public Block {
    stmts = List.copyOf(stmts);
  }
}
