package dev.nabla.bench.hs;

import dev.nabla.optim.Bounds;
import dev.nabla.optim.Constraint;
import dev.nabla.optim.Objective;
import dev.nabla.optim.VectorFunction;
import java.util.Arrays;

/**
 * One Hock–Schittkowski problem: minimize the objective from x0 subject to cᵢ(x) ≥ 0 for the first
 * {@code inequalities} components of the constraint function c, cᵢ(x) = 0 for the others, and the bounds (null when
 * there are none); fstar and xstar are the published optimum.
 */
public record HsProblem(String name, Objective objective, VectorFunction c, int inequalities, double[] x0,
    double fstar, double[] xstar, Bounds bounds) {

  /** The relative tolerance on f − f* and the absolute one on the violation that count a problem as solved. */
  public static final double TOLERANCE = 1e-6;

  /** The constraints on c: {@code atLeast} if all are inequalities, {@code equal} if none is, else {@code between}. */
  public Constraint constraint() {
    int m = c.value(x0, null).length;
    double[] zeros = new double[m];
    if (inequalities == m) {
      return Constraint.atLeast(c, zeros);
    }
    if (inequalities == 0) {
      return Constraint.equal(c, zeros);
    }
    double[] upper = new double[m];
    Arrays.fill(upper, 0, inequalities, Double.POSITIVE_INFINITY);
    return Constraint.between(c, zeros, upper);
  }

  /** Whether f at a point with this largest violation solves the problem, as scipy_sqp.py and the table count it. */
  public boolean solved(double f, double violation) {
    return Math.abs(f - fstar) <= TOLERANCE * Math.max(1, Math.abs(fstar)) && violation <= TOLERANCE;
  }
}
