package dev.nabla.processor;

import static dev.nabla.processor.Reflect.ONE_ARRAY;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code throw} in @Differentiable methods (fixture {@code throwing/Guards.java}): off the throwing path every
 * generated method is checked against central differences; on it, every generated method throws the exception the
 * user's method throws, with the same message.
 */
class ThrowTest {
  private static InProcessCompiler.Fixture guards;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    guards = InProcessCompiler.compileFixture(dir, "throwing.Guards");
  }

  /** Every public generated method of {@code name}, called at a point where the user's method throws. */
  private static void throwsAsWritten(String name, Function<double[], Object[]> pack, double[] p, int outputs) {
    Object[] args = pack.apply(p);
    RuntimeException expected = assertThrows(RuntimeException.class, () -> call(guards.type(), name, args));
    List<Method> methods = new ArrayList<>();
    for (Method m : guards.derivatives().getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && m.getName().startsWith(name) && m.getParameterCount() >= args.length
          && Character.isUpperCase(m.getName().charAt(name.length()))) {
        methods.add(m);
      }
    }
    assertTrue(methods.size() >= 4, "generated methods of " + name + ": " + methods);
    for (Method m : methods) {
      List<Object> arguments = new ArrayList<>(Arrays.asList(args));
      Class<?>[] types = m.getParameterTypes();
      for (int i = args.length; i < types.length; i++) { // outputs and directions of the right lengths
        arguments.add(types[i] == double[][].class ? new double[outputs][p.length]
            : new double[m.getName().endsWith("Vjp") ? outputs : p.length]);
      }
      String at = m + " at " + Arrays.toString(p);
      RuntimeException thrown = assertThrows(RuntimeException.class,
          () -> call(guards.derivatives(), m.getName(), arguments.toArray()), at);
      assertEquals(expected.getClass(), thrown.getClass(), at);
      assertEquals(expected.getMessage(), thrown.getMessage(), at);
    }
  }

  @Test
  void aGuardBeforeTheComputation() {
    for (double[] p : new double[][] {{0.7, 1.3}, {2.5, -0.4}}) {
      checkScalar(guards.type(), guards.derivatives(), "guarded", SCALARS, p, 1e-6, 1e-4);
    }
    throwsAsWritten("guarded", SCALARS, new double[] {-0.25, 1.5}, 1);
  }

  @Test
  void aCheckInALoopWithAMessageOfActiveValues() {
    for (double[] p : new double[][] {{0.7, 1.3, -2.0}, {9.5, -0.4}}) {
      checkScalar(guards.type(), guards.derivatives(), "inLoop", ONE_ARRAY, p, 1e-6, 1e-4);
    }
    throwsAsWritten("inLoop", ONE_ARRAY, new double[] {0.5, 1.25, 12.5, -3}, 1);
    throwsAsWritten("inLoop", ONE_ARRAY, new double[] {10.5}, 1);
  }

  @Test
  void aThrowInAnInlinedCallee() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.5, -0.4}}) {
      checkScalar(guards.type(), guards.derivatives(), "callsChecked", SCALARS, p, 1e-6, 1e-4);
    }
    throwsAsWritten("callsChecked", SCALARS, new double[] {-0.5, 2}, 1);
    throwsAsWritten("checkedLog", SCALARS, new double[] {0}, 1);
  }

  @Test
  void theSideThatGoesOnAssignsWhatFollowsReads() {
    for (double[] p : new double[][] {{0.7, 1.3}, {-1.5, 0.4}}) {
      checkScalar(guards.type(), guards.derivatives(), "elseAssigns", SCALARS, p, 1e-6, 1e-4);
    }
    throwsAsWritten("elseAssigns", SCALARS, new double[] {5.5, 1}, 1);
  }

  @Test
  void aVectorFunctionChecksItsArgument() {
    checkVector(guards.type(), guards.derivatives(), "vector", ONE_ARRAY, new double[] {0.3, 1.7}, 1e-6);
    throwsAsWritten("vector", ONE_ARRAY, new double[] {0.3}, 3);
    throwsAsWritten("vector", ONE_ARRAY, new double[] {0.3, 0}, 3);
  }

  @Test
  void aConstantConditionThrowsAlways() {
    for (double x : new double[] {-1, 0, 2}) {
      throwsAsWritten("always", SCALARS, new double[] {x}, 1);
    }
    assertTrue(guards.generated().contains("throw new UnsupportedOperationException(\"not for \" + x)"),
        guards.generated());
  }
}
