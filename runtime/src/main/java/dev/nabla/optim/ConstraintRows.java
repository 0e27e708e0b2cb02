package dev.nabla.optim;

import java.util.Arrays;
import java.util.List;

/**
 * The constraints as SLSQP's rows gⱼ(x) = 0 (equalities first) and gⱼ(x) ≥ 0: an equal component gives
 * c(x) − value, a finite lower side c(x) − lower and a finite upper side upper − c(x); each function is called
 * once per point, with its Jacobian, even when several constraints of the same size share it.
 */
final class ConstraintRows {
  private static final int EQUAL = 0;
  private static final int LOWER = 1;
  private static final int UPPER = 2;
  private final List<Constraint> constraints;
  private final double[][][] jacobians;
  private final double[][] values;
  /** For each constraint, the earlier one whose function (the same object, of the same size) it reuses, or −1. */
  private final int[] sharedWith;
  private final int[] rowConstraint;
  private final int[] rowComponent;
  private final int[] rowSide;
  private final int equalities;
  private final int componentCount;
  /** The index of each constraint's first component among all components. */
  private final int[] first;

  /** Lays out the rows of the constraints for points of dimension n. */
  ConstraintRows(List<Constraint> constraints, int n) {
    this.constraints = constraints;
    int components = 0;
    int rows = 0;
    int equal = 0;
    for (Constraint constraint : constraints) {
      for (int i = 0; i < constraint.size(); i++) {
        components++;
        if (constraint.lower(i) == constraint.upper(i)) {
          equal++;
          rows++;
        } else {
          rows += (Double.isFinite(constraint.lower(i)) ? 1 : 0) + (Double.isFinite(constraint.upper(i)) ? 1 : 0);
        }
      }
    }
    equalities = equal;
    rowConstraint = new int[rows];
    rowComponent = new int[rows];
    rowSide = new int[rows];
    jacobians = new double[constraints.size()][][];
    values = new double[constraints.size()][];
    sharedWith = new int[constraints.size()];
    int row = 0;
    for (int k = 0; k < constraints.size(); k++) {
      Constraint constraint = constraints.get(k);
      sharedWith[k] = firstWithTheSameFunction(k);
      jacobians[k] = sharedWith[k] >= 0 ? jacobians[sharedWith[k]] : new double[constraint.size()][n];
      for (int i = 0; i < constraint.size(); i++) {
        if (constraint.lower(i) == constraint.upper(i)) {
          row = layOut(row, k, i, EQUAL);
        }
      }
    }
    for (int k = 0; k < constraints.size(); k++) {
      Constraint constraint = constraints.get(k);
      for (int i = 0; i < constraint.size(); i++) {
        if (constraint.lower(i) != constraint.upper(i)) {
          if (Double.isFinite(constraint.lower(i))) {
            row = layOut(row, k, i, LOWER);
          }
          if (Double.isFinite(constraint.upper(i))) {
            row = layOut(row, k, i, UPPER);
          }
        }
      }
    }
    componentCount = components;
    first = new int[constraints.size()];
    for (int k = 1; k < first.length; k++) {
      first[k] = first[k - 1] + constraints.get(k - 1).size();
    }
  }

  private int firstWithTheSameFunction(int k) {
    Constraint constraint = constraints.get(k);
    for (int earlier = 0; earlier < k; earlier++) {
      Constraint other = constraints.get(earlier);
      if (other.function() == constraint.function() && other.size() == constraint.size()) {
        return earlier;
      }
    }
    return -1;
  }

  private int layOut(int row, int constraint, int component, int side) {
    rowConstraint[row] = constraint;
    rowComponent[row] = component;
    rowSide[row] = side;
    return row + 1;
  }

  /** The number m of rows. */
  int rows() {
    return rowSide.length;
  }

  /** The number of equality rows, which come first. */
  int equalities() {
    return equalities;
  }

  /**
   * Calls every function of the constraints once at x with its Jacobian; returns whether all values and Jacobian
   * entries are finite.
   *
   * @throws IllegalArgumentException when a function returns null or a length other than its constraint's size, or
   *     rejects x or its m×n Jacobian (as generated adapters do when the sizes are not theirs)
   */
  boolean evaluate(double[] x) {
    boolean finite = true;
    for (int k = 0; k < values.length; k++) {
      if (sharedWith[k] >= 0) {
        values[k] = values[sharedWith[k]];
        continue;
      }
      Constraint constraint = constraints.get(k);
      double[] c;
      try {
        c = constraint.function().value(x, jacobians[k]);
      } catch (IllegalArgumentException e) {
        // A generated adapter checks the sizes of x and of the Jacobian; say which constraint it belongs to.
        throw new IllegalArgumentException("constraints[" + k + "] (size " + constraint.size() + ", x of length "
            + x.length + "): " + e.getMessage(), e);
      }
      if (c == null) {
        throw new IllegalArgumentException("constraints[" + k + "] returned null");
      }
      if (c.length != constraint.size()) {
        throw new IllegalArgumentException("constraints[" + k + "] returned " + c.length
            + " values but has size " + constraint.size());
      }
      values[k] = c;
      finite &= Vectors.allFinite(c) && Vectors.allFinite(jacobians[k]);
    }
    return finite;
  }

  /** Writes the rows' values gⱼ(x) at the last evaluated point into g. */
  void rowValues(double[] g) {
    for (int j = 0; j < g.length; j++) {
      double c = values[rowConstraint[j]][rowComponent[j]];
      Constraint constraint = constraints.get(rowConstraint[j]);
      g[j] = rowSide[j] == UPPER ? constraint.upper(rowComponent[j]) - c : c - constraint.lower(rowComponent[j]);
    }
  }

  /** Writes the rows' gradients ∇gⱼ at the last evaluated point into the first n entries of a[j]. */
  void rowGradients(double[][] a) {
    for (int j = 0; j < a.length; j++) {
      double[] gradient = jacobians[rowConstraint[j]][rowComponent[j]];
      double[] row = a[j];
      if (rowSide[j] == UPPER) {
        for (int i = 0; i < gradient.length; i++) {
          row[i] = -gradient[i];
        }
      } else {
        System.arraycopy(gradient, 0, row, 0, gradient.length);
      }
    }
  }

  /**
   * Writes ∇f − Σⱼ rⱼ∇gⱼ at the last evaluated point into out, for the objective's gradient there (each entry
   * summed as SLSQP does, the sum first).
   */
  void lagrangianGradient(double[] gradient, double[] r, double[] out) {
    for (int i = 0; i < out.length; i++) {
      double s = 0;
      for (int j = 0; j < r.length; j++) {
        double d = jacobians[rowConstraint[j]][rowComponent[j]][i];
        s += (rowSide[j] == UPPER ? -d : d) * r[j];
      }
      out[i] = gradient[i] - s;
    }
  }

  /** Whether every constraint's function supplies the Hessian of a weighted sum of its components. */
  boolean haveHessians() {
    return constraints.stream().allMatch(c -> c.function().hasHessian());
  }

  /**
   * Subtracts Σⱼ rⱼ∇²gⱼ(x), the rows' part of the Lagrangian's Hessian for the rows' multipliers r, from h: for each
   * constraint, its function's Hessian of Σᵢ λᵢcᵢ with the components' multipliers λ.
   */
  void subtractHessians(double[] x, double[] r, double[][] h) {
    double[] lambda = componentMultipliers(r);
    for (int k = 0; k < constraints.size(); k++) {
      Constraint constraint = constraints.get(k);
      double[] weights = Arrays.copyOfRange(lambda, first[k], first[k] + constraint.size());
      if (Arrays.stream(weights).allMatch(w -> w == 0)) {
        continue;
      }
      double[][] hc = constraint.function().hessian(x, weights);
      for (int i = 0; i < h.length; i++) {
        for (int j = 0; j < h.length; j++) {
          h[i][j] -= hc[i][j];
        }
      }
    }
  }

  /** The largest violation of a constraint at the last evaluated point (as {@link Constraint} measures it). */
  double violation() {
    double v = 0;
    for (int k = 0; k < values.length; k++) {
      v = Math.max(v, constraints.get(k).violation(values[k]));
    }
    return v;
  }

  /**
   * The multipliers of the components, in the order of the constraints, from the rows' multipliers r: λ = r for an
   * equality, r_lower − r_upper otherwise, i.e. λ = ∂f*∕∂side.
   */
  double[] componentMultipliers(double[] r) {
    double[] lambda = new double[componentCount];
    for (int j = 0; j < r.length; j++) {
      int component = first[rowConstraint[j]] + rowComponent[j];
      lambda[component] += rowSide[j] == UPPER ? -r[j] : r[j];
    }
    return lambda;
  }

}
