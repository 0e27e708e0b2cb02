package dev.nabla.optim;

/** How a least-squares subproblem of {@link Sqp} ended, with SLSQP's mode numbers and messages. */
enum SubproblemStatus {
  SOLVED(1, "solved"),
  ITERATION_LIMIT(3, "more than 3*n iterations in LSQ subproblem"),
  INCOMPATIBLE(4, "inequality constraints incompatible"),
  SINGULAR_E(5, "singular matrix E in LSQ subproblem"),
  SINGULAR_C(6, "singular matrix C in LSQ subproblem"),
  RANK_DEFICIENT(7, "rank-deficient equality constraint subproblem HFTI");

  private final int mode;
  private final String message;

  SubproblemStatus(int mode, String message) {
    this.mode = mode;
    this.message = message;
  }

  /** SLSQP's message followed by its exit mode, as scipy prints them. */
  String describe() {
    return message + " (SLSQP mode " + mode + ")";
  }
}
