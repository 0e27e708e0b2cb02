/**
 * One class per kind of generated method ({@code Gradient}, {@code HessianVector}, {@code Hessian}, {@code Jvp},
 * {@code Vjp}, {@code Jacobian}, {@code Derivative}, {@code SecondDerivative} and the optimizer adapters
 * {@code ObjectiveAdapter} and {@code VectorAdapter}): each states its name, its order, the functions it applies
 * to, the names its methods declare and the kinds whose methods they call, and writes its methods from the transforms
 * of {@code ad}; {@code Pipeline} lists them, and {@code Generation} keeps those that apply and that the user chose.
 */
package dev.nabla.processor.kinds;
