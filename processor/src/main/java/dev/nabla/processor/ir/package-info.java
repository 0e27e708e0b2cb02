/**
 * Immutable SSA values, slots for loop-carried state, structured {@code if}/{@code while}, and the primitive table: one
 * entry per operation with its value, its partial derivatives and its tangent and adjoint rules.
 */
package dev.nabla.processor.ir;
