package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.LeastSquaresProblem;
import dev.nabla.optim.LevenbergMarquardt;
import dev.nabla.optim.Objective;
import dev.nabla.optim.OptimizationResult;
import java.awt.geom.Point2D;
import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Records and public-field objects as points (fixture {@code records/Kinematics.java}): their parts are entries of the
 * point in declaration order, nested ones depth-first, and a method returning one is a vector function of its parts. A
 * point handed whole to a helper, or asked for a method of its own, is read through the same parts: the callee is
 * inlined on them. Every generated method is checked against central differences of the user's method.
 */
class RecordPointsTest {
  private static InProcessCompiler.Fixture kinematics;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    kinematics = InProcessCompiler.compileFixture(dir, "records.Kinematics");
  }

  /**
   * A new {@code records.Kinematics.<name>} from the given components, by its constructor with that many parameters
   * (a record's canonical one).
   */
  private static Object record(String name, Object... components) {
    try {
      for (Constructor<?> c : kinematics.type().getClassLoader().loadClass("records.Kinematics$" + name)
          .getConstructors()) {
        if (c.getParameterCount() == components.length) {
          return c.newInstance(components);
        }
      }
      throw new AssertionError(name + " has no constructor of " + components.length + " parameters");
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static Object point(double x, double y) {
    return record("Point", x, y);
  }

  /** The JTS-shaped {@code Coordinate} (x, y, z) of {@code p[at…at + 2]}. */
  private static Object coordinate(double[] p, int at) {
    return record("Coordinate", p[at], p[at + 1], p[at + 2]);
  }

  private static Object pose(double[] p, int at) {
    return record("Pose", point(p[at], p[at + 1]), p[at + 2]);
  }

  private static Object params(double[] p) {
    return record("Params", p[0], Arrays.copyOfRange(p, 1, p.length));
  }

  @Test
  void aNestedRecordIsItsComponentsDepthFirstAndARecordResultARowPerComponent() throws Exception {
    Function<double[], Object[]> pack = p -> new Object[] {pose(p, 0), Arrays.copyOfRange(p, 3, 5), 1.2, 0.8};
    for (double[] p : new double[][] {{0.3, -0.2, 0.4, 0.7, -0.5}, {-1.1, 2.0, -2.5, 1.9, 0.3}}) {
      double[][] j = checkVector(kinematics.type(), kinematics.derivatives(), "tip", pack, p, 1e-7);
      assertArrayEquals(new double[] {1, 0}, new double[] {j[0][0], j[0][1]}, "x of the tip moves with x of the base");
    }
    assertEquals(double[][].class, kinematics.derivatives().getMethod("tipJacobian",
        kinematics.type().getClassLoader().loadClass("records.Kinematics$Pose"), double[].class, double.class,
        double.class).getReturnType(), "the generated methods take the record as the user's method does");
    for (double[] p : new double[][] {{0.3, -0.2, 0.4, 1.1, 0.5, -0.3}, {-1.0, 0.6, 2.2, -0.4, 0.9, 1.4}}) {
      checkVector(kinematics.type(), kinematics.derivatives(), "compose", q -> new Object[] {pose(q, 0), pose(q, 3)},
          p, 1e-7);
    }
  }

  @Test
  void codeKeptAsWrittenReadsTheParts() {
    Object base = record("Pose", point(0, 0), Double.NaN);
    for (String kind : new String[] {"Jacobian", "Jvp", "Vjp"}) {
      Object[] args = kind.equals("Jacobian") ? new Object[] {base, new double[2], 1.0, 1.0}
          : new Object[] {base, new double[2], 1.0, 1.0, new double[kind.equals("Jvp") ? 5 : 2]};
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> call(kinematics.derivatives(), "tip" + kind, args));
      assertEquals("heading NaN, 2 joints", e.getMessage(), kind + " runs the check as written");
    }
  }

  @Test
  void recordsOfDoublesAsScalarFunctionInputs() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4, 0.9}, {-1.0, 2.5, 0.5, -0.7}}) {
      checkScalar(kinematics.type(), kinematics.derivatives(), "distance",
          q -> new Object[] {point(q[0], q[1]), point(q[2], q[3])}, p, 1e-7, 1e-5);
    }
  }

  @Test
  void aRecordOfAMatrixAndAVector() {
    double[] p = {0.8, -0.6, 0.6, 0.8, 0.25, -1.5, 1.1, 0.4};
    checkVector(kinematics.type(), kinematics.derivatives(), "moved", q -> new Object[] {
        record("Motion", new double[][] {{q[0], q[1]}, {q[2], q[3]}}, new double[] {q[4], q[5]}),
        point(q[6], q[7])}, p, 1e-7);
  }

  @Test
  void aRecordOfParametersInALeastSquaresFit() {
    double[] t = {0, 0.3, 0.7, 1.1, 1.6, 2.0, 2.4, 3.0};
    double[] truth = {1.5, 0.2, -0.4, 0.1};
    double[] y = ((double[]) call(kinematics.type(), "residuals", params(truth), t, new double[t.length])).clone();
    for (double[] p : new double[][] {{0.5, 0.1, 0.2, -0.3}, {1.2, -0.8, 0.3, 0.05}}) {
      checkVector(kinematics.type(), kinematics.derivatives(), "residuals", q -> new Object[] {params(q), t, y}, p,
          1e-6);
      checkScalar(kinematics.type(), kinematics.derivatives(), "loss", q -> new Object[] {params(q), t, y, 0.01}, p,
          1e-5, 1e-4);
    }
    LeastSquaresProblem fit = (LeastSquaresProblem) call(kinematics.derivatives(), "residualsLeastSquares", t, y);
    OptimizationResult r = LevenbergMarquardt.builder().build().minimize(fit, new double[] {1, 0, 0, 0});
    assertArrayEquals(truth, r.x(), 1e-8, "the fit recovers a and w from x = (a, w...)");
    Objective loss = (Objective) call(kinematics.derivatives(), "lossObjective", t, y, 0.01);
    double[] x = {0.9, 0.3, -0.1, 0.2};
    assertEquals(d(call(kinematics.type(), "loss", params(x), t, y, 0.01)), loss.value(x), 0,
        "the objective's x is the record's components in order");
    double[] g = new double[x.length];
    loss.valueAndGradient(x, g);
    assertArrayEquals((double[]) call(kinematics.derivatives(), "lossGradient", params(x), t, y, 0.01), g, 0);
  }

  @Test
  void publicFieldsOfAJdkPointAreItsParts() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4}, {-1.0, 2.5, 0.5}}) {
      checkScalar(kinematics.type(), kinematics.derivatives(), "bearing",
          q -> new Object[] {new Point2D.Double(q[0], q[1]), q[2]}, p, 1e-7, 1e-5);
    }
    Objective bearing = (Objective) call(kinematics.derivatives(), "bearingObjective");
    assertEquals(Math.atan2(2, 1) * 3, bearing.value(new double[] {1, 2, 3}), 1e-15);
  }

  @Test
  void publicFieldsOfAJtsShapedCoordinateAreItsPartsAndItsConstructorRebuildsIt() {
    Function<double[], Object[]> pack = q -> new Object[] {coordinate(q, 0), coordinate(q, 3)};
    double[] p = {0.3, -0.2, 1.0, 2.1, 0.9, 1.7};
    checkScalar(kinematics.type(), kinematics.derivatives(), "slope", pack, p, 1e-7, 1e-5);
    Objective slope = (Objective) call(kinematics.derivatives(), "slopeObjective");
    assertEquals(d(call(kinematics.type(), "slope", pack.apply(p))), slope.value(p), 0,
        "x is (a.x, a.y, a.z, b.x, b.y, b.z), the fields in declaration order");
  }

  @Test
  void aNoDerivativeRecordIsHeldAndBoundByTheAdapters() {
    Object reference = point(0.5, -1.5);
    double[] g = checkScalar(kinematics.type(), kinematics.derivatives(), "toReference",
        q -> new Object[] {point(q[0], q[1]), reference}, new double[] {1.25, 0.75}, 1e-7, 1e-5);
    assertEquals(2, g.length, "the reference is not in the point");
    Objective o = (Objective) call(kinematics.derivatives(), "toReferenceObjective", reference);
    assertEquals(0, o.value(new double[] {0.5, -1.5}), 0);
  }

  @Test
  void anInstanceMethodTakesItsReceiverFirstThenTheRecordsAndBindsBothInItsAdapter() throws Exception {
    ClassLoader loader = kinematics.type().getClassLoader();
    Class<?> arm = loader.loadClass("records.Kinematics$Arm");
    Class<?> derivatives = loader.loadClass("records.Kinematics_ArmDerivatives");
    Object self = arm.getConstructor(double.class, double.class).newInstance(1.2, 0.8);
    Object reference = point(0.25, -0.5);
    for (double[] p : new double[][] {{0.3, -0.2, 0.4, 0.7}, {-1.1, 2.0, -2.5, 1.9}}) {
      double[][] j = checkVector(arm, derivatives, "reach",
          q -> new Object[] {self, point(q[0], q[1]), Arrays.copyOfRange(q, 2, 4), reference}, p, 1e-7);
      assertArrayEquals(new double[] {1, 0}, new double[] {j[0][0], j[0][1]}, "x of the end moves with x of the base");
    }
    LeastSquaresProblem problem = (LeastSquaresProblem) call(derivatives, "reachLeastSquares", self, reference);
    double[] x = {0.3, -0.2, 0.4, 0.7};
    assertArrayEquals(Reflect.flattenResult(call(arm, "reach", self, point(0.3, -0.2), new double[] {0.4, 0.7},
        reference)), problem.residuals(x, null), 0, "x is (base.x, base.y, q...), the receiver and reference bound");
  }

  @Test
  void recordLocalsMergeAcrossBranches() {
    for (double[] p : new double[][] {{0.3, -0.2, 1.4, 0.9}, {1.0, 2.5, 0.5, -0.7}}) {
      double[][] j = checkVector(kinematics.type(), kinematics.derivatives(), "nearer",
          q -> new Object[] {point(q[0], q[1]), point(q[2], q[3])}, p, 1e-7);
      assertTrue(j[0][0] == 1 ^ j[0][2] == 1, "exactly one point is chosen: " + Arrays.deepToString(j));
    }
  }

  /** Checks the gradient and Hessian of the scalar function {@code name} against central differences at each point. */
  private static void checkScalarAt(String name, Function<double[], Object[]> pack, double[]... points) {
    for (double[] p : points) {
      checkScalar(kinematics.type(), kinematics.derivatives(), name, pack, p, 1e-7, 1e-5);
    }
  }

  @Test
  void aRecordPointPassedWholeToAStaticHelper() {
    checkScalarAt("perimeter", q -> new Object[] {point(q[0], q[1]), point(q[2], q[3]), point(q[4], q[5])},
        new double[] {0.3, -0.2, 1.4, 0.9, -0.6, 1.7}, new double[] {-1.0, 2.5, 0.5, -0.7, 2.2, 0.1});
  }

  @Test
  void aWrittenOutAccessorThatReturnsItsFieldKeepsTheRecordAPoint() {
    checkScalarAt("track", q -> new Object[] {record("Bearing", q[0]), q[1]}, new double[] {0.4, 2.5},
        new double[] {-2.1, 0.7});
  }

  @Test
  void aRecordsOwnMethodsCalledOnThePoint() {
    checkScalarAt("shape", q -> new Object[] {point(q[0], q[1]), point(q[2], q[3])},
        new double[] {0.3, -0.2, 1.4, 0.9}, new double[] {-1.0, 2.5, 0.5, -0.7});
  }

  @Test
  void aPublicFieldPointPassedWholeToAHelperAndAskedForItsOwnMethod() {
    checkScalarAt("spread", q -> new Object[] {coordinate(q, 0), coordinate(q, 3)},
        new double[] {0.3, -0.2, 1.0, 2.1, 0.9, 1.7}, new double[] {-1.0, 0.4, 0.8, 0.6, -1.5, 0.2});
  }

  @Test
  void aNestedRecordsMethodAPartAndNewPointsPassedWhole() {
    Function<double[], Object[]> pack = q -> new Object[] {record("Segment", point(q[0], q[1]), point(q[2], q[3])),
        point(q[4], q[5]), 1.5};
    double[][] points = {{0.3, -0.2, 1.4, 0.9, -0.6, 1.7}, {-1.0, 2.5, 0.5, -0.7, 2.2, 0.1}};
    checkScalarAt("span", pack, points);
    assertEquals(6, ((double[]) call(kinematics.derivatives(), "spanGradient", pack.apply(points[0]))).length,
        "the segment's two points and p are the point; scale is held");
  }

  @Test
  void aVectorFunctionOfPointsThroughHelpersAndMethodsInEveryKind() {
    // p farther from the origin than origin, then nearer: each side of the branch that picks the local point
    for (double[] p : new double[][] {{1.3, -0.2, 0.4, 0.3}, {0.2, 0.1, -1.1, 0.9}}) {
      checkVector(kinematics.type(), kinematics.derivatives(), "polar",
          q -> new Object[] {point(q[0], q[1]), point(q[2], q[3])}, p, 1e-7);
    }
  }
}
