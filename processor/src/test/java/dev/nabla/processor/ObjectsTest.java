package dev.nabla.processor;

import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.d;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.optim.LeastSquaresProblem;
import dev.nabla.optim.Objective;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Instance methods and passive objects (fixtures {@code objects/*.java}): a feedforward controller reading final,
 * private and inherited gains, a pricer taking an option record and an enum, models as objects with an interface's
 * default method, a nested class's fit reading an object held in a field and a model passed in. Every generated
 * method is checked against central differences of the original, called on its receiver.
 */
class ObjectsTest {
  private static final Random RANDOM = new Random(14);
  private static ClassLoader loader;
  private static Path dir;

  @BeforeAll
  static void compile(@TempDir Path temp) throws Exception {
    dir = temp;
    loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("objects/Feedforward.java"),
        InProcessCompiler.fixture("objects/Gains.java"), InProcessCompiler.fixture("objects/Pricer.java"),
        InProcessCompiler.fixture("objects/Models.java")));
  }

  private static Class<?> load(String name) throws ClassNotFoundException {
    return loader.loadClass("objects." + name);
  }

  private static Object make(String name, Class<?>[] types, Object... args) throws Exception {
    var c = load(name).getDeclaredConstructor(types);
    c.setAccessible(true);
    return c.newInstance(args);
  }

  @Test
  void feedforwardReadsFinalPrivateAndInheritedGains() throws Exception {
    Class<?>[] four = {double.class, double.class, double.class, double.class};
    Object ff = make("Feedforward", four, 0.3, 1.7, 0.2, 2.5);
    Class<?> f = load("Feedforward");
    Class<?> d = load("FeedforwardDerivatives");
    for (int trial = 0; trial < 4; trial++) {
      double[] p = RANDOM.doubles(3, -1, 1).toArray();
      checkScalar(f, d, "calculate", q -> new Object[] {ff, q[0], q[1], q[2]}, p, 1e-6, 1e-4);
      double[] positions = RANDOM.doubles(3, -2, 2).toArray();
      double velocity = RANDOM.nextDouble();
      checkVector(f, d, "voltages", q -> new Object[] {ff, java.util.Arrays.copyOf(q, 3), q[3]},
          Reflect.concat(positions, new double[] {velocity}), 1e-6);
    }
  }

  /**
   * A final field read in a loop ({@code Quadratic}'s private {@code a}, in its nested loops) is read once per
   * generated method, in the method's outermost block: a local in the loop, as hand-written code keeps it.
   */
  @Test
  void finalFieldsAreReadOnceOutsideTheLoops() throws Exception {
    String generated = Files.readString(dir.resolve("generated/objects/Models_QuadraticDerivatives.java"));
    String read = "Models_QuadraticDerivatives.a.get(self)";
    int methods = 0;
    for (String method : generated.split("\\n  }\\n")) {
      int first = method.indexOf(read);
      if (first >= 0) {
        methods++;
        assertEquals(first, method.lastIndexOf(read), "one read of a in " + method);
        String line = method.substring(method.lastIndexOf('\n', first) + 1, first);
        assertTrue(line.startsWith("    double[][] "), "a read in the method's outermost block: " + line);
      }
    }
    assertTrue(methods >= 3, "value's gradient, Hessian–vector product and Hessian read a: " + methods);
  }

  @Test
  void receiverIsTheFirstParameterOfEveryGeneratedMethod() throws Exception {
    Object ff = make("Feedforward", new Class<?>[] {double.class, double.class, double.class, double.class}, 0.3,
        1.7, 0.2, 2.5);
    Class<?> d = load("FeedforwardDerivatives");
    double[] g = new double[3];
    double value = d(d.getMethod("calculateGradient", load("Feedforward"), double.class, double.class, double.class,
        double[].class).invoke(null, ff, 0.4, 0.1, -0.2, g));
    assertEquals(d(call(load("Feedforward"), "calculate", ff, 0.4, 0.1, -0.2)), value, 0, "the value");
    Objective o = (Objective) d.getMethod("calculateObjective", load("Feedforward")).invoke(null, ff);
    double[] og = new double[3];
    assertEquals(value, o.valueAndGradient(new double[] {0.4, 0.1, -0.2}, og), 0, "the objective's value");
    assertTrue(java.util.Arrays.equals(g, og), "the objective's gradient");
  }

  @Test
  void aParameterNamedSelfIsNotTheReceiver() throws Exception {
    Object ff = make("Feedforward", new Class<?>[] {double.class, double.class, double.class, double.class}, 0.3,
        1.7, 0.2, 2.5);
    for (int trial = 0; trial < 3; trial++) {
      double[] p = RANDOM.doubles(2, -1, 1).toArray();
      checkScalar(load("Feedforward"), load("FeedforwardDerivatives"), "gainTimes", q -> new Object[] {ff, q[0], q[1]},
          p, 1e-6, 1e-4);
    }
  }

  /**
   * The derivatives are those of the method as its class declares it, and so are the values the generated methods
   * return with them, the objective's too: an override in a subclass is not called in its place.
   */
  @Test
  void anOverrideInASubclassIsNotCalledByTheGeneratedMethods() throws Exception {
    Class<?>[] four = {double.class, double.class, double.class, double.class};
    Object doubled = make("Feedforward$Doubled", four, 0.3, 1.7, 0.2, 2.5);
    Object base = make("Feedforward", four, 0.3, 1.7, 0.2, 2.5);
    Class<?> f = load("Feedforward");
    Class<?> d = load("FeedforwardDerivatives");
    double[] x = {0.4, 0.1, -0.2};
    double declared = d(call(f, "calculate", base, x[0], x[1], x[2]));
    double gradientValue = d(d.getMethod("calculateGradient", f, double.class, double.class, double.class,
        double[].class).invoke(null, doubled, x[0], x[1], x[2], new double[3]));
    Objective o = (Objective) d.getMethod("calculateObjective", f).invoke(null, doubled);
    assertEquals(declared, gradientValue, 0, "fGradient's value is the declared method's");
    assertEquals(declared, o.value(x), 0, "the objective's value is the declared method's, as its gradient is");
    assertEquals(2 * declared, d(call(f, "calculate", doubled, x[0], x[1], x[2])), 1e-12, "the override differs");
  }

  @Test
  void pricerReadsTheOptionRecordAndComparesItsKind() throws Exception {
    Class<?> kind = load("Pricer$Kind");
    Class<?> option = load("Pricer$Option");
    Class<?> f = load("Pricer");
    Class<?> d = load("PricerDerivatives");
    for (Object k : kind.getEnumConstants()) {
      Object o = make("Pricer$Option", new Class<?>[] {double.class, double.class, kind}, 100.0, 0.75, k);
      for (int trial = 0; trial < 3; trial++) {
        double[] p = {80 + 40 * RANDOM.nextDouble(), 0.1 + 0.3 * RANDOM.nextDouble()};
        checkScalar(f, d, "price", q -> new Object[] {o, q[0], q[1], 0.03}, p, 1e-6, 1e-4);
        checkScalar(f, d, "smoothPayoff", q -> new Object[] {q[0], k, o}, new double[] {p[0]}, 1e-6, 1e-4);
      }
    }
    assertTrue(option.isRecord(), "the option is a record, held passive");
  }

  @Test
  void enumAndRecordInstanceMethods() throws Exception {
    Class<?> kind = load("Pricer$Kind");
    Class<?> kd = load("Pricer_KindDerivatives");
    for (Object k : kind.getEnumConstants()) {
      for (int trial = 0; trial < 3; trial++) {
        double[] p = {90 + 20 * RANDOM.nextDouble(), 95 + 10 * RANDOM.nextDouble(), 0.5 + RANDOM.nextDouble()};
        checkScalar(kind, kd, "smoothPayoff", q -> new Object[] {k, q[0], q[1], q[2]}, p, 1e-6, 1e-4);
      }
    }
    Class<?> bond = load("Pricer$Bond");
    Object tenYears = make("Pricer$Bond", new Class<?>[] {double.class, int.class}, 0.04, 10);
    for (double rate : new double[] {0.01, 0.035, 0.08}) {
      checkScalar(bond, load("Pricer_BondDerivatives"), "price", q -> new Object[] {tenYears, q[0]},
          new double[] {rate}, 1e-6, 1e-4);
    }
  }

  @Test
  void modelsAsObjects() throws Exception {
    double[][] a = {{2, 0.5, 0}, {0.5, 1, 0.2}, {0, 0.2, 3}};
    Object quadratic = make("Models$Quadratic", new Class<?>[] {double[][].class, double[].class}, a,
        new double[] {0.1, -0.2, 0.3});
    Class<?> q = load("Models$Quadratic");
    Class<?> qd = load("Models_QuadraticDerivatives");
    Class<?> model = load("Models$Model");
    Class<?> md = load("Models_ModelDerivatives");
    Object schedule = make("Models$Schedule", new Class<?>[] {double[].class}, (Object) new double[] {1, 0.5, 2});
    Object fit = make("Models$Fit", new Class<?>[] {double[].class, double[].class, load("Models$Schedule")},
        new double[] {0, 1, 2}, new double[] {2, 1.2, 0.7}, schedule);
    Class<?> fitClass = load("Models$Fit");
    Class<?> fd = load("Models_FitDerivatives");
    for (int trial = 0; trial < 4; trial++) {
      double[] x = RANDOM.doubles(3, -1, 1).toArray();
      checkScalar(q, qd, "value", p -> new Object[] {quadratic, p}, x, 1e-6, 1e-4);
      checkScalar(model, md, "penalized", p -> new Object[] {quadratic, p}, x, 1e-6, 1e-4);
      double[] ar = {1 + RANDOM.nextDouble(), RANDOM.nextDouble()};
      checkVector(fitClass, fd, "residuals", p -> new Object[] {fit, p[0], p[1]}, ar, 1e-6);
      checkScalar(fitClass, fd, "loss", p -> new Object[] {fit, p, quadratic}, ar, 1e-6, 1e-4);
    }
    LeastSquaresProblem problem = (LeastSquaresProblem) fd.getMethod("residualsLeastSquares", fitClass)
        .invoke(null, fit);
    double[][] j = new double[3][2];
    assertTrue(java.util.Arrays.equals((double[]) call(fitClass, "residuals", fit, 1.5, 0.4),
        problem.residuals(new double[] {1.5, 0.4}, j)), "the least-squares residuals are the method's");
  }

  @Test
  void generatedCodeReadsPrivateFieldsThroughInstanceHandles() throws Exception {
    String generated = Files.readString(dir.resolve("generated/objects/FeedforwardDerivatives.java"));
    assertTrue(generated.contains("instanceField(\"objects.Feedforward\", \"kg\", double.class)"), generated);
    assertTrue(generated.contains("public static double calculateGradient(Feedforward self, double position"),
        generated);
  }
}
