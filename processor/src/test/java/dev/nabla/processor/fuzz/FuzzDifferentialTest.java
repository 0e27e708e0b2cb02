package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differential fuzzing of the compiler: random valid programs, compiled with the processor, their gradient, Hessian,
 * Hessian–vector product, Jacobian, JVP and VJP compared at random smooth points with the Hipparchus
 * {@code DerivativeStructure} interpretation of the same program (where they differ, the {@link Referee} decides in
 * higher precision); at points with special coordinates (±0, ±∞, NaN, huge, tiny, subnormal) the values they return
 * compared bit for bit with the original method's, and their throws with its throws.
 * {@code -Dnabla.fuzz.programs=N} sets the number of programs (300 by default, 10,000 with
 * {@code mvn -B -Pfuzz -pl processor -am verify}); {@code -Dnabla.fuzz.seed} the seed. Failures are shrunk and
 * written to {@code target/fuzz-findings/}.
 */
class FuzzDifferentialTest {

  @Test
  void generatedDerivativesMatchTheOracle(@TempDir Path dir) throws IOException {
    int count = Integer.getInteger("nabla.fuzz.programs", 300);
    long seed = Long.getLong("nabla.fuzz.seed", 20261122L);
    int batch = Integer.getInteger("nabla.fuzz.batch", 100);
    long shrinkBudget = Long.getLong("nabla.fuzz.shrinkMillis", 60_000L);
    int maxShrunk = Integer.getInteger("nabla.fuzz.maxShrunk", 6);
    long t0 = System.nanoTime();
    Fuzzer fuzzer = new Fuzzer(dir);
    fuzzer.run(seed, count, batch);
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println("[nabla fuzz] seed " + seed + ": " + fuzzer.counts()
        + String.format(java.util.Locale.ROOT, " in %.1f s", seconds));
    Path findings = Files.createDirectories(Path.of("target/fuzz-findings"));
    Set<String> seen = new HashSet<>();
    int shrunk = 0;
    for (Fuzzer.Failure f : fuzzer.failures) {
      String key = f.kind() + ":" + firstLine(f.detail()).replaceAll("^\\S+\\.java:\\d+: ", "").replaceAll("\\d+", "#")
          .replaceAll("(expected|was) \\S+", "");
      if (!seen.add(key) || shrunk >= maxShrunk) {
        System.out.println("[nabla fuzz] " + f.kind() + " (not shrunk) program " + f.program().id() + ": "
            + firstLine(f.detail()));
        continue;
      }
      shrunk++;
      Ast.Program min = fuzzer.shrink(f, shrinkBudget);
      String name = "Finding" + f.program().id();
      String src = Fuzzer.source(min, name);
      Files.writeString(findings.resolve(name + ".java"), src);
      Files.writeString(findings.resolve(name + ".txt"), f.kind() + "\n"
          + (f.args() == null ? "" : Differential.describe(f.args()) + "\n") + f.detail()
          + "\n---- original program ----\n" + Fuzzer.source(f.program(), name));
      System.out.println("[nabla fuzz] " + f.kind() + " in program " + f.program().id() + ", shrunk from "
          + Fuzzer.size(f.program()) + " to " + Fuzzer.size(min) + " nodes:\n" + src + "\n" + f.detail());
    }
    assertEquals(0, fuzzer.mismatches + fuzzer.crashes + fuzzer.uncompilable + fuzzer.rejected, fuzzer.counts());
    assertTrue(count < 100 || fuzzer.carried > 0, "the programs exercise carried values: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.threw > 0, "the programs exercise argument checks that throw: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.fastMathCalls > 0, "the programs call FastMath: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.plainHelperCalls > 0, "the programs call plain helpers: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.instanceMethods > 0, "the programs are instance methods: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.recordParams > 0, "the programs take records: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.ruledHelperCalls > 0, "the programs call helpers with rules: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.checkpointedLoops > 0,
        "the programs' gradients checkpoint loops: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.specialFunctionCalls > 0,
        "the programs call SpecialFunctions: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.recordResults > 0, "the programs return records: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.nestedRecords > 0, "the programs take nested records: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.passiveRuleCalls > 0,
        "the programs call passive objects' methods with rules: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.logSumExpCalls > 0, "the programs call logSumExp: " + fuzzer.counts());
    assertTrue(count < 100 || fuzzer.specialPoints >= count, "the programs are called at special points: "
        + fuzzer.counts());
  }

  private static String firstLine(String s) {
    String[] lines = s.split("\n");
    return lines.length > 1 ? lines[1] : lines[0];
  }
}
