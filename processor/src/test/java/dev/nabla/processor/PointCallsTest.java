package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Point objects handed whole to a helper, or asked for a method of their own (fixture {@code records/PointCalls.java}):
 * the callee is inlined on the parts of the caller's point, so its gradient and Hessian (and a vector function's
 * Jacobian, JVP and VJP) agree with central differences of the user's method.
 */
class PointCallsTest {
  private static InProcessCompiler.Fixture fixture;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    fixture = InProcessCompiler.compileFixture(dir, "records.PointCalls");
  }

  /** A new {@code records.PointCalls.<name>} from the given parts, by its one constructor with that many. */
  private static Object make(String name, Object... parts) {
    try {
      for (Constructor<?> c : fixture.type().getClassLoader().loadClass("records.PointCalls$" + name)
          .getConstructors()) {
        if (c.getParameterCount() == parts.length) {
          return c.newInstance(parts);
        }
      }
      throw new AssertionError("no constructor of " + name + " with " + parts.length + " parameters");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object point(double[] q, int at) {
    return make("Point", q[at], q[at + 1]);
  }

  @Test
  void aRecordPointPassedWholeToAStaticHelper() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4, 0.9, -0.6, 1.7}, {-1.0, 2.5, 0.5, -0.7, 2.2, 0.1}}) {
      checkScalar(fixture.type(), fixture.derivatives(), "perimeter",
          q -> new Object[] {point(q, 0), point(q, 2), point(q, 4)}, p, 1e-7, 1e-5);
    }
  }

  @Test
  void aRecordsOwnMethodsCalledOnThePoint() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4, 0.9}, {-1.0, 2.5, 0.5, -0.7}}) {
      checkScalar(fixture.type(), fixture.derivatives(), "shape", q -> new Object[] {point(q, 0), point(q, 2)}, p,
          1e-7, 1e-5);
    }
  }

  @Test
  void aPublicFieldClassPointPassedWholeToAHelperAndItsOwnMethod() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.0, 2.1, 0.9, 1.7}, {-1.0, 0.4, 0.8, 0.6, -1.5, 0.2}}) {
      checkScalar(fixture.type(), fixture.derivatives(), "spread",
          q -> new Object[] {make("Vec", q[0], q[1], q[2]), make("Vec", q[3], q[4], q[5])}, p, 1e-7, 1e-5);
    }
  }

  @Test
  void aNestedRecordsMethodAPartAndNewPointsPassedWhole() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4, 0.9, -0.6, 1.7}, {-1.0, 2.5, 0.5, -0.7, 2.2, 0.1}}) {
      double[] g = checkScalar(fixture.type(), fixture.derivatives(), "reach",
          q -> new Object[] {make("Segment", point(q, 0), point(q, 2)), point(q, 4), 1.5}, p, 1e-7, 1e-5);
      assertEquals(6, g.length, "the segment's two points and p are the point; scale is held");
    }
  }

  @Test
  void aVectorFunctionOfPointsThroughHelpersAndMethodsInEveryKind() {
    // p farther from the origin than origin, then nearer: each branch of the local point
    for (double[] p : new double[][] {{1.3, -0.2, 0.4, 0.3}, {0.2, 0.1, -1.1, 0.9}}) {
      checkVector(fixture.type(), fixture.derivatives(), "polar", q -> new Object[] {point(q, 0), point(q, 2)}, p,
          1e-7);
    }
  }
}
