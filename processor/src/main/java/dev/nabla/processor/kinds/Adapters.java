package dev.nabla.processor.kinds;

import dev.nabla.processor.ir.Type;
import dev.nabla.processor.source.Parameter;
import java.util.ArrayList;
import java.util.List;

/** What the optimizer adapters share: they exist when the point is one array or only doubles, read from {@code x}. */
final class Adapters {
  private Adapters() {}

  /** Whether the point is one {@code double[]} or only {@code double}s, so that it can be one array x. */
  static boolean pointIsOneVectorOrScalars(List<Parameter> point) {
    return point.stream().allMatch(p -> p.type() == Type.DOUBLE)
        || (point.size() == 1 && point.get(0).type() == Type.DOUBLE_ARRAY);
  }

  /** The arguments that call f with the point taken from {@code point}, the others bound. */
  static List<String> pointArguments(Context c) {
    List<String> call = new ArrayList<>();
    int k = 0;
    for (Parameter p : c.sig().parameters()) {
      if (!p.differentiable()) {
        call.add(c.name(p));
      } else if (p.type() == Type.DOUBLE) {
        call.add("point[" + k++ + "]");
      } else {
        call.add("point");
      }
    }
    return call;
  }

  /** Java for the length {@code point} must have. */
  static String dimension(Context c) {
    List<Parameter> point = c.sig().point();
    return point.get(0).type() == Type.DOUBLE_ARRAY ? "point.length" : String.valueOf(point.size());
  }
}
