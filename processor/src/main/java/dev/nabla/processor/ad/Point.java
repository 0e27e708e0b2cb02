package dev.nabla.processor.ad;

import dev.nabla.processor.ir.Builder;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each differentiable parameter sits in the flattened point: a {@code double} at one offset, an array from its
 * offset on, a matrix row by row. Built as IR because array lengths are known only at run time.
 */
final class Point {
  private final Map<Value, Value> offsets = new LinkedHashMap<>();
  private final Map<Value, Value> columns = new LinkedHashMap<>();
  private final Map<Value, Value> lengths = new LinkedHashMap<>();
  private final Value size;

  /** Lays out the given parameter values (new values, in declaration order). */
  Point(Builder b, List<Value> parameters) {
    Value offset = b.constant(0);
    for (Value p : parameters) {
      offsets.put(p, offset);
      Value length;
      if (p.type() == Type.DOUBLE) {
        length = b.constant(1);
      } else if (p.type() == Type.DOUBLE_ARRAY) {
        length = b.length(p, null);
      } else {
        Value rows = b.length(p, null);
        Value cols = b.length(p, b.constant(0));
        columns.put(p, cols);
        length = b.prim(Primitive.MUL, rows, cols);
      }
      lengths.put(p, length);
      offset = b.prim(Primitive.ADD, offset, length);
    }
    size = offset;
  }

  /** n, the length of the point. */
  Value size() {
    return size;
  }

  /** How many entries of the point a parameter takes. */
  Value length(Builder b, Value parameter) {
    return lengths.get(parameter);
  }

  boolean contains(Value parameter) {
    return offsets.containsKey(parameter);
  }

  /** The position in the point of {@code parameter[index...]} (or of the parameter itself when it is a double). */
  Value position(Builder b, Value parameter, List<Value> index) {
    Value offset = offsets.get(parameter);
    if (index.isEmpty()) {
      return offset;
    }
    Value flat = index.size() == 1 ? index.get(0)
        : b.prim(Primitive.ADD, b.prim(Primitive.MUL, index.get(0), columns.get(parameter)), index.get(1));
    return b.prim(Primitive.ADD, offset, flat);
  }
}
