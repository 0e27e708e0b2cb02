package dev.nabla.processor.source;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePathScanner;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code @Differentiable} methods of local and anonymous classes, which javac hands to no annotation
 * processor, so that they are reported rather than silently left without derivatives.
 */
public final class LocalClasses {
  private static final String ANNOTATION = "dev.nabla.Differentiable";

  private LocalClasses() {}

  /** The {@code @Differentiable} methods of the local and anonymous classes in {@code unit}, in source order. */
  public static List<MethodTree> annotatedMethods(CompilationUnitTree unit) {
    boolean imported = unit.getImports().stream().map(ImportTree::getQualifiedIdentifier).map(Tree::toString)
        .anyMatch(i -> i.equals(ANNOTATION) || i.equals("dev.nabla.*"));
    List<MethodTree> found = new ArrayList<>();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree c, Void unused) {
        Tree parent = getCurrentPath().getParentPath().getLeaf();
        if (!(parent instanceof ClassTree || parent instanceof CompilationUnitTree)) {
          for (Tree member : c.getMembers()) {
            if (member instanceof MethodTree m && m.getModifiers().getAnnotations().stream()
                .anyMatch(a -> isDifferentiable(a, imported))) {
              found.add(m);
            }
          }
        }
        return super.visitClass(c, unused);
      }
    }.scan(unit, null);
    return found;
  }

  private static boolean isDifferentiable(AnnotationTree a, boolean imported) {
    String name = a.getAnnotationType().toString();
    return name.equals(ANNOTATION) || imported && name.equals("Differentiable");
  }
}
