package dev.nabla.processor.source;

import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Names the generated class of a type: {@code p.C} → {@code p.CDerivatives}, {@code p.Outer.Inner} → {@code
 * p.Outer_InnerDerivatives}. */
public final class GeneratedName {
  private GeneratedName() {}

  /** The package of the generated class ("" for the unnamed package). */
  public static String packageOf(Elements elements, TypeElement type) {
    return elements.getPackageOf(type).getQualifiedName().toString();
  }

  /** The simple name of the generated class. */
  public static String simpleName(TypeElement type) {
    StringBuilder name = new StringBuilder(type.getSimpleName());
    for (Element e = type.getEnclosingElement(); e instanceof TypeElement outer; e = outer.getEnclosingElement()) {
      name.insert(0, outer.getSimpleName() + "_");
    }
    return name + "Derivatives";
  }

  /** The qualified name of the generated class. */
  public static String qualified(Elements elements, TypeElement type) {
    String pkg = packageOf(elements, type);
    return (pkg.isEmpty() ? "" : pkg + ".") + simpleName(type);
  }
}
