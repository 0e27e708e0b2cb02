package dev.nabla.processor;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.kinds.Selection;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;

/**
 * What users choose to generate: for the whole build the processor options {@code -Anabla.order=1|2} and {@code
 * -Anabla.omit=Kind,...} (kinds named as the suffixes of their methods: {@code Hessian}, {@code Jacobian} …), for one
 * method {@code @Differentiable(order = 1)} and {@code @Differentiable(tapeLimit = …)}. A kind that calls an omitted
 * one is omitted too. A vector function's second-order methods (the Hessian of cotangentᵀf) come only when its
 * annotation asks for them with {@code order = 2}, since few callers need them and they double its generated code.
 */
final class Choices {
  static final String ORDER = "nabla.order";
  static final String OMIT = "nabla.omit";

  private Choices() {}

  /** The build's selection from the processor options; a bad value is an {@link IllegalArgumentException}. */
  static Selection ofBuild(Map<String, String> options, Set<String> kindNames) {
    Set<String> omitted = new LinkedHashSet<>();
    String omit = options.getOrDefault(OMIT, "");
    for (String name : omit.split(",")) {
      if (!name.isBlank()) {
        omitted.add(name.strip());
      }
    }
    Set<String> unknown = new LinkedHashSet<>(omitted);
    unknown.removeAll(kindNames);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(Diagnostic.INVALID_CHOICE.format("-A" + OMIT + "=" + omit,
          "there is no method kind " + String.join(", ", unknown) + "; the kinds are " + String.join(", ", kindNames)));
    }
    String order = options.getOrDefault(ORDER, "2");
    if (!order.equals("1") && !order.equals("2")) {
      throw new IllegalArgumentException(Diagnostic.INVALID_CHOICE.format("-A" + ORDER + "=" + order,
          "the order is 1 or 2"));
    }
    return new Selection(Integer.parseInt(order), omitted, Selection.TAPE_LIMIT);
  }

  /**
   * The build's selection, lowered by the method's {@code @Differentiable(order = …)} (to 1 for a vector function
   * that does not write the order) and with its {@code tapeLimit = …}; a bad order or a negative limit is reported.
   */
  static Selection ofMethod(Selection build, ExecutableElement m, MethodTree tree, CompilationUnitTree unit,
      boolean scalar) {
    Selection chosen = scalar ? build : build.atMost(1);
    for (AnnotationMirror a : m.getAnnotationMirrors()) {
      if (a.getAnnotationType().toString().equals("dev.nabla.Differentiable")) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : a.getElementValues().entrySet()) {
          int value = (Integer) e.getValue().getValue();
          if (e.getKey().getSimpleName().contentEquals("order")) {
            if (value != 1 && value != 2) {
              throw new CompileError(Diagnostic.INVALID_CHOICE, annotation(tree), unit, "order = " + value,
                  "the order is 1 or 2");
            }
            chosen = chosen.withOrder(Math.min(value, build.order()));
          } else if (e.getKey().getSimpleName().contentEquals("tapeLimit")) {
            if (value < 0) {
              throw new CompileError(Diagnostic.INVALID_CHOICE, annotation(tree), unit, "tapeLimit = " + value,
                  "the tape limit is a number of entries, 0 or more");
            }
            chosen = chosen.withTapeLimit(value);
          }
        }
      }
    }
    return chosen;
  }

  /** The method's {@code @Differentiable} annotation, where an error in its attributes is reported. */
  private static AnnotationTree annotation(MethodTree tree) {
    return tree.getModifiers().getAnnotations().stream()
        .filter(a -> Arrays.asList("Differentiable", "dev.nabla.Differentiable")
            .contains(a.getAnnotationType().toString()))
        .findFirst().orElse(null);
  }
}
