package dev.nabla.processor.source;

import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/** What the generated class, another class of the user's package, can name of the user's code. */
public final class Access {
  private Access() {}

  /** Whether the generated class cannot name {@code member}, a method or field: it or a class around it is private. */
  public static boolean isHidden(Element member) {
    for (Element e = member; e instanceof ExecutableElement || e instanceof VariableElement
        || e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }
}
