package dev.nabla.processor.ir;

import com.sun.source.tree.Tree;

/** The user's source an instruction came from: the tree (for diagnostics), its line and its text (for comments). */
public record Origin(Tree tree, long line, String text) {
  public static final Origin NONE = new Origin(null, -1, "");
}
