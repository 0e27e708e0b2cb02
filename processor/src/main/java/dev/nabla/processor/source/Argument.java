package dev.nabla.processor.source;

import dev.nabla.processor.ir.Value;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * What a call hands a callee for one parameter, or for its receiver: a {@code value}, or a point object passed whole
 * ({@link PointRecords}) as its {@code point} type and its {@code parts} in order, which an inlined callee binds its
 * parameter's parts to.
 */
record Argument(Value value, TypeElement point, List<Value> parts) {
  Argument {
    parts = List.copyOf(parts);
  }

  static Argument of(Value value) {
    return new Argument(value, null, List.of());
  }

  static Argument point(TypeElement type, List<Value> parts) {
    return new Argument(null, type, parts);
  }

  /** The arguments that are {@code values}. */
  static List<Argument> all(List<Value> values) {
    return values.stream().map(Argument::of).toList();
  }
}
