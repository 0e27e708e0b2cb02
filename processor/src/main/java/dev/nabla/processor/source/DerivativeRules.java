package dev.nabla.processor.source;

import dev.nabla.processor.diagnostics.Diagnostic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic.Kind;

/**
 * The user's derivative rules ({@code @DerivativeOf}), each checked against its original when it is added: the
 * table of partials that a call of an original uses, as the primitive table's entries give theirs.
 */
public final class DerivativeRules {
  /** The annotation's qualified name. */
  public static final String ANNOTATION = "dev.nabla.DerivativeOf";

  private final Elements elements;
  private final Types types;
  /** By original, the rule of each parameter that has one, by the parameter's index. */
  private final Map<ExecutableElement, Map<Integer, ExecutableElement>> rules = new HashMap<>();

  public DerivativeRules(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The rules of each parameter of {@code original} that has one, by the parameter's index; empty if none. */
  Map<Integer, ExecutableElement> of(ExecutableElement original) {
    return rules.getOrDefault(original, Map.of());
  }

  /** Whether some rule gives a partial of {@code original}. */
  boolean has(ExecutableElement original) {
    return rules.containsKey(original);
  }

  /** Checks and adds the rules among {@code annotated}; reports each one that does not fit on its annotation. */
  public void add(Iterable<? extends Element> annotated, Messager messager) {
    for (Element e : annotated) {
      AnnotationMirror mirror = e.getAnnotationMirrors().stream()
          .filter(a -> a.getAnnotationType().toString().equals(ANNOTATION)).findFirst().orElse(null);
      if (e instanceof ExecutableElement rule && mirror != null) {
        String problem = add(rule, mirror);
        if (problem != null) {
          messager.printMessage(Kind.ERROR, problem, rule, mirror);
        }
      }
    }
  }

  /** Adds one rule; returns the message of the error it is, or null when it fits its original. */
  private String add(ExecutableElement rule, AnnotationMirror mirror) {
    Map<String, Object> values = new HashMap<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> v
        : elements.getElementValuesWithDefaults(mirror).entrySet()) {
      values.put(v.getKey().getSimpleName().toString(), v.getValue().getValue());
    }
    String name = (String) values.get("method");
    TypeMirror type = (TypeMirror) values.get("type");
    int wrt = values.get("wrt") instanceof Integer i ? i : -1;
    TypeElement owner = type == null || type.getKind() == TypeKind.VOID
        ? (TypeElement) rule.getEnclosingElement()
        : type instanceof DeclaredType d ? (TypeElement) d.asElement() : null;
    String ruleName = rule.getEnclosingElement().getSimpleName() + "." + rule.getSimpleName();
    String named = (owner == null ? String.valueOf(type) : owner.getQualifiedName()) + "." + name;
    List<ExecutableElement> candidates = owner == null ? List.of() : NameResolver.methods(owner, name);
    if (candidates.isEmpty()) {
      return Diagnostic.RULE_NO_ORIGINAL.format(ruleName, named, owner == null ? "" : similar(owner, name));
    }
    if (!NameResolver.isStatic(rule)) {
      return Diagnostic.RULE_SIGNATURE.format(ruleName, named, "the rule is not static");
    }
    if (rule.getReturnType().getKind() != TypeKind.DOUBLE) {
      return Diagnostic.RULE_SIGNATURE.format(ruleName, named, "the rule returns " + rule.getReturnType()
          + ", not double");
    }
    ExecutableElement original = candidates.stream().filter(m -> sameParameters(m, rule)).findFirst().orElse(null);
    if (original == null) {
      return Diagnostic.RULE_SIGNATURE.format(ruleName, named, "its parameters " + parameters(rule.getParameters()
          .stream().map(Element::asType).toList()) + " are those of no overload; "
          + candidates.stream().map(this::expected).collect(Collectors.joining(", ")));
    }
    if (original.getReturnType().getKind() != TypeKind.DOUBLE) {
      return Diagnostic.RULE_SIGNATURE.format(ruleName, named, "the original returns " + original.getReturnType()
          + ", and only a double result has partials");
    }
    if (Access.isHidden(original)) {
      return Diagnostic.RULE_SIGNATURE.format(ruleName, named, "the original is private or in a private class, and "
          + "the generated class calls it");
    }
    String wrong = wrtProblem(original, wrt);
    if (wrong != null) {
      return Diagnostic.RULE_WRT.format(ruleName, wrong);
    }
    int parameter = wrt >= 0 ? wrt : doubles(original).get(0);
    Map<Integer, ExecutableElement> partials = rules.computeIfAbsent(original, k -> new LinkedHashMap<>());
    ExecutableElement before = partials.putIfAbsent(parameter, rule);
    if (before != null) {
      return Diagnostic.RULE_DUPLICATE.format(before.getEnclosingElement().getSimpleName() + "."
          + before.getSimpleName(), ruleName, named, parameter + " (" + original.getParameters().get(parameter) + ")");
    }
    return null;
  }

  /** Why {@code wrt} names no double parameter of {@code original} (−1: its only one), or null if it does. */
  private static String wrtProblem(ExecutableElement original, int wrt) {
    List<Integer> doubles = doubles(original);
    int n = original.getParameters().size();
    if (wrt == -1) {
      return doubles.size() == 1 ? null : doubles.isEmpty() ? original.getSimpleName() + " has no double parameter"
          : "wrt must be given, as " + original.getSimpleName() + " has the double parameters " + doubles.stream()
              .map(i -> i + " (" + original.getParameters().get(i) + ")").collect(Collectors.joining(", "));
    }
    if (wrt < 0 || wrt >= n) {
      return "wrt = " + wrt + " is out of range, as " + original.getSimpleName() + " has " + n + " parameters";
    }
    return doubles.contains(wrt) ? null : "wrt = " + wrt + " names the parameter " + original.getParameters().get(wrt)
        + " of type " + original.getParameters().get(wrt).asType() + ", not a double";
  }

  /** The indices of the {@code double} parameters of {@code m}. */
  private static List<Integer> doubles(ExecutableElement m) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < m.getParameters().size(); i++) {
      if (m.getParameters().get(i).asType().getKind() == TypeKind.DOUBLE) {
        found.add(i);
      }
    }
    return found;
  }

  /**
   * Whether {@code rule} takes exactly the parameters of {@code original}, after the receiver for an instance method
   * (so that a rule for {@code dist.cumulativeProbability(x)} is {@code rule(NormalDistribution dist, double x)}).
   */
  private boolean sameParameters(ExecutableElement original, ExecutableElement rule) {
    List<TypeMirror> expected = expectedTypes(original);
    if (expected.size() != rule.getParameters().size()) {
      return false;
    }
    for (int i = 0; i < expected.size(); i++) {
      if (!types.isSameType(types.erasure(expected.get(i)), types.erasure(rule.getParameters().get(i).asType()))) {
        return false;
      }
    }
    return true;
  }

  private List<TypeMirror> expectedTypes(ExecutableElement original) {
    List<TypeMirror> expected = new ArrayList<>();
    if (!NameResolver.isStatic(original)) {
      expected.add(original.getEnclosingElement().asType());
    }
    original.getParameters().forEach(p -> expected.add(p.asType()));
    return expected;
  }

  /** The parameter list a rule of {@code original} takes, as it reads in a message. */
  private String expected(ExecutableElement original) {
    return original.getSimpleName() + " needs " + parameters(expectedTypes(original));
  }

  private static String parameters(List<TypeMirror> types) {
    return types.stream().map(TypeMirror::toString).collect(Collectors.joining(", ", "(", ")"));
  }

  /** The names of {@code owner}'s methods a misspelling of {@code name} may have meant, as a message's ending. */
  private static String similar(TypeElement owner, String name) {
    Set<String> close = new TreeSet<>();
    for (Element e : owner.getEnclosedElements()) {
      String other = e.getSimpleName().toString();
      if (e instanceof ExecutableElement && (other.equalsIgnoreCase(name) || distance(other, name) <= 2)) {
        close.add(other);
      }
    }
    return close.isEmpty() ? "" : " (did you mean " + String.join(" or ", close) + "?)";
  }

  /** The number of single-letter insertions, deletions and replacements that turn {@code a} into {@code b}. */
  private static int distance(String a, String b) {
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      row[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      int diagonal = row[0];
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int above = row[j];
        int replace = diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), replace);
        diagonal = above;
      }
    }
    return row[b.length()];
  }
}
