package dev.nabla.processor.kinds;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.source.Declared;
import dev.nabla.processor.source.Parameter;
import dev.nabla.processor.source.PointRecords;
import dev.nabla.processor.source.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What the optimizer adapters share: they exist when the point is one array or only doubles, or holds point objects
 * (each built from its parts by its constructor, when that {@link PointRecords#rebuilds} it) and at most one array,
 * which takes what the doubles leave of x.
 */
final class Adapters {
  private Adapters() {}

  /** An anonymous class implementing the optimizer interface {@code type}. */
  static TypeSpec.Builder implementation(ClassName type) {
    return TypeSpec.anonymousClassBuilder("").addSuperinterface(type);
  }

  /** {@code hasHessian()} returning true, for an adapter whose Hessian methods are generated. */
  static MethodSpec hasHessian() {
    return override("hasHessian", TypeName.BOOLEAN).addStatement("return true").build();
  }

  /** A public method overriding the interface's {@code name}. */
  static MethodSpec.Builder override(String name, TypeName returns) {
    return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC)
        .returns(returns);
  }

  /** Whether the point can be read from one array x. */
  static boolean pointFitsOneArray(Signature sig) {
    List<Parameter> point = sig.point();
    if (point.stream().allMatch(p -> p.type() == Type.DOUBLE)
        || (point.size() == 1 && point.get(0).type() == Type.DOUBLE_ARRAY)) {
      return true;
    }
    List<Declared> objects = sig.declared().stream().filter(d -> d.point() != null && !d.passive()).toList();
    return !objects.isEmpty() && objects.stream().allMatch(Declared::rebuilds)
        && point.stream().noneMatch(p -> p.type() == Type.DOUBLE_MATRIX)
        && point.stream().filter(p -> p.type() == Type.DOUBLE_ARRAY).count() <= 1;
  }

  /** The arguments that call f with the point taken from {@code point}, the others bound. */
  static List<CodeBlock> pointArguments(Context c) {
    Iterator<CodeBlock> entries = entries(c.sig().point()).iterator();
    List<CodeBlock> call = new ArrayList<>();
    for (Declared d : c.sig().declared()) {
      call.add(d.passive() ? CodeBlock.of("$L", c.name(d)) : d.point() == null ? entries.next()
          : built(d.point(), entries));
    }
    return call;
  }

  /** Java for the length {@code point} must have: n, or at least the number of doubles beside the one array. */
  static String dimension(Context c) {
    List<Parameter> point = c.sig().point();
    if (point.stream().allMatch(p -> p.type() == Type.DOUBLE)) {
      return String.valueOf(point.size());
    }
    return point.size() == 1 ? "point.length" : "Math.max(point.length, " + (point.size() - 1) + ")";
  }

  /** Java reading each part of the point from {@code point}: a double by its index, the one array as a range. */
  private static List<CodeBlock> entries(List<Parameter> point) {
    List<CodeBlock> entries = new ArrayList<>();
    int array = -1;
    for (int i = 0; i < point.size(); i++) {
      int after = point.size() - 1 - i;
      if (point.get(i).type() == Type.DOUBLE_ARRAY) {
        array = i;
        String end = after > 0 ? "point.length - " + after : "point.length";
        entries.add(point.size() == 1 ? CodeBlock.of("point")
            : CodeBlock.of("$T.copyOfRange(point, $L, $L)", Arrays.class, i, end));
      } else {
        entries.add(array < 0 ? CodeBlock.of("point[$L]", i) : CodeBlock.of("point[point.length - $L]", after + 1));
      }
    }
    return entries;
  }

  /** Java building the point object {@code type} from the next {@code entries}, nested ones depth-first. */
  private static CodeBlock built(TypeElement type, Iterator<CodeBlock> entries) {
    List<CodeBlock> arguments = new ArrayList<>();
    for (PointRecords.Part part : PointRecords.parts(type)) {
      arguments.add(part.nested() != null ? built(part.nested(), entries) : entries.next());
    }
    return CodeBlock.of("new $T($L)", ClassName.get(type), CodeBlock.join(arguments, ", "));
  }

}
