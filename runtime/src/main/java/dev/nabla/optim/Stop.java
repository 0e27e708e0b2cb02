package dev.nabla.optim;

/** Unwinds a run from deep inside a line search when a budget is spent or the objective misbehaves. */
final class Stop extends RuntimeException {
  private static final long serialVersionUID = 1L;
  final Status status;

  Stop(Status status, String detail) {
    super(detail, null, false, false);
    this.status = status;
  }
}
