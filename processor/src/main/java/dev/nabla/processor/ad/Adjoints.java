package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Slot;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.HashMap;
import java.util.Map;

/**
 * The adjoints of one direction of a reverse sweep: a slot per differentiated value and per slot, an array per array
 * the function allocates, and, while a reduction loop is emitted, its accumulators' adjoints, known before the loop.
 */
final class Adjoints {
  private final Builder b;
  private final String suffix;
  /** Which direction of the sweep these are, from 0. */
  final int index;
  /** Where this direction's gradient goes: the gradient parameter, or a row of the caller's Jacobian. */
  Value output;
  private final Map<Value, Slot> values = new HashMap<>();
  private final Map<Slot, Slot> slots = new HashMap<>();
  private final Map<Value, Value> arrays = new HashMap<>();
  final Map<Slot, Value> accumulators = new HashMap<>();

  /** The adjoints of direction {@code index} of a sweep along {@code width} directions. */
  Adjoints(Builder b, int index, int width) {
    this.b = b;
    this.index = index;
    this.suffix = width == 1 ? "" : String.valueOf(index);
  }

  /** The slot holding a source value's adjoint. */
  Slot of(Value old) {
    return values.computeIfAbsent(old, v -> b.slot(Type.DOUBLE, v.hint() + "Bar" + suffix));
  }

  /** The slot holding the adjoint of a source slot's current value. */
  Slot ofSlot(Slot old) {
    return slots.computeIfAbsent(old, s -> b.slot(Type.DOUBLE, s.hint() + "Bar" + suffix));
  }

  /** The adjoint array of an array the function allocates, or null before it is allocated. */
  Value ofArray(Value old) {
    return arrays.get(old);
  }

  /** Allocates the adjoint array of an array the function allocates, with the given dimensions. */
  void allocate(Value old, java.util.List<Value> dimensions) {
    arrays.put(old, b.newArray(old.type(), dimensions, old.hint() + "Bar" + suffix));
  }
}
