package dev.nabla.processor.kinds;

import com.squareup.javapoet.ClassName;
import dev.nabla.processor.codegen.FieldHandles;
import dev.nabla.processor.codegen.GeneratedMethods;
import dev.nabla.processor.source.Signature;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Chooses the kinds a differentiable method gets, and has each write its methods, in the order they are listed. */
public final class Generation {
  private Generation() {}

  /**
   * The methods of the {@code kinds} that apply to {@code sig} and that {@code selection} allows; a kind comes after
   * those it requires, and is left out when one of them that applies is; hidden fields are read through
   * {@code handles}, the generated class's.
   */
  public static GeneratedMethods generate(List<MethodKind> kinds, Selection selection, Signature sig,
      ClassName owner, FieldHandles handles, Sources sources) {
    List<MethodKind> chosen = chosen(kinds, selection, sig);
    Context c = new Context(sig, owner, handles, sources, chosen);
    chosen.forEach(k -> k.generate(c));
    return c.result();
  }

  /** The highest order of the derivatives that the methods {@link #generate} writes compute (0 for none). */
  public static int highestOrder(List<MethodKind> kinds, Selection selection, Signature sig) {
    return chosen(kinds, selection, sig).stream().mapToInt(MethodKind::order).max().orElse(0);
  }

  /** The kinds that apply to {@code sig} and that {@code selection} allows, each after those it requires. */
  private static List<MethodKind> chosen(List<MethodKind> kinds, Selection selection, Signature sig) {
    Map<Class<? extends MethodKind>, MethodKind> listed = new HashMap<>();
    Set<Class<? extends MethodKind>> chosenClasses = new HashSet<>();
    List<MethodKind> chosen = new ArrayList<>();
    for (MethodKind k : kinds) {
      listed.put(k.getClass(), k);
      boolean requirementsMet = k.requires().stream().allMatch(r -> chosenClasses.contains(r)
          || !required(listed, r, k).appliesTo(sig));
      if (k.appliesTo(sig) && selection.allows(k) && requirementsMet) {
        chosen.add(k);
        chosenClasses.add(k.getClass());
      }
    }
    return chosen;
  }

  private static MethodKind required(Map<Class<? extends MethodKind>, MethodKind> listed,
      Class<? extends MethodKind> required, MethodKind by) {
    MethodKind k = listed.get(required);
    if (k == null) {
      throw new IllegalStateException(by.name() + " requires " + required.getSimpleName() + ", listed before it");
    }
    return k;
  }
}
