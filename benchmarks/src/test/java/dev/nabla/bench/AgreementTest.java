package dev.nabla.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Every benchmark's derivatives agree, so the timings compare the same result computed four ways. */
class AgreementTest {
  /** Asserts expected and actual equal within tol times the largest of 1 and |expected|ᵢ. */
  static void close(double[] expected, double[] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + " length");
    double scale = 1;
    for (double e : expected) {
      scale = Math.max(scale, Math.abs(e));
    }
    for (int i = 0; i < expected.length; i++) {
      assertEquals(expected[i], actual[i], tol * scale, what + "[" + i + "]");
    }
  }

  private static void close(double[][] expected, double[][] actual, double tol, String what) {
    assertEquals(expected.length, actual.length, what + " rows");
    for (int i = 0; i < expected.length; i++) {
      close(expected[i], actual[i], tol, what + "[" + i + "]");
    }
  }

  @Test
  void adExample() {
    double x = new AdExampleBench().x;
    double[] g = new double[1];
    double f = WorkloadsDerivatives.adExampleGradient(x, g);
    assertEquals(Workloads.adExample(x), f, 1e-15);
    double hand = HandWritten.adExampleDerivative(x);
    double[] h = new double[1];
    assertEquals(f, HandWritten.adExampleGradient(x, h), 1e-15);
    assertEquals(hand, h[0], 1e-15);
    assertEquals(hand, g[0], 1e-13);
    assertEquals(hand, WorkloadsDerivatives.adExampleDerivative(x), 1e-13);
    assertEquals(hand, Hipparchus.adExampleDerivative(x), 1e-13);
    assertEquals(hand, FiniteDifferences.derivative(Workloads::adExample, x), 1e-8);
  }

  @Test
  void privateAndPackagePrivateTables() {
    double[] x = new PrivateTableBench().x;
    double[] g = new double[x.length];
    double[] shared = new double[x.length];
    assertEquals(Lanczos.privateTable(x), LanczosDerivatives.privateTableGradient(x, g), 0);
    assertEquals(Lanczos.packagePrivateTable(x), LanczosDerivatives.packagePrivateTableGradient(x, shared), 0);
    close(shared, g, 0, "the same gradient through either table");
    close(FiniteDifferences.gradient(Lanczos::privateTable, x), g, 1e-6, "finite differences");
  }

  @Test
  void eq217() {
    double[] x = Data.point(50, 217);
    double[] hand = new double[50];
    double f = HandWritten.eq217Gradient(x, hand);
    assertEquals(Workloads.eq217(x), f, 1e-12);
    double[] g = new double[50];
    assertEquals(f, WorkloadsDerivatives.eq217Gradient(x, g), 1e-12);
    close(hand, g, 1e-13, "generated");
    assertEquals(f, WorkloadsDerivatives.eq217FixedGradient(x, g), 1e-12);
    close(hand, g, 1e-13, "generated fixed");
    close(hand, Hipparchus.eq217Gradient(x), 1e-13, "hipparchus");
    close(hand, FiniteDifferences.gradient(Workloads::eq217, x), 1e-6, "finite differences");
  }

  @Test
  void ring50() {
    double[] x = Data.point(50, 50);
    double[] hand = new double[50];
    double f = HandWritten.ring50Gradient(x, hand);
    double[] g = new double[50];
    assertEquals(f, WorkloadsDerivatives.ring50Gradient(x, g), 1e-12);
    close(hand, g, 1e-13, "generated");
    close(hand, FiniteDifferences.gradient(Workloads::ring50, x), 1e-8, "finite differences");
  }

  @Test
  void rosenbrock() {
    double[] x = Data.point(1000, 3);
    double[] hand = new double[1000];
    double f = HandWritten.rosenbrockGradient(x, hand);
    assertEquals(Workloads.rosenbrock(x), f, 1e-9);
    double[] g = new double[1000];
    assertEquals(f, WorkloadsDerivatives.rosenbrockGradient(x, g), 1e-9);
    close(hand, g, 1e-13, "generated");
    close(hand, Hipparchus.rosenbrockGradient(x), 1e-13, "hipparchus");
    close(hand, FiniteDifferences.gradient(Workloads::rosenbrock, x), 1e-7, "finite differences");
  }

  @Test
  void mlp() {
    Data.Mlp d = new Data.Mlp(4);
    double[] hand = new double[d.size()];
    double f = HandWritten.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys, hand);
    assertEquals(d.loss(), f, 1e-12);
    double[] g = new double[d.size()];
    assertEquals(f, WorkloadsDerivatives.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys, g), 1e-12);
    close(hand, g, 1e-12, "generated");
    close(hand, Hipparchus.mlpLossGradient(d.w1, d.b1, d.w2, d.b2, d.xs, d.ys), 1e-12, "hipparchus");
    close(hand, d.finiteDifferences(), 1e-7, "finite differences");
  }

  @Test
  void tallJacobian() {
    double[] x = {1.3, 0.2, 0.4, -0.1};
    double[] ts = Data.ts(Data.TALL_M);
    double[][] hand = new double[Data.TALL_M][4];
    close(Workloads.tall(x, ts), HandWritten.tallJacobian(x, ts, hand), 1e-14, "value");
    double[][] g = new double[Data.TALL_M][4];
    WorkloadsDerivatives.tallJacobian(x, ts, g);
    close(hand, g, 1e-13, "generated");
    close(hand, OtherMode.byRows(c -> WorkloadsDerivatives.tallVjp(x, ts, c), Data.TALL_M), 1e-13, "other mode");
    close(hand, Hipparchus.tallJacobian(x, ts), 1e-13, "hipparchus");
    close(hand, FiniteDifferences.jacobian(p -> Workloads.tall(p, ts), x, Data.TALL_M), 1e-8, "fd");
  }

  @Test
  void wideJacobian() {
    double[] x = Data.point(Data.WIDE_N, 5);
    double[][] hand = new double[4][Data.WIDE_N];
    close(Workloads.wide(x), HandWritten.wideJacobian(x, hand), 1e-12, "value");
    double[][] g = new double[4][Data.WIDE_N];
    WorkloadsDerivatives.wideJacobian(x, g);
    close(hand, g, 1e-13, "generated");
    close(hand, OtherMode.byColumns(t -> WorkloadsDerivatives.wideJvp(x, t), 4, Data.WIDE_N), 1e-13, "other mode");
    close(hand, Hipparchus.wideJacobian(x), 1e-13, "hipparchus");
    close(hand, FiniteDifferences.jacobian(Workloads::wide, x, 4), 1e-8, "fd");
  }

  @Test
  void hessian() {
    double[] x = Data.point(10, 6);
    double[][] hand = HandWritten.eq217Hessian(x);
    close(hand, WorkloadsDerivatives.eq217Hessian(x), 1e-12, "generated");
    close(hand, Hipparchus.eq217Hessian(x), 1e-12, "hipparchus");
    close(hand, FiniteDifferences.hessian(Workloads::eq217, x), 1e-5, "fd");
  }

  @Test
  void hessianVector() {
    double[] x = Data.point(1000, 61);
    double[] v = Data.point(1000, 62);
    double[] hand = new double[1000];
    double f = HandWritten.rosenbrockHessianVector(x, v, hand);
    double[] hv = new double[1000];
    assertEquals(f, WorkloadsDerivatives.rosenbrockHessianVector(x, v, hv), 1e-9);
    close(hand, hv, 1e-12, "generated");
    close(hand, Hipparchus.rosenbrockHessianVector(x, v), 1e-12, "hipparchus");
    close(hand, FiniteDifferences.hessianVector(HandWritten::rosenbrockGradient, x, v), 1e-6, "fd");
    assertTrue(f > 0);
  }

  @Test
  void instanceMethodModel() {
    LogisticModelBench b = new LogisticModelBench();
    double[] hand = new double[b.theta.length];
    double f = b.model.lossGradient(b.theta, hand);
    assertEquals(b.model.loss(b.theta), f, 1e-14);
    double[] g = new double[b.theta.length];
    assertEquals(f, LogisticModelDerivatives.lossGradient(b.model, b.theta, g), 1e-14);
    close(hand, g, 1e-14, "generated");
    close(hand, FiniteDifferences.gradient(b.model::loss, b.theta), 1e-8, "finite differences");
  }

  @Test
  void recordPoint() {
    AlignmentBench b = new AlignmentBench();
    double[] hand = new double[3];
    double f = HandWritten.alignmentGradient(b.pose, b.px, b.py, b.qx, b.qy, hand);
    assertEquals(Workloads.alignment(b.pose, b.px, b.py, b.qx, b.qy), f, 1e-12);
    double[] g = new double[3];
    assertEquals(f, WorkloadsDerivatives.alignmentGradient(b.pose, b.px, b.py, b.qx, b.qy, g), 1e-12);
    close(hand, g, 1e-13, "generated");
    double[] point = {b.pose.x(), b.pose.y(), b.pose.theta()};
    close(hand, FiniteDifferences.gradient(
        p -> Workloads.alignment(new Pose(p[0], p[1], p[2]), b.px, b.py, b.qx, b.qy), point), 1e-7, "fd");
  }

  @Test
  void recordPointAndItsScalarTwinAgree() {
    AlignmentBench b = new AlignmentBench();
    double[] fromRecord = new double[3];
    double f = WorkloadsDerivatives.alignmentGradient(b.pose, b.px, b.py, b.qx, b.qy, fromRecord);
    double[] fromScalars = new double[3];
    assertEquals(f, WorkloadsDerivatives.alignmentScalarsGradient(b.pose.x(), b.pose.y(), b.pose.theta(), b.px, b.py,
        b.qx, b.qy, fromScalars), 0);
    close(fromRecord, fromScalars, 0, "scalar twin");
  }

  @Test
  void circleFit() {
    CircleFitBench b = new CircleFitBench();
    double[] hand = new double[3];
    double f = HandWritten.circleFitGradient(b.circle, b.x, b.y, hand);
    assertEquals(Workloads.circleFit(b.circle, b.x, b.y), f, 1e-12);
    double[] g = new double[3];
    assertEquals(f, WorkloadsDerivatives.circleFitGradient(b.circle, b.x, b.y, g), 1e-12);
    close(hand, g, 1e-12, "generated");
    double[] point = {b.circle.cx(), b.circle.cy(), b.circle.r()};
    close(hand, FiniteDifferences.gradient(p -> Workloads.circleFit(new Circle(p[0], p[1], p[2]), b.x, b.y), point),
        1e-7, "fd");
  }

  @Test
  void longLoop() {
    int steps = 3_000_000; // past the default tape limit: 2^20 entries are 524,288 steps of two values
    double[] taped = new double[2];
    double[] checkpointed = new double[2];
    double f = LongLoopDerivatives.pendulumTapedGradient(1.3, LongLoopBench.C, LongLoopBench.H, steps, taped);
    assertEquals(LongLoop.pendulum(1.3, LongLoopBench.C, LongLoopBench.H, steps), f, 0);
    assertEquals(f, LongLoopDerivatives.pendulumGradient(1.3, LongLoopBench.C, LongLoopBench.H, steps, checkpointed),
        0);
    close(taped, checkpointed, 0, "checkpointed, bit for bit");
    close(taped, FiniteDifferences.gradient(p -> LongLoop.pendulum(p[0], p[1], LongLoopBench.H, steps),
        new double[] {1.3, LongLoopBench.C}), 1e-6, "fd");
  }
}
