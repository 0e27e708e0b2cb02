package dev.nabla.processor.kinds;

import java.util.Set;

/**
 * The method kinds asked for: those of at most {@code order}, except the kinds named in {@code omitted}; and the most
 * entries a gradient's loop keeps on the tape before it is checkpointed, {@code tapeLimit}.
 */
public record Selection(int order, Set<String> omitted, int tapeLimit) {
  /** {@code @Differentiable}'s default tape limit: 2^20 entries, 8 MiB of doubles. */
  public static final int TAPE_LIMIT = 1 << 20;

  /** Every kind: the default. */
  public static final Selection EVERYTHING = new Selection(2, Set.of(), TAPE_LIMIT);

  public Selection {
    omitted = Set.copyOf(omitted);
  }

  /** The same, with at most {@code order}. */
  public Selection atMost(int order) {
    return new Selection(Math.min(this.order, order), omitted, tapeLimit);
  }

  /** The same, with the order {@code order}. */
  public Selection withOrder(int order) {
    return new Selection(order, omitted, tapeLimit);
  }

  /** The same, with the tape limit {@code limit}. */
  public Selection withTapeLimit(int limit) {
    return new Selection(order, omitted, limit);
  }

  boolean allows(MethodKind k) {
    return k.order() <= order && !omitted.contains(k.name());
  }
}
