package dev.nabla.processor.ir;

/** How dear a primitive is to compute, against saving its value and restoring it in the reverse sweep. */
public enum Cost {
  /** About as cheap as a save and a restore: additions, products, comparisons, casts. */
  CHEAP,
  /** Cheap on integers, dearer on doubles: the remainder, which on doubles is a library call. */
  CHEAP_ON_INTEGERS,
  /** Dearer than a save and a restore, yet far from a transcendental: division, rounding, selection. */
  MODERATE,
  /** Far dearer than arithmetic: the transcendental functions, roots, powers and hypot. */
  COSTLY;

  /** Whether computing a result of this type costs about as much as saving and restoring it. */
  public boolean isCheap(Type result) {
    return this == CHEAP || this == CHEAP_ON_INTEGERS && result != Type.DOUBLE;
  }
}
