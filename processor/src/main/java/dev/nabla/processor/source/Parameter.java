package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import javax.lang.model.type.TypeMirror;

/**
 * A parameter of a differentiable method, of Java type {@code javaType}; {@code differentiable} ones make up the
 * point. The receiver of an instance method is the first, {@link #RECEIVER}.
 */
public record Parameter(String name, Type type, boolean differentiable, TypeMirror javaType) {
  /** The name the generated methods give the receiver of an instance method, before clashes are resolved. */
  public static final String RECEIVER = "self";
}
