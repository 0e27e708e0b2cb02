package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;

/**
 * What a {@code @Differentiable} method takes and returns. {@code resultType} is {@code DOUBLE} for a scalar function
 * and {@code DOUBLE_ARRAY} for a vector function ({@code matrixResult} when the source returns {@code double[][]},
 * flattened row by row). An instance method's {@code parameters} start with its receiver, a passive object.
 */
public record Signature(
    ExecutableElement method, String name, List<Parameter> parameters, Type resultType, boolean matrixResult) {

  public Signature {
    parameters = List.copyOf(parameters);
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
    return parameters.stream().filter(Parameter::differentiable).toList();
  }

  /** The parameters outside the point, bound as constants by the generated adapters. */
  public List<Parameter> passive() {
    return parameters.stream().filter(p -> !p.differentiable()).toList();
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
