package dev.nabla.processor.kinds;

import java.util.Set;

/** The method kinds asked for: those of at most {@code order}, except the kinds named in {@code omitted}. */
public record Selection(int order, Set<String> omitted) {
  /** Every kind: the default. */
  public static final Selection EVERYTHING = new Selection(2, Set.of());

  public Selection {
    omitted = Set.copyOf(omitted);
  }

  /** The same, with at most {@code order}. */
  public Selection atMost(int order) {
    return new Selection(Math.min(this.order, order), omitted);
  }

  boolean allows(MethodKind k) {
    return k.order() <= order && !omitted.contains(k.name());
  }
}
