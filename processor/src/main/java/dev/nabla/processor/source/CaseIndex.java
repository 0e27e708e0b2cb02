package dev.nabla.processor.source;

import com.sun.source.tree.CaseTree;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import dev.nabla.processor.ir.JavaText;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;

/**
 * Reads a {@code switch} over a String or an enum, whose selector nabla has no value for, through the index of the case
 * it picks: a Java switch expression kept as text, {@code switch (sel) { case "a", "b" -> 0; case "c" -> 1; default ->
 * -1; }}, whose result the {@code int} switch lowering then branches on.
 */
final class CaseIndex {
  private CaseIndex() {}

  /** Whether a switch's labels are Strings or enum constants, so that it switches through its case index. */
  static boolean applies(List<? extends CaseTree> cases, Frame frame, Variables vars) {
    for (CaseTree c : cases) {
      for (ExpressionTree label : c.getExpressions()) {
        VariableElement f = field(label, frame, vars);
        if (label.getKind() == Tree.Kind.STRING_LITERAL || isEnumConstant(label, frame, vars)
            || f != null && f.asType().toString().equals("java.lang.String")) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text of the case index of a switch over {@code selector} with these {@code cases}, {@code keep} keeping. */
  static JavaText of(ExpressionTree selector, List<? extends CaseTree> cases, Frame frame, Variables vars,
      java.util.function.Function<ExpressionTree, JavaText> keep) {
    JavaText selected = keep.apply(Syntax.strip(selector));
    JavaText text = JavaText.of("switch (").then(selected).then(") {");
    for (int i = 0; i < cases.size(); i++) {
      List<? extends ExpressionTree> labels = cases.get(i).getExpressions();
      if (labels.isEmpty()) {
        continue;
      }
      List<JavaText> kept = new ArrayList<>();
      for (ExpressionTree label : labels) {
        // an enum constant is named without its class, as in the user's switch
        kept.add(label instanceof IdentifierTree id && isEnumConstant(label, frame, vars) ? JavaText.of(id.toString())
            : keep.apply(label));
      }
      text = text.then(" case ");
      for (int k = 0; k < kept.size(); k++) {
        text = text.then(k == 0 ? "" : ", ").then(kept.get(k));
      }
      text = text.then(" -> " + i + ";");
    }
    return text.then(" default -> -1; }");
  }

  /** Whether a label names an enum constant: one in scope, a qualified one, or a bare name nothing else has. */
  private static boolean isEnumConstant(ExpressionTree label, Frame frame, Variables vars) {
    VariableElement f = field(label, frame, vars);
    return f != null ? f.getKind() == ElementKind.ENUM_CONSTANT
        : label instanceof IdentifierTree id && !vars.has(id.getName().toString());
  }

  /** The static field a label names, or null. */
  private static VariableElement field(ExpressionTree label, Frame frame, Variables vars) {
    if (label instanceof IdentifierTree id) {
      return vars.has(id.getName().toString()) ? null : frame.names().field(id.getName().toString());
    }
    if (label instanceof MemberSelectTree s && frame.names().type(s.getExpression()) != null) {
      return NameResolver.field(frame.names().type(s.getExpression()), s.getIdentifier().toString());
    }
    return null;
  }
}
