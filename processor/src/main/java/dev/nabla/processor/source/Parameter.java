package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;

/**
 * A parameter of a differentiable method as the IR sees it: one the method declares, or a part of a point object it
 * declares, whose {@code name} is then its path ({@code pose.position.x}) and {@code selector} how Java reads it from
 * the declared parameter ({@code .position().x()}; empty for a declared one); {@code differentiable} ones make up the
 * point.
 */
public record Parameter(String name, Type type, boolean differentiable, String selector) {}
