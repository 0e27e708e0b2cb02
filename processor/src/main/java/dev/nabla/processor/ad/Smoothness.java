package dev.nabla.processor.ad;

import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.source.Lowering;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds where a derivative is correct but may surprise: kinks and branches that the point actually reaches (their
 * inputs vary with it), and results that do not depend on the point at all.
 */
public final class Smoothness {
  private final Activity activity;
  /** Conditions depend on the point when they are computed from values that vary. */
  private final Dependence dependence;

  /** A warning to report on a tree (null for the method as a whole). */
  public record Finding(Diagnostic diagnostic, Tree tree) {}

  private Smoothness(Function f, Set<Integer> point) {
    activity = new Activity(f, point);
    dependence = new Dependence(f, activity::varies);
  }

  /** The findings for a lowered method whose point is the parameters at {@code point}. */
  public static List<Finding> of(Lowering.Lowered lowered, Set<Integer> point) {
    Smoothness s = new Smoothness(lowered.function(), point);
    Map<Tree, Finding> findings = new LinkedHashMap<>();
    for (Lowering.Site site : lowered.sites()) {
      if (s.dependence.on(site.value())) {
        findings.putIfAbsent(site.tree(), new Finding(site.kink() ? Diagnostic.KINK : Diagnostic.BRANCH, site.tree()));
      }
    }
    List<Finding> all = new ArrayList<>(findings.values());
    if (!s.activity.varies(lowered.function().result())) {
      all.add(new Finding(Diagnostic.ZERO_DERIVATIVE, null));
    }
    return all;
  }
}
