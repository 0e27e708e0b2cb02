package dev.nabla.processor.codegen;

import com.squareup.javapoet.MethodSpec;
import java.util.List;

/**
 * The generated methods of one differentiable method, and which of the generated class's private helpers they call:
 * the {@code Tape} and {@code flatten}.
 */
public record GeneratedMethods(List<MethodSpec> methods, boolean needsTape, boolean needsFlatten) {
  public GeneratedMethods {
    methods = List.copyOf(methods);
  }
}
