package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import javax.lang.model.type.TypeMirror;

/**
 * A parameter of a differentiable method as the IR sees it, of Java type {@code javaType}: one the method declares, or
 * a part of a point object it declares, whose {@code name} is then its path ({@code pose.position.x}) and
 * {@code selector} how Java reads it from the declared parameter ({@code .position().x()}; empty for a declared one);
 * {@code differentiable} ones make up the point. The receiver of an instance method is the first, {@link #RECEIVER}.
 */
public record Parameter(String name, Type type, boolean differentiable, TypeMirror javaType, String selector) {
  /** The name the generated methods give the receiver of an instance method, before clashes are resolved. */
  public static final String RECEIVER = "self";
}
