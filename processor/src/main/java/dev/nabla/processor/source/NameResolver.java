package dev.nabla.processor.source;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Resolves the names a method body uses — types, static fields and static methods — the way javac would, from the
 * enclosing classes, the imports, the package and {@code java.lang}. Method bodies are not yet attributed while
 * annotation processors run, so the processor resolves names itself.
 */
final class NameResolver {
  private final Elements elements;
  private final CompilationUnitTree unit;
  private final TypeElement enclosing;

  NameResolver(Elements elements, CompilationUnitTree unit, TypeElement enclosing) {
    this.elements = elements;
    this.unit = unit;
    this.enclosing = enclosing;
  }

  /** The type a name tree denotes, or null when it does not denote a type. */
  TypeElement type(Tree name) {
    if (name instanceof IdentifierTree id) {
      return simpleType(id.getName().toString());
    }
    if (name instanceof MemberSelectTree select) {
      TypeElement outer = type(select.getExpression());
      String member = select.getIdentifier().toString();
      if (outer != null) {
        return memberType(outer, member);
      }
      return elements.getTypeElement(select.toString());
    }
    return null;
  }

  private TypeElement simpleType(String simple) {
    for (Element c = enclosing; c instanceof TypeElement t; c = t.getEnclosingElement()) {
      if (t.getSimpleName().contentEquals(simple)) {
        return t;
      }
      TypeElement nested = memberType(t, simple);
      if (nested != null) {
        return nested;
      }
    }
    for (ImportTree imp : unit.getImports()) {
      String q = imp.getQualifiedIdentifier().toString();
      if (!imp.isStatic() && q.endsWith("." + simple)) {
        TypeElement t = elements.getTypeElement(q);
        if (t != null) {
          return t;
        }
      }
    }
    PackageElement pkg = elements.getPackageOf(enclosing);
    String prefix = pkg.isUnnamed() ? "" : pkg.getQualifiedName() + ".";
    TypeElement same = elements.getTypeElement(prefix + simple);
    if (same != null) {
      return same;
    }
    for (ImportTree imp : unit.getImports()) {
      String q = imp.getQualifiedIdentifier().toString();
      if (!imp.isStatic() && q.endsWith(".*")) {
        TypeElement t = elements.getTypeElement(q.substring(0, q.length() - 1) + simple);
        if (t != null) {
          return t;
        }
      }
    }
    return elements.getTypeElement("java.lang." + simple);
  }

  private static TypeElement memberType(TypeElement outer, String simple) {
    for (Element e : outer.getEnclosedElements()) {
      if (e instanceof TypeElement t && t.getSimpleName().contentEquals(simple)) {
        return t;
      }
    }
    return null;
  }

  /** The static field a simple name denotes: in the enclosing classes, then static imports; or null. */
  VariableElement field(String simple) {
    for (Element c = enclosing; c instanceof TypeElement t; c = t.getEnclosingElement()) {
      VariableElement f = field(t, simple);
      if (f != null) {
        return f;
      }
    }
    for (TypeElement owner : staticImportOwners(simple)) {
      VariableElement f = field(owner, simple);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The field (or enum constant) of the given class with this name, or null. */
  static VariableElement field(TypeElement owner, String simple) {
    for (Element e : owner.getEnclosedElements()) {
      if ((e.getKind() == ElementKind.FIELD || e.getKind() == ElementKind.ENUM_CONSTANT)
          && e.getSimpleName().contentEquals(simple)) {
        return (VariableElement) e;
      }
    }
    return null;
  }

  /** The field {@code simple} of {@code owner} or of the nearest of its supertypes that declares one; null if none. */
  static VariableElement inheritedField(TypeElement owner, String simple) {
    for (TypeElement t : supertypes(owner)) {
      VariableElement f = field(t, simple);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The methods {@code simple} of {@code owner}, or else of the nearest of its supertypes that declares some. */
  static List<ExecutableElement> inheritedMethods(TypeElement owner, String simple) {
    for (TypeElement t : supertypes(owner)) {
      List<ExecutableElement> found = methods(t, simple);
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  /** {@code owner}, then its superclasses and interfaces, breadth first. */
  private static List<TypeElement> supertypes(TypeElement owner) {
    List<TypeElement> all = new ArrayList<>(List.of(owner));
    for (int i = 0; i < all.size(); i++) {
      List<TypeMirror> direct = new ArrayList<>(all.get(i).getInterfaces());
      direct.add(0, all.get(i).getSuperclass());
      for (TypeMirror s : direct) {
        if (s instanceof DeclaredType d && !all.contains((TypeElement) d.asElement())) {
          all.add((TypeElement) d.asElement());
        }
      }
    }
    return all;
  }

  /** The static methods a simple name may call: those of the innermost enclosing class that has any, or imported. */
  List<ExecutableElement> methods(String simple) {
    for (Element c = enclosing; c instanceof TypeElement t; c = t.getEnclosingElement()) {
      List<ExecutableElement> found = methods(t, simple);
      if (!found.isEmpty()) {
        return found;
      }
    }
    List<ExecutableElement> found = new ArrayList<>();
    for (TypeElement owner : staticImportOwners(simple)) {
      found.addAll(methods(owner, simple));
    }
    return found;
  }

  /** The methods of a class with this name. */
  static List<ExecutableElement> methods(TypeElement owner, String simple) {
    List<ExecutableElement> found = new ArrayList<>();
    for (Element e : owner.getEnclosedElements()) {
      if (e.getKind() == ElementKind.METHOD && e.getSimpleName().contentEquals(simple)) {
        found.add((ExecutableElement) e);
      }
    }
    return found;
  }

  private List<TypeElement> staticImportOwners(String simple) {
    List<TypeElement> owners = new ArrayList<>();
    for (ImportTree imp : unit.getImports()) {
      if (!imp.isStatic() || !(imp.getQualifiedIdentifier() instanceof MemberSelectTree q)) {
        continue;
      }
      String member = q.getIdentifier().toString();
      if (member.equals("*") || member.equals(simple)) {
        TypeElement owner = elements.getTypeElement(q.getExpression().toString());
        if (owner != null) {
          owners.add(owner);
        }
      }
    }
    return owners;
  }

  static boolean isStatic(Element e) {
    return e.getModifiers().contains(Modifier.STATIC);
  }
}
