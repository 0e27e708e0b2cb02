package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/** Chooses which overload of a static method a call means, from the types of its arguments. */
final class Overloads {
  private Overloads() {}

  /** The candidate whose parameters accept the arguments, preferring exact matches. */
  static ExecutableElement choose(List<ExecutableElement> candidates, List<Value> args) {
    ExecutableElement widening = null;
    for (ExecutableElement m : candidates) {
      if (m.getParameters().size() != args.size()) {
        continue;
      }
      boolean exact = true;
      boolean accepts = true;
      for (int i = 0; i < args.size(); i++) {
        Type p = SignatureReader.typeOf(m.getParameters().get(i).asType());
        Type a = args.get(i).type();
        exact &= p == a;
        accepts &= p == a || (p != null && p.isNumeric() && a.isNumeric() && Type.promote(p, a) == p);
      }
      if (exact) {
        return m;
      }
      if (accepts && widening == null) {
        widening = m;
      }
    }
    return widening;
  }
}
