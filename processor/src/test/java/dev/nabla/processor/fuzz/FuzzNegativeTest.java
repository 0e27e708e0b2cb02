package dev.nabla.processor.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The negative generator: random valid programs with one unsupported construct from the catalog of
 * {@code docs/diagnostics.md} injected at a random statement position of the entry point, or, in one program of
 * three, two of them on different lines. Each must give exactly those tags, on those lines (every error of a method
 * in one build, none that only follows from another), and never an internal error. Base programs that fail on their
 * own (found by the differential fuzzer) are compiled first and left out. {@code -Dnabla.fuzz.negative=N} sets the
 * number (150 by default).
 */
class FuzzNegativeTest {
  /** Calls of the {@code Math} functions the primitive table lacks. */
  private static final List<String> UNSUPPORTED_CALLS =
      PrimitiveOracle.unsupportedMathFunctions().stream().map(f -> PrimitiveOracle.call(f, "1.0")).toList();

  /** Class members the injected constructs refer to. */
  static final String MEMBERS = """
      static int COUNTER;
      static int LIMIT = 2;
      private static final double[] PRIVATE_W = {1, 2};
      """;

  record Injection(String tag, String text) {}

  static Injection injection(Random r, Method main, int k) {
    String q = "q" + k + "Inj";
    List<Injection> all = new ArrayList<>(List.of(
        new Injection("nabla:unsupported-statement",
            "double " + q + " = 1; try { " + q + " += 1; } catch (RuntimeException e) { " + q + " = 0; }"),
        new Injection("nabla:unsupported-expression", "assert (COUNTER = 1) > 0;"),
        new Injection("nabla:nondeterministic",
            "double " + q + " = 1; switch (String.valueOf(System.nanoTime() % 2)) { case \"1\": " + q
                + " = 2; break; default: " + q + " = 3; }"),
        new Injection("nabla:unsupported-statement",
            q + ": for (int " + q + "i = 0; " + q + "i < 2; " + q + "i++) { break " + q + "; }"),
        new Injection("nabla:unsupported-statement", "class Local" + k + " { }"),
        new Injection("nabla:unsupported-statement",
            "double " + q + " = 1; try { " + q + " += 1; } finally { " + q + " = 0; }"),
        new Injection("nabla:nondeterministic", "double " + q + " = Math.random();"),
        new Injection("nabla:nondeterministic", "double " + q + " = System.nanoTime();"),
        new Injection("nabla:string", "var " + q + " = \"x=\" + LIMIT;"),
        new Injection("nabla:allocation", "var " + q + " = new java.util.Random(42);"),
        new Injection("nabla:unsupported-type", "float " + q + " = 1f;"),
        new Injection("nabla:unsupported-call", "double " + q + " = " + UNSUPPORTED_CALLS.get(0) + ";"),
        new Injection("nabla:unsupported-call", "double " + q + " = " + UNSUPPORTED_CALLS.get(1) + ";"),
        new Injection("nabla:side-effect", "COUNTER++;"),
        new Injection("nabla:side-effect", "COUNTER = 3;"),
        new Injection("nabla:unsupported-expression", "int " + q + " = LIMIT << 1;"),
        new Injection("nabla:unsupported-expression", "double[] " + q + " = null;"),
        new Injection("nabla:inaccessible",
            "if (LIMIT < 0) { throw new IllegalStateException(\"w = \" + PRIVATE_W[0]); }"),
        new Injection("nabla:array-reassignment", "double[] " + q + " = new double[2]; for (int " + q + "i = 0; "
            + q + "i < LIMIT; " + q + "i++) { " + q + " = new double[3]; }"),
        new Injection("nabla:unresolved", "double " + q + " = undefinedScale;")));
    if (!main.vector()) {
      List<String> args = new ArrayList<>();
      for (Param p : main.params()) {
        args.add(p.name());
      }
      // a point record is handed whole to the method, which inlines it on the record's parts, so it recurses
      all.add(new Injection("nabla:recursion", "double " + q + " = " + main.name() + "(" + String.join(", ", args)
          + ");"));
    }
    for (Param p : main.params()) {
      if (p.kind() == Kind.A) {
        all.add(new Injection("nabla:side-effect", p.name() + "[0] = 1;"));
        break;
      }
    }
    return all.get(r.nextInt(all.size()));
  }

  /** All blocks of the method, outermost first. */
  static void blocks(Node n, List<Block> out) {
    if (n instanceof Block b) {
      out.add(b);
    }
    for (Node c : n.children()) {
      blocks(c, out);
    }
  }

  /** Rebuilds {@code n} with {@code target} (compared by identity) replaced. */
  static Node replace(Node n, Block target, Block with) {
    if (n == target) {
      return with;
    }
    List<Node> ch = n.children();
    List<Node> copy = new ArrayList<>(ch);
    boolean changed = false;
    for (int i = 0; i < ch.size(); i++) {
      Node c = replace(ch.get(i), target, with);
      if (c != ch.get(i)) {
        copy.set(i, c);
        changed = true;
      }
    }
    return changed ? n.with(copy) : n;
  }

  static Program inject(Program p, Random r, Injection inj) {
    Method main = p.main();
    List<Block> bs = new ArrayList<>();
    blocks(main.body(), bs);
    Block b = bs.get(r.nextInt(bs.size()));
    int limit = 0;
    while (limit < b.stmts().size() && !(b.stmts().get(limit) instanceof Break
        || b.stmts().get(limit) instanceof Continue || b.stmts().get(limit) instanceof Return
        || b.stmts().get(limit) instanceof ReturnArr || b.stmts().get(limit) instanceof ReturnNew)) {
      limit++;
    }
    int at = r.nextInt(limit + 1);
    List<Stmt> ss = new ArrayList<>(b.stmts());
    ss.add(at, new Raw(inj.text(), true));
    Method m = (Method) replace(main, b, new Block(List.copyOf(ss)));
    List<Method> ms = new ArrayList<>(p.methods());
    ms.set(ms.size() - 1, m);
    return new Program(p.id(), List.copyOf(ms), p.fields());
  }

  @Test
  void everyInjectedConstructGetsItsTagOnItsLine(@TempDir Path dir) {
    int count = Integer.getInteger("nabla.fuzz.negative", 150);
    long seed = Long.getLong("nabla.fuzz.seed", 20261122L) + 1;
    int batch = 50;
    Generator gen = new Generator(seed);
    Random r = new Random(seed);
    int programs = 0;
    int checked = 0;
    int exact = 0;
    int twice = 0;
    int baseFailed = 0;
    int crashes = 0;
    List<String> wrong = new ArrayList<>();
    for (int start = 0; start < count; start += batch) {
      List<Program> base = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + batch); i++) {
        base.add(gen.program(i));
      }
      programs += base.size();
      // Leave out base programs the compiler fails on by itself.
      Set<Integer> failing = new HashSet<>();
      for (int round = 0; round < 5; round++) {
        List<Program> rest = base.stream().filter(p -> !failing.contains(p.id())).toList();
        String bn = "Base" + start + "r" + round;
        Printer bp = Printer.classOf(bn, rest, MEMBERS);
        FuzzCompiler.Outcome bo = FuzzCompiler.compile(dir.resolve(bn), bn, bp.source());
        if (bo.ok()) {
          break;
        }
        var attributed = Fuzzer.attribute(bo, bp, new java.util.HashMap<>());
        if (attributed.isEmpty() || round == 4) {
          rest.forEach(p -> failing.add(p.id()));
          break;
        }
        failing.addAll(attributed.keySet());
      }
      List<Program> bad = new ArrayList<>();
      List<List<Injection>> injections = new ArrayList<>();
      for (Program p : base) {
        if (failing.contains(p.id())) {
          baseFailed++;
          continue;
        }
        List<Injection> into = new ArrayList<>();
        Program injected = p;
        int constructs = r.nextInt(3) == 0 ? 2 : 1;
        for (int k = 0; k < constructs; k++) {
          Injection inj = injection(r, p.main(), 2 * p.id() + k);
          into.add(inj);
          injected = inject(injected, r, inj);
        }
        twice += into.size() - 1;
        injections.add(into);
        bad.add(injected);
      }
      if (bad.isEmpty()) {
        continue;
      }
      String name = "Neg" + start;
      Printer pr = Printer.classOf(name, bad, MEMBERS);
      FuzzCompiler.Outcome o = FuzzCompiler.compile(dir.resolve(name), name, pr.source());
      List<String> lines = pr.source().lines().toList();
      for (int i = 0; i < bad.size(); i++) {
        Program p = bad.get(i);
        Set<String> want = new HashSet<>();
        for (int line : pr.markers) {
          if (pr.programAt(line) == p.id()) {
            String printed = lines.get(line - 1);
            want.add(injections.get(i).stream().filter(inj -> printed.contains(inj.text())).findFirst().orElseThrow()
                .tag() + "@" + line);
          }
        }
        Set<String> got = new HashSet<>();
        for (FuzzCompiler.Tagged t : o.nabla()) {
          if (pr.programAt(t.line()) == p.id()) {
            got.add(t.tag() + "@" + t.line());
            if (t.tag().equals("nabla:internal-error")) {
              crashes++;
            }
          }
        }
        checked++;
        if (got.equals(want)) {
          exact++;
        } else {
          wrong.add("program " + p.id() + ": injected " + injections.get(i).stream().map(inj -> "`" + inj.text()
              + "`").toList() + ", expected " + want + " but got " + got + "\n" + Fuzzer.source(p, "Neg"));
        }
      }
    }
    System.out.println("[nabla fuzz negative] programs " + programs + ", checked " + checked + " (" + twice
        + " with two injected constructs), exact tags and lines " + exact + ", wrong " + wrong.size()
        + ", internal errors " + crashes + ", base programs left out (the compiler fails on them without an injection) "
        + baseFailed);
    for (String w : wrong.subList(0, Math.min(10, wrong.size()))) {
      System.out.println(w);
    }
    assertEquals(List.of(), wrong.stream().map(w -> w.substring(0, w.indexOf('\n'))).toList());
  }
}
