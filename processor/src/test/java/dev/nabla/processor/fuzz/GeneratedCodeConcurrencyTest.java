package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.nabla.processor.DifferentiableProcessor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated code is thread-safe (it shares no state, and a run-time loop's tape is per call) and deterministic
 * (compiling the same sources twice, in this JVM or another, gives byte-identical generated sources).
 */
class GeneratedCodeConcurrencyTest {

  static final String SOURCE = """
      package p;

      import dev.nabla.Differentiable;
      import dev.nabla.NoDerivative;

      public class Shared {
        @Differentiable
        public static double fixed(double a, double[] x) {
          double s = a * x[0] + Math.sin(x[1]) * Math.exp(0.3 * a);
          return s * s + Math.log(1 + x[2] * x[2]);
        }

        @Differentiable
        public static double taped(double[] x, @NoDerivative int steps) {
          double s = 0;
          for (int k = 0; k < steps; k++) {
            for (int i = 0; i < x.length; i++) {
              s = 0.5 * s + Math.sin(x[i] * s + k) * x[(i + 1) % x.length];
            }
          }
          return s * s + x[0];
        }

        @Differentiable
        public static double[] vector(double[] x, double[][] m) {
          double[] out = new double[x.length];
          for (int i = 0; i < x.length; i++) {
            double t = 0;
            for (int j = 0; j < x.length; j++) {
              t += m[i % m.length][j % m[0].length] * Math.tanh(x[j]);
            }
            out[i] = t * x[i];
          }
          return out;
        }
      }
      """;

  private static Object call(Class<?> c, String name, Object... args) throws Exception {
    return Differential.find(c, name, args.length).invoke(null, args);
  }

  /** Every derivative of the three methods at one point, as a list of arrays. */
  private static List<double[]> all(Class<?> d, double a, double[] x, int steps, double[][] m) throws Exception {
    List<double[]> out = new ArrayList<>();
    double[] g = new double[1 + x.length];
    out.add(new double[] {(double) call(d, "fixedGradient", a, x, g)});
    out.add(g);
    out.addAll(List.of((double[][]) call(d, "fixedHessian", a, x)));
    double[] gt = new double[x.length];
    out.add(new double[] {(double) call(d, "tapedGradient", x, steps, gt)});
    out.add(gt);
    out.addAll(List.of((double[][]) call(d, "tapedHessian", x, steps)));
    double[] hv = new double[x.length];
    call(d, "tapedHessianVector", x, steps, x, hv);
    out.add(hv);
    out.addAll(List.of((double[][]) call(d, "vectorJacobian", x, m)));
    out.add((double[]) call(d, "vectorVjp", x, m, x));
    return out;
  }

  @Test
  void generatedDerivativesGiveTheSameResultsFromEightThreads(@TempDir Path dir) throws Exception {
    FuzzCompiler.Outcome o = FuzzCompiler.compile(dir, "Shared", SOURCE);
    assertTrue(o.ok(), o.log());
    Class<?> d = o.loader().loadClass("p.SharedDerivatives");
    Random r = new Random(7);
    int points = 64;
    double[] as = new double[points];
    double[][] xs = new double[points][];
    int[] steps = new int[points];
    double[][][] ms = new double[points][][];
    List<List<double[]>> expected = new ArrayList<>();
    for (int k = 0; k < points; k++) {
      as[k] = r.nextGaussian();
      xs[k] = new double[] {r.nextGaussian(), r.nextGaussian(), r.nextGaussian(), r.nextGaussian()};
      steps[k] = 1 + r.nextInt(6);
      ms[k] = new double[][] {{r.nextGaussian(), r.nextGaussian()}, {r.nextGaussian(), r.nextGaussian()}};
      expected.add(all(d, as[k], xs[k], steps[k], ms[k]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<Integer>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      int seed = t;
      futures.add(pool.submit((Callable<Integer>) () -> {
        start.await();
        Random rr = new Random(seed);
        int done = 0;
        for (int rep = 0; rep < 400; rep++) {
          int k = rr.nextInt(points);
          List<double[]> got = all(d, as[k], xs[k].clone(), steps[k], ms[k]);
          List<double[]> want = expected.get(k);
          assertEquals(want.size(), got.size());
          for (int i = 0; i < want.size(); i++) {
            assertArrayEquals(want.get(i), got.get(i), 0, "thread " + seed + " point " + k + " result " + i);
          }
          done++;
        }
        return done;
      }));
    }
    start.countDown();
    int total = 0;
    for (Future<Integer> f : futures) {
      total += f.get();
    }
    pool.shutdown();
    assertEquals(8 * 400, total);
  }

  @Test
  void compilingTwiceGivesByteIdenticalGeneratedSources(@TempDir Path dir) {
    Generator gen = new Generator(99);
    List<Ast.Program> programs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      programs.add(gen.program(i));
    }
    String fuzz = Printer.classOf("Batch", programs, "").source();
    for (String[] src : List.of(new String[] {"Shared", SOURCE}, new String[] {"Batch", fuzz})) {
      FuzzCompiler.Outcome first = FuzzCompiler.compile(dir.resolve("one" + src[0]), src[0], src[1]);
      FuzzCompiler.Outcome second = FuzzCompiler.compile(dir.resolve("two" + src[0]), src[0], src[1]);
      Map<String, String> a = first.generated();
      Map<String, String> b = second.generated();
      assertTrue(!a.isEmpty(), "nothing generated for " + src[0] + ": " + first.log());
      assertEquals(a.keySet(), b.keySet());
      for (String k : a.keySet()) {
        assertTrue(a.get(k).equals(b.get(k)), k + " differs between two compilations");
      }
      assertEquals(first.log().replace("one" + src[0], ""), second.log().replace("two" + src[0], ""),
          "diagnostics differ");
    }
  }

  @Test
  void generatedSourcesDoNotDependOnTheJvmsIdentityHashes(@TempDir Path dir) throws Exception {
    Generator gen = new Generator(7);
    List<Ast.Program> programs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      programs.add(gen.program(i));
    }
    String fuzz = Printer.classOf("Batch", programs, "").source();
    FuzzCompiler.Outcome here = FuzzCompiler.compile(dir.resolve("here"), "Batch", fuzz);
    assertTrue(here.ok(), here.log());
    // a child JVM whose identity hash codes count up orders hash-based collections differently from this one
    Path generated = Files.createDirectories(dir.resolve("child"));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process child = new ProcessBuilder(java.toString(), "-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=3",
        "-cp", System.getProperty("java.class.path"), "com.sun.tools.javac.Main", "-proc:only",
        "-processor", DifferentiableProcessor.class.getName(), "-classpath", System.getProperty("java.class.path"),
        FuzzCompiler.VERIFY_IR, "-s", generated.toString(), dir.resolve("here/src/p/Batch.java").toString())
        .redirectErrorStream(true).start();
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, child.waitFor(), output);
    Map<String, String> expected = here.generated();
    assertTrue(!expected.isEmpty(), here.log());
    for (Map.Entry<String, String> e : expected.entrySet()) {
      assertEquals(e.getValue(), Files.readString(generated.resolve(e.getKey())), e.getKey() + " differs");
    }
  }
}
