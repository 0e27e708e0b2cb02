package dev.nabla.processor;

import static dev.nabla.processor.Reflect.ONE_ARRAY;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.assertRejects;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.reshape;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.codegen.Chunk;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jacobians and Hessians computed W columns per sweep, at the point sizes where chunking can go wrong (n = 1, W − 1,
 * W, W + 1 and 2W + 1) for points sized at run time ({@code fixtures/chunks/Chunks.java}: taped loops, branches,
 * local arrays, several point parameters, a matrix) and at compile time (generated here for each size). {@link
 * Reflect} checks them against central differences and against the single-direction JVP and Hessian–vector product.
 */
class ChunkBoundariesTest {
  private static final int W = Chunk.MAX_WIDTH;
  private static final int[] SIZES = {1, W - 1, W, W + 1, 2 * W + 1};
  private static final Random RANDOM = new Random(5);
  private static Class<?> chunks;
  private static Class<?> derivatives;
  private static Class<?> fixed;
  private static Class<?> fixedDerivatives;
  private static String generated;

  @BeforeAll
  static void compile(@TempDir Path dir) throws Exception {
    Path source = Files.createDirectories(dir.resolve("src/chunks")).resolve("FixedSizes.java");
    Files.writeString(source, "package chunks;\nimport dev.nabla.Differentiable;\npublic final class FixedSizes {\n"
        + Arrays.stream(SIZES).mapToObj(ChunkBoundariesTest::fixedSizeMethods).collect(Collectors.joining()) + "}\n");
    ClassLoader loader = InProcessCompiler.compile(dir, List.of(InProcessCompiler.fixture("chunks/Chunks.java"),
        source));
    chunks = loader.loadClass("chunks.Chunks");
    derivatives = loader.loadClass("chunks.ChunksDerivatives");
    fixed = loader.loadClass("chunks.FixedSizes");
    fixedDerivatives = loader.loadClass("chunks.FixedSizesDerivatives");
    generated = Files.readString(dir.resolve("generated/chunks/ChunksDerivatives.java"));
  }

  /** Functions of an n-element point known at compile time: a double[] read at constant indices, or n doubles. */
  private static String fixedSizeMethods(int n) {
    String parameters = IntStream.range(0, n).mapToObj(i -> "double x" + i).collect(Collectors.joining(", "));
    String elements = IntStream.range(0, n).mapToObj(i -> "x" + i).collect(Collectors.joining(", "));
    return """
          @Differentiable public static double ring%1$d(double[] x) {
            double s = 0;
            for (int i = 0; i < %1$d; i++) {
              s += Math.sin(x[i]) * x[(i + 1) %% %1$d] + 0.1 * x[i] * x[i] * x[(i + 2) %% %1$d];
            }
            return s;
          }
          @Differentiable public static double scalars%1$d(%2$s) {
            return ring%1$d(new double[] {%3$s});
          }
          @Differentiable public static double[] vector%1$d(double[] x) {
            double[] r = new double[%1$d + 2];
            double s = 0;
            for (int i = 0; i < %1$d; i++) {
              s += x[i] * x[(i + 1) %% %1$d];
              r[i] = Math.sin(x[i]) * s;
            }
            r[%1$d] = s;
            return r;
          }
          @Differentiable public static double[] scalarsVector%1$d(%2$s) {
            return vector%1$d(new double[] {%3$s});
          }
          @Differentiable public static double[] wide%1$d(double[] x) {
            double[] r = new double[%1$d];
            for (int i = 0; i < x.length; i++) {
              r[i %% %1$d] += Math.sin(x[i]) * x[(i + 1) %% x.length];
            }
            return r;
          }
        """.formatted(n, parameters, elements);
  }

  private static double[] random(int n) {
    return RANDOM.doubles(n, -1, 1).toArray();
  }

  /** {@code a}, an array of {@code length} and a rows×cols matrix, with rows·cols = n − 1 − length. */
  private static Function<double[], Object[]> severalPoints(int n) {
    int length = (n - 1) / 2;
    int rest = n - 1 - length;
    int rows = rest >= 2 && rest % 2 == 0 ? 2 : 1;
    return p -> new Object[] {p[0], Arrays.copyOfRange(p, 1, 1 + length), reshape(p, 1 + length, rows, rest / rows),
        0.7};
  }

  /** An array of {@code length} and a rows×cols matrix, with rows·cols = n − length. */
  private static Function<double[], Object[]> arrayAndMatrix(int n) {
    int length = (n + 1) / 2;
    int rest = n - length;
    int rows = rest >= 2 && rest % 2 == 0 ? 2 : 1;
    return p -> new Object[] {Arrays.copyOf(p, length), reshape(p, length, rows, rest / rows)};
  }

  @Test
  void hessiansOfRunTimeSizedPointsWithTapedLoopsAndSeveralParameters() {
    for (int n : SIZES) {
      checkScalar(chunks, derivatives, "tapedRecurrence", ONE_ARRAY, random(n), 1e-6, 1e-5);
      checkScalar(chunks, derivatives, "severalPoints", severalPoints(n), random(n), 1e-6, 1e-5);
    }
    assertTrue(chunkSource("tapedRecurrenceHessianChunk").contains("tape.push("),
        "the taped loop's chunk pushes its tangents on the tape");
  }

  /** The generated source of a method of {@code ChunksDerivatives}, with its parts if it is split. */
  private static String chunkSource(String method) {
    StringBuilder text = new StringBuilder();
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("static \\S+ " + method + "(Part\\d+)?\\(")
        .matcher(generated);
    while (m.find()) {
      text.append(generated, m.start(), generated.indexOf("\n  }\n", m.start()));
    }
    return text.toString();
  }

  /** How many arrays a generated method allocates: its {@code double[] name = new double[…]} statements. */
  private static long allocations(String source) {
    return java.util.regex.Pattern.compile("(?m)^ *double\\[](\\[])? \\w+ = new double\\[").matcher(source)
        .results().count();
  }

  @Test
  void jacobiansOfRunTimeSizedPointsWrittenInPlaceReadBackOrReturnedTwice() {
    for (int n : SIZES) {
      checkVector(chunks, derivatives, "writtenResult", arrayAndMatrix(n), random(n), 1e-6);
      checkVector(chunks, derivatives, "readBack", ONE_ARRAY, random(n), 1e-6);
      for (double sign : new double[] {1, -1}) {
        double[] x = random(n);
        x[0] = sign * (0.3 + 0.5 * Math.abs(x[0]));
        checkVector(chunks, derivatives, "twoReturns", ONE_ARRAY, x, 1e-6);
      }
    }
    for (int n : SIZES) {
      for (String name : List.of("everyElement", "someElements", "everyOtherElement", "brokenOff")) {
        checkVector(chunks, derivatives, name, ONE_ARRAY, random(n), 1e-6);
      }
    }
    assertTrue(!chunkSource("everyElementJacobianChunk").contains("] = 0.0;")
        && chunkSource("someElementsJacobianChunk").contains("] = 0.0;")
        && chunkSource("everyOtherElementJacobianChunk").contains("] = 0.0;"),
        "the columns are zeroed first unless a loop stores every element");
    String inPlace = chunkSource("writtenResultJacobianChunk");
    assertTrue(inPlace.contains("][column1] = ") && allocations(inPlace) == 1,
        "writtenResult allocates only its own result and writes its tangents into the Jacobian:\n" + inPlace);
    assertEquals(1 + W, allocations(chunkSource("readBackJacobianChunk")),
        "readBack's tangents, read back, have arrays of their own");
  }

  @Test
  void jacobiansAndHessiansOfPointsSizedAtCompileTime() {
    for (int n : SIZES) {
      checkScalar(fixed, fixedDerivatives, "ring" + n, ONE_ARRAY, random(n), 1e-6, 1e-5);
      checkScalar(fixed, fixedDerivatives, "scalars" + n, SCALARS, random(n), 1e-6, 1e-5);
      checkVector(fixed, fixedDerivatives, "vector" + n, ONE_ARRAY, random(n), 1e-6);
      checkVector(fixed, fixedDerivatives, "scalarsVector" + n, SCALARS, random(n), 1e-6);
    }
  }

  @Test
  void jacobiansWithFewerResultsThanInputsAreMadeRowsPerReverseSweep() {
    for (int m : SIZES) {
      checkVector(chunks, derivatives, "fewerResults", ONE_ARRAY, random(2 * m), 1e-6);
      checkVector(chunks, derivatives, "fewerResults", ONE_ARRAY, random(2 * m + 1), 1e-6);
      checkVector(fixed, fixedDerivatives, "wide" + m, ONE_ARRAY, random(m + 3), 1e-6);
    }
    assertTrue(chunkSource("fewerResultsJacobianRows").contains("tape.pop"),
        "the rows' sweep restores the recurrence from the tape");
  }

  @Test
  void emptyPointHasAnEmptyJacobianAndHessian() {
    double[] x = new double[0];
    double[][] m = {{}};
    double[] value = (double[]) call(derivatives, "writtenResultJacobian", x, m, new double[1][0]);
    assertArrayEquals((double[]) call(chunks, "writtenResult", x, m), value);
    assertEquals(0, ((double[][]) call(derivatives, "tapedRecurrenceHessian", (Object) x)).length);
  }

  @Test
  void wrongJacobianSizesThrowNamingTheParameter() {
    double[] x = random(3);
    double[][] m = {{0.1, 0.2}};
    // n = 5 and m = 11: more rows than results, fewer, and rows of the wrong length
    assertRejects("jacobian", 12, 11, () -> call(derivatives, "writtenResultJacobian", x, m, new double[12][5]));
    assertRejects("jacobian", 9, 11, () -> call(derivatives, "writtenResultJacobian", x, m, new double[9][5]));
    assertRejects("jacobian row", 4, 5, () -> call(derivatives, "writtenResultJacobian", x, m, new double[11][4]));
    assertRejects("jacobian", 7, 6, () -> call(derivatives, "readBackJacobian", x, new double[7][3]));
  }

  @Test
  void jacobianAndHessianAllocateOnlyTheFunctionsResultPerChunk() throws Throwable {
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    MethodHandle jacobianOf = lookup.findStatic(derivatives, "writtenResultJacobian",
        MethodType.methodType(double[].class, double[].class, double[][].class, double[][].class));
    MethodHandle hessianOf = lookup.findStatic(derivatives, "severalPointsHessian",
        MethodType.methodType(double[][].class, double.class, double[].class, double[][].class, double.class));
    for (int n : new int[] {W, 2 * W + 1}) {
      Object[] args = arrayAndMatrix(n).apply(random(n));
      double[] x = (double[]) args[0];
      double[][] m = (double[][]) args[1];
      double[][] jacobian = new double[2 * n + 1][n];
      int chunkCount = (n + W - 1) / W;
      double resultBytes = 16 + 8 * (2 * n + 1);
      double jacobianBytes = Reflect.bytesPerCall(() -> {
        double[] unused = (double[]) jacobianOf.invokeExact(x, m, jacobian);
      });
      assertTrue(jacobianBytes <= chunkCount * resultBytes + 8, "the Jacobian allocates one result array per chunk, "
          + resultBytes + " bytes, but allocated " + jacobianBytes + " bytes for " + chunkCount + " chunks");
      double[] p = random(n);
      Object[] point = severalPoints(n).apply(p);
      double a = (double) point[0];
      double[] y = (double[]) point[1];
      double[][] z = (double[][]) point[2];
      double hessianBytes = 16 + 8 * n + n * (16 + 8 * n);
      double bytes = Reflect.bytesPerCall(() -> {
        double[][] unused = (double[][]) hessianOf.invokeExact(a, y, z, 0.7);
      });
      assertTrue(bytes <= hessianBytes + 8, "the Hessian allocates only itself, " + hessianBytes + " bytes, but "
          + "allocated " + bytes);
    }
  }
}
