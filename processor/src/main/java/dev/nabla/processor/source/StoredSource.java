package dev.nabla.processor.source;

import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.JavacTask;
import com.sun.source.util.SourcePositions;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaCompiler;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * The source of {@code @Differentiable} methods and of the plain helpers they call, stored in their generated class as
 * the constant {@value #FIELD}, so that code compiled later can inline them and differentiate through them exactly.
 */
public final class StoredSource {
  /** The name of the constant that holds the source in a generated class. */
  public static final String FIELD = "NABLA_SOURCE";

  private final Elements elements;
  private final Map<String, CompilationUnitTree> parsed = new HashMap<>();

  /** A method found in stored source, with the unit it was parsed in (for imports and lines). */
  record Found(MethodTree method, CompilationUnitTree unit) {}

  StoredSource(Elements elements) {
    this.elements = elements;
  }

  /**
   * Builds the text to store for a class: its package, its imports, the given methods and the plain static helpers of
   * the same class that they call, directly or through each other, exactly as written.
   */
  public static String of(Trees trees, List<ExecutableElement> methods) {
    CompilationUnitTree unit = trees.getPath(methods.get(0)).getCompilationUnit();
    SourcePositions positions = trees.getSourcePositions();
    try {
      CharSequence text = unit.getSourceFile().getCharContent(true);
      StringBuilder sb = new StringBuilder();
      if (unit.getPackage() != null) {
        sb.append(slice(text, positions, unit, unit.getPackage())).append('\n');
      }
      unit.getImports().forEach(i -> sb.append(slice(text, positions, unit, i)).append('\n'));
      sb.append("final class Stored {\n");
      withHelpers(trees, methods).forEach(m -> sb.append(slice(text, positions, unit, trees.getTree(m))).append('\n'));
      return sb.append("}\n").toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The methods and, after them, the static methods of their class that they reach through calls. */
  private static Set<ExecutableElement> withHelpers(Trees trees, List<ExecutableElement> methods) {
    Set<ExecutableElement> found = new LinkedHashSet<>(methods);
    Deque<ExecutableElement> work = new ArrayDeque<>(methods);
    while (!work.isEmpty()) {
      ExecutableElement caller = work.pop();
      new TreePathScanner<Void, Void>() {
        @Override
        public Void visitMethodInvocation(MethodInvocationTree call, Void p) {
          if (trees.getElement(getCurrentPath()) instanceof ExecutableElement callee
              && callee.getEnclosingElement().equals(caller.getEnclosingElement()) && NameResolver.isStatic(callee)
              && trees.getTree(callee) != null && found.add(callee)) {
            work.push(callee);
          }
          return super.visitMethodInvocation(call, p);
        }
      }.scan(trees.getPath(caller), null);
    }
    return found;
  }

  private static CharSequence slice(CharSequence text, SourcePositions p, CompilationUnitTree unit, Tree t) {
    return text.subSequence((int) p.getStartPosition(unit, t), (int) p.getEndPosition(unit, t));
  }

  /** The stored source of a method compiled earlier, or null when its generated class holds none. */
  Found find(ExecutableElement callee, String derivativesClass) {
    TypeElement generated = elements.getTypeElement(derivativesClass);
    if (generated == null) {
      return null;
    }
    VariableElement field = NameResolver.field(generated, FIELD);
    if (field == null || !(field.getConstantValue() instanceof String source)) {
      return null;
    }
    CompilationUnitTree unit = parsed.computeIfAbsent(derivativesClass, k -> parse(k, source));
    for (Tree member : ((ClassTree) unit.getTypeDecls().get(0)).getMembers()) {
      if (member instanceof MethodTree m && matches(m, callee)) {
        return new Found(m, unit);
      }
    }
    return null;
  }

  private static boolean matches(MethodTree m, ExecutableElement callee) {
    if (!m.getName().contentEquals(callee.getSimpleName())
        || m.getParameters().size() != callee.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < m.getParameters().size(); i++) {
      VariableTree p = m.getParameters().get(i);
      Element e = callee.getParameters().get(i);
      if (!p.getType().toString().replace(" ", "").equals(e.asType().toString().replace(" ", ""))) {
        return false;
      }
    }
    return true;
  }

  private static CompilationUnitTree parse(String name, String source) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    SimpleJavaFileObject file = new SimpleJavaFileObject(
        URI.create("string:///" + name.replace('.', '/') + "_stored.java"), SimpleJavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    JavacTask task = (JavacTask) javac.getTask(null, null, d -> { }, List.of("-proc:none"), null, List.of(file));
    try {
      return task.parse().iterator().next();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
