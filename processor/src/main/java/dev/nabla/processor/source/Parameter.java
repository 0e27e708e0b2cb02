package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;

/** A parameter of a differentiable method; {@code differentiable} ones make up the point. */
public record Parameter(String name, Type type, boolean differentiable) {}
