package dev.nabla.processor.ad;

import com.sun.source.tree.Tree;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.ir.Value;
import dev.nabla.processor.source.Lowering;
import java.util.ArrayList;
import java.util.HashMap;
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
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();
  private final Map<Slot, List<Value>> stores = new HashMap<>();
  private final Map<Value, Boolean> memo = new HashMap<>();

  /** A warning to report on a tree (null for the method as a whole). */
  public record Finding(Diagnostic diagnostic, Tree tree) {}

  private Smoothness(Function f, Set<Integer> point) {
    activity = new Activity(f, point);
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let) {
        definitions.put(let.result(), let);
      } else if (s instanceof Stmt.Store st) {
        stores.computeIfAbsent(st.slot(), k -> new ArrayList<>()).add(st.value());
      }
    });
  }

  /** The findings for a lowered method whose point is the parameters at {@code point}. */
  public static List<Finding> of(Lowering.Lowered lowered, Set<Integer> point) {
    Smoothness s = new Smoothness(lowered.function(), point);
    Map<Tree, Finding> findings = new LinkedHashMap<>();
    for (Lowering.Site site : lowered.sites()) {
      if (s.varies(site.value())) {
        findings.putIfAbsent(site.tree(), new Finding(site.kink() ? Diagnostic.KINK : Diagnostic.BRANCH, site.tree()));
      }
    }
    List<Finding> all = new ArrayList<>(findings.values());
    if (!s.activity.varies(lowered.function().result())) {
      all.add(new Finding(Diagnostic.ZERO_DERIVATIVE, null));
    }
    return all;
  }

  /** Whether a value depends on the point: it varies, or (for conditions) is computed from something that does. */
  private boolean varies(Value v) {
    if (activity.varies(v)) {
      return true;
    }
    Boolean known = memo.get(v);
    if (known != null) {
      return known;
    }
    memo.put(v, false);
    Stmt.Let let = definitions.get(v);
    boolean result = false;
    if (let != null && (let.op() instanceof Op.Prim || let.op() instanceof Op.Passive)) {
      result = let.args().stream().anyMatch(this::varies);
    } else if (let != null && let.op() instanceof Op.Load l) {
      result = stores.getOrDefault(l.slot(), List.of()).stream().anyMatch(this::varies);
    }
    memo.put(v, result);
    return result;
  }
}
