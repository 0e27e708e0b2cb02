package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * What a {@code @Differentiable} method takes and returns. {@code resultType} is {@code DOUBLE} for a scalar function
 * and {@code DOUBLE_ARRAY} for a vector function ({@code matrixResult} when the source returns {@code double[][]},
 * flattened row by row; {@code pointResult}, the type, when it returns a point object, flattened as the point is;
 * {@code output}, the name of the {@code @Output} parameter of a {@code void} method, whose elements are its results).
 * An instance method's {@code declared} parameters start with its receiver, a passive object.
 */
public record Signature(ExecutableElement method, String name, List<Declared> declared, Type resultType,
    boolean matrixResult, TypeElement pointResult, String output) {

  public Signature {
    declared = List.copyOf(declared);
  }

  /** Whether the method does not return its results as an array: it returns a point object or writes an output. */
  public boolean returnsNoArray() {
    return pointResult != null || output != null;
  }

  /** The parameters as the IR has them: the declared ones, a point object replaced by its parts. */
  public List<Parameter> parameters() {
    return declared.stream().flatMap(d -> d.parameters().stream()).toList();
  }

  /** Whether the method is an instance method, whose receiver the generated methods take as their first parameter. */
  public boolean hasReceiver() {
    return !method.getModifiers().contains(Modifier.STATIC);
  }

  /**
   * Whether a subclass could override the method: an instance method that is neither final nor private, of a class
   * that is not final (records are; an enum is unless a constant has a body).
   */
  public boolean isOverridable() {
    return hasReceiver() && !method.getModifiers().contains(Modifier.FINAL)
        && !method.getModifiers().contains(Modifier.PRIVATE)
        && !method.getEnclosingElement().getModifiers().contains(Modifier.FINAL);
  }

  public boolean isScalar() {
    return resultType == Type.DOUBLE;
  }

  /** The differentiable parameters, in declaration order: the point. */
  public List<Parameter> point() {
    return parameters().stream().filter(Parameter::differentiable).toList();
  }

  /** n, when it is known at compile time because the point is only {@code double}s; otherwise -1. */
  public int fixedPointSize() {
    return point().stream().allMatch(p -> p.type() == Type.DOUBLE) ? point().size() : -1;
  }

  /** Whether the point is a single {@code double}. */
  public boolean isUnivariate() {
    return point().size() == 1 && point().get(0).type() == Type.DOUBLE;
  }
}
