package dev.nabla.processor.fuzz;

import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.fuzz.Differential.Check;
import dev.nabla.processor.fuzz.Differential.Verdict;
import dev.nabla.processor.ir.MathLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Runs the differential fuzzer: generate, compile in batches, compare with the oracle, attribute, shrink failures. */
final class Fuzzer {
  /** A failure's kind; {@code VALUE}: at a special point a generated method's value or throw is not the original's. */
  enum Kind { MISMATCH, VALUE, CRASH, UNCOMPILABLE, REJECTED }

  /** How many points with special coordinates each compiled program is checked at (see {@link SpecialPoints}). */
  private static final int SPECIAL_POINTS = 2;

  record Failure(Kind kind, Program program, Object[] args, String detail) {}

  int programs;
  int compiled;
  int compared;
  int mismatches;
  int crashes;
  int uncompilable;
  int rejected;
  int points;
  int skippedPoints;
  /** Of the skipped points, those where Java's value of f differs from the exact one by more than rounding. */
  int illConditioned;
  /** Of the skipped points, those where an intermediate's exact derivatives exceed double's range (see Referee). */
  int derivativesOverflowed;
  /** Compared points where the double oracle was off and the generated results agree with the exact ones. */
  int oracleRounding;
  /** Mismatching points where the high-precision oracle could not run, so the double oracle's verdict stands. */
  int undecided;
  /** Points where the entry point threw in an argument check, and every generated method with it. */
  int threw;
  /** Points with special coordinates where every generated method was called (see {@link SpecialPoints}). */
  int specialPoints;
  /** Of those, the points where the original threw in an argument check, and every generated method with it. */
  int specialThrew;
  /** Of those, the points where a generated method's value or throw was not the original's. */
  int valueMismatches;
  /** Values the generated code carries from one loop iteration to the next (see CarriedValues). */
  int carried;
  /** Calls of {@code FastMath} functions in the programs compared. */
  int fastMathCalls;
  /** Calls of plain (unannotated) helpers in the programs compared, among them and from entry points. */
  int plainHelperCalls;
  /** Entry points compared that are instance methods reading the receiver's fields. */
  int instanceMethods;
  /** Record parameters of the point among the entry points compared. */
  int recordParams;
  /** Calls of helpers with {@code @DerivativeOf} rules in the programs compared. */
  int ruledHelperCalls;
  /** Calls of the runtime's {@code SpecialFunctions} in the programs compared. */
  int specialFunctionCalls;
  /** Entry points compared that return a record of doubles. */
  int recordResults;
  /** Record parameters of the point with a record nested in them among the entry points compared. */
  int nestedRecords;
  /** Calls of a passive object's method with a {@code @DerivativeOf} rule in the programs compared. */
  int passiveRuleCalls;
  /** Calls of {@code SpecialFunctions.logSumExp} over an array in the programs compared. */
  int logSumExpCalls;
  /** Programs compared whose generated gradient (or VJP) reverses a loop by checkpointing. */
  int checkpointedLoops;
  final List<Failure> failures = new ArrayList<>();
  private final Path work;
  private int classes;

  Fuzzer(Path work) {
    this.work = work;
  }

  String counts() {
    return "programs " + programs + ", compiled " + compiled + ", compared " + compared + ", mismatches " + mismatches
        + ", processor crashes " + crashes + ", uncompilable " + uncompilable
        + " (rejected valid programs " + rejected + "; points compared " + points + " (where the double oracle was "
        + "off and the exact one agreed " + oracleRounding + ", where the high-precision oracle could not run "
        + undecided + "), skipped as not smooth or out of range " + skippedPoints + " (ill-conditioned "
        + illConditioned + ", with intermediate derivatives beyond double's range " + derivativesOverflowed
        + "), where every method threw as the original " + threw
        + "; values carried across iterations " + carried + "; FastMath calls " + fastMathCalls
        + ", plain helper calls " + plainHelperCalls + "; instance methods " + instanceMethods + ", record parameters "
        + recordParams + ", calls of helpers with rules " + ruledHelperCalls + ", special function calls "
        + specialFunctionCalls + "; record results " + recordResults + ", nested record parameters " + nestedRecords
        + ", calls of passive objects' methods with rules " + passiveRuleCalls + ", logSumExp calls " + logSumExpCalls
        + ", programs whose gradient checkpoints a loop " + checkpointedLoops + "); special points compared "
        + specialPoints + " (where every method threw as the original "
        + specialThrew + "), value mismatches " + valueMismatches;
  }

  FuzzCompiler.Outcome compileAlone(List<Program> progs) {
    String name = "Fuzz" + (++classes);
    Printer pr = Printer.classOf(name, progs, "");
    return FuzzCompiler.compile(work.resolve(name), name, pr.source());
  }

  static Class<?> load(ClassLoader l, String name) {
    try {
      return l.loadClass("p." + name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  void run(long seed, int count, int batch) {
    Generator gen = new Generator(seed);
    Random rnd = new Random(seed ^ 0x5DEECE66DL);
    Random special = new Random(seed ^ 0x2545F4914F6CDD1DL);
    for (int start = 0; start < count; start += batch) {
      List<Program> progs = new ArrayList<>();
      for (int i = start; i < Math.min(count, start + batch); i++) {
        progs.add(gen.checkedProgram(i));
      }
      programs += progs.size();
      List<Program> rest = new ArrayList<>(progs);
      FuzzCompiler.Outcome o = null;
      int id = 0;
      for (int round = 0; round < 4 && !rest.isEmpty(); round++) {
        id = classes + 1;
        String name = "Fuzz" + id;
        Printer pr = Printer.classOf(name, rest, "");
        o = FuzzCompiler.compile(work.resolve(name), name, pr.source());
        if (o.ok() || o.otherError()) {
          break;
        }
        java.util.Map<Integer, StringBuilder> logs = new java.util.HashMap<>();
        java.util.Map<Integer, Kind> bad = attribute(o, pr, logs);
        if (bad.isEmpty()) {
          break;
        }
        for (java.util.Iterator<Program> it = rest.iterator(); it.hasNext(); ) {
          Program p = it.next();
          Kind k = bad.get(p.id());
          if (k != null) {
            it.remove();
            record(k, p, logs.get(p.id()).toString());
          }
        }
      }
      if (rest.isEmpty()) {
        progs = rest;
      } else if (o.ok()) {
        compiled += rest.size();
        evaluate(rest, o, "Fuzz" + id, rnd, special);
      } else {
        for (Program p : rest) {
          int one = classes + 1;
          FuzzCompiler.Outcome single = compileAlone(List.of(p));
          if (single.ok()) {
            compiled++;
            evaluate(List.of(p), single, "Fuzz" + one, rnd, special);
          } else if (single.crash()) {
            crashes++;
            failures.add(new Failure(Kind.CRASH, p, null, single.log()));
          } else if (single.uncompilable()) {
            uncompilable++;
            failures.add(new Failure(Kind.UNCOMPILABLE, p, null, single.log()));
          } else {
            rejected++;
            failures.add(new Failure(Kind.REJECTED, p, null, single.log()));
          }
        }
      }
      clean(work);
    }
  }

  private void record(Kind k, Program p, String log) {
    switch (k) {
      case CRASH -> crashes++;
      case UNCOMPILABLE -> uncompilable++;
      default -> rejected++;
    }
    failures.add(new Failure(k, p, null, log));
  }

  private static final java.util.regex.Pattern DIFFERENTIATING =
      java.util.regex.Pattern.compile("differentiating p(\\d+)_");
  private static final java.util.regex.Pattern GENERATED_METHOD =
      java.util.regex.Pattern.compile("static .*\\bp(\\d+)_\\w*\\(");

  /** Which programs of a failed batch caused which failure, from the diagnostics. */
  static java.util.Map<Integer, Kind> attribute(FuzzCompiler.Outcome o, Printer pr,
      java.util.Map<Integer, StringBuilder> logs) {
    java.util.Map<Integer, Kind> bad = new java.util.HashMap<>();
    for (String line : o.log().split("\n")) {
      java.util.regex.Matcher m = DIFFERENTIATING.matcher(line);
      if (line.contains("[nabla:internal-error]") && m.find()) {
        bad.put(Integer.parseInt(m.group(1)), Kind.CRASH);
        logs.computeIfAbsent(Integer.parseInt(m.group(1)), k -> new StringBuilder("\n")).append(line).append('\n');
        continue;
      }
      int colon = line.indexOf(".java:");
      if (colon < 0) {
        continue;
      }
      String file = line.substring(0, colon + 5);
      long lineNo;
      try {
        String rest = line.substring(colon + 6);
        lineNo = Long.parseLong(rest.substring(0, rest.indexOf(':')));
      } catch (RuntimeException e) {
        continue;
      }
      if (file.contains("Derivatives")) {
        String gen = null;
        for (var e : o.generated().entrySet()) {
          if (file.endsWith(e.getKey())) {
            gen = e.getValue();
          }
        }
        if (gen == null) {
          continue;
        }
        String[] lines = gen.split("\n");
        for (int i = (int) Math.min(lineNo - 1, lines.length - 1); i >= 0; i--) {
          java.util.regex.Matcher g = GENERATED_METHOD.matcher(lines[i]);
          if (g.find()) {
            bad.putIfAbsent(Integer.parseInt(g.group(1)), Kind.UNCOMPILABLE);
            logs.computeIfAbsent(Integer.parseInt(g.group(1)), k -> new StringBuilder("\n")).append(line).append('\n');
            break;
          }
        }
      } else if (line.contains("[nabla:")) {
        int id = pr.programAt(lineNo);
        if (id >= 0) {
          bad.putIfAbsent(id, Kind.REJECTED);
          logs.computeIfAbsent(id, k -> new StringBuilder("\n")).append(line).append('\n');
        }
      }
    }
    return bad;
  }

  private static final java.util.regex.Pattern CARRIED =
      java.util.regex.Pattern.compile("double \\w+Carried\\d* = 0\\.0;");

  /**
   * Whether {@code p}'s generated gradient, or its VJP if it is a vector function, reverses a loop by checkpointing:
   * whether that method, or a part it is split into, makes a schedule.
   */
  private static boolean checkpointsALoop(FuzzCompiler.Outcome o, Program p) {
    String method = " " + p.main().name() + (p.main().vector() ? "Vjp" : "Gradient");
    for (String source : o.generated().values()) {
      for (int at = source.indexOf(method); at >= 0; at = source.indexOf(method, at + 1)) {
        if (source.substring(at, source.indexOf("\n  }\n", at)).contains("new dev.nabla.Checkpoints(")) {
          return true;
        }
      }
    }
    return false;
  }

  private void evaluate(List<Program> progs, FuzzCompiler.Outcome o, String name, Random rnd, Random special) {
    o.generated().values().forEach(src -> carried += (int) CARRIED.matcher(src).results().count());
    Class<?> f = load(o.loader(), name);
    Class<?> d = load(o.loader(), name + "Derivatives");
    for (Program p : progs) {
      boolean any = false;
      Check failed = null;
      Object[] failedArgs = null;
      for (int attempt = 0; attempt < 4 && failed == null; attempt++) {
        Object[] args = Differential.randomArgs(p.main(), rnd);
        Check c = Differential.check(p, f, d, args);
        if (c.verdict() == Verdict.SKIP) {
          skippedPoints++;
          illConditioned += c.detail().startsWith(Referee.ILL_CONDITIONED) ? 1 : 0;
          derivativesOverflowed += c.detail().equals(Referee.DERIVATIVES_OVERFLOW) ? 1 : 0;
          continue;
        }
        any = true;
        points++;
        threw += c.detail().equals(Differential.THREW) ? 1 : 0;
        oracleRounding += c.detail().equals(Referee.ORACLE_ROUNDING) ? 1 : 0;
        undecided += c.detail().contains(Referee.UNDECIDED) ? 1 : 0;
        if (c.verdict() == Verdict.MISMATCH) {
          failed = c;
          failedArgs = args;
        }
      }
      if (any) {
        compared++;
        fastMathCalls += count(p, n -> n instanceof Fn call && call.library() != MathLibrary.MATH);
        plainHelperCalls += count(p, n -> n instanceof UCall call && p.method(call.method()).plain());
        instanceMethods += p.main().instance() ? 1 : 0;
        recordParams += (int) p.main().params().stream().filter(q -> q.kind() == Ast.Kind.R).count();
        ruledHelperCalls += count(p, n -> n instanceof UCall call && p.method(call.method()).role() == Role.RULED);
        specialFunctionCalls += count(p, n -> n instanceof Fn call && !call.fn().isMathFunction());
        recordResults += count(p.main(), n -> n instanceof ReturnNew r && r.record() != null);
        nestedRecords += (int) p.main().params().stream().filter(q -> q.kind() == Ast.Kind.R && q.cols() > 0).count();
        passiveRuleCalls += count(p, n -> n instanceof ObjCall);
        logSumExpCalls += count(p, n -> n instanceof LogSumExp);
        checkpointedLoops += checkpointsALoop(o, p) ? 1 : 0;
      }
      if (failed != null) {
        mismatches++;
        failures.add(new Failure(Kind.MISMATCH, p, failedArgs, failed.detail()));
      }
      evaluateAtSpecialPoints(p, f, d, special);
    }
  }

  /** Checks {@code p}'s generated methods at {@link #SPECIAL_POINTS} points with special coordinates. */
  private void evaluateAtSpecialPoints(Program p, Class<?> f, Class<?> d, Random special) {
    for (int k = 0; k < SPECIAL_POINTS; k++) {
      Object[] args = SpecialPoints.randomArgs(p.main(), special);
      Check c = SpecialPoints.check(p, f, d, args);
      if (c.verdict() == Verdict.SKIP) {
        continue;
      }
      specialPoints++;
      specialThrew += c.detail().equals(Differential.THREW) ? 1 : 0;
      if (c.verdict() == Verdict.MISMATCH) {
        valueMismatches++;
        mismatches++;
        failures.add(new Failure(Kind.VALUE, p, args, c.detail()));
        return;
      }
    }
  }

  /** How many nodes of the tree {@code n} satisfy {@code what}. */
  static int count(Node n, java.util.function.Predicate<Node> what) {
    int c = what.test(n) ? 1 : 0;
    for (Node child : n.children()) {
      c += count(child, what);
    }
    return c;
  }

  private static void clean(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(dir)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ================================================================= shrinking

  /** Whether {@code p} still fails the way {@code f} did. */
  boolean stillFails(Failure f, Program p) {
    String plain = "Plain" + (++classes);
    boolean valid = FuzzCompiler.compilesWithoutProcessor(work.resolve(plain), plain,
        Printer.classOf(plain, List.of(p), "").source());
    if (!valid) {
      clean(work);
      return false;
    }
    FuzzCompiler.Outcome o;
    int id = classes + 1;
    try {
      o = compileAlone(List.of(p));
    } catch (RuntimeException e) {
      return false;
    }
    try {
      return switch (f.kind()) {
        case CRASH -> o.crash();
        case UNCOMPILABLE -> o.uncompilable() && !o.crash() && !o.otherError();
        case REJECTED -> o.rejected() && !o.otherError() && sameTags(f.detail(), o.log());
        case MISMATCH, VALUE -> o.ok() && recheck(f, p, load(o.loader(), "Fuzz" + id),
            load(o.loader(), "Fuzz" + id + "Derivatives")).verdict() == Verdict.MISMATCH;
      };
    } catch (RuntimeException e) {
      return false;
    } finally {
      clean(work);
    }
  }

  /** {@code p} compiled to {@code original} and {@code derivatives} checked at the point where {@code f} failed. */
  private static Check recheck(Failure f, Program p, Class<?> original, Class<?> derivatives) {
    return f.kind() == Kind.VALUE ? SpecialPoints.check(p, original, derivatives, f.args())
        : Differential.check(p, original, derivatives, f.args());
  }

  private static boolean sameTags(String a, String b) {
    return firstTag(a).equals(firstTag(b));
  }

  private static String firstTag(String log) {
    int t = log.indexOf("[nabla:");
    return t < 0 ? "" : log.substring(t, log.indexOf(']', t));
  }

  static int size(Node n) {
    int s = 1;
    if (n instanceof IConst c) {
      s += Math.min(1000, Math.abs(c.v())) / 10;
    }
    for (Node c : n.children()) {
      s += size(c);
    }
    return s;
  }

  static List<Node> variants(Node n) {
    List<Node> out = new ArrayList<>();
    if (n instanceof Program p && p.methods().size() > 1) {
      for (int i = 0; i < p.methods().size() - 1; i++) {
        List<Method> ms = new ArrayList<>(p.methods());
        ms.remove(i);
        out.add(new Program(p.id(), List.copyOf(ms), p.fields()));
      }
    }
    if (n instanceof Block b) {
      for (int i = 0; i < b.stmts().size(); i++) {
        List<Stmt> ss = new ArrayList<>(b.stmts());
        Stmt s = ss.remove(i);
        out.add(new Block(List.copyOf(ss)));
        List<Block> inner = new ArrayList<>();
        if (s instanceof If f) {
          inner.add(f.then());
          inner.add(f.els());
        } else if (s instanceof For f) {
          inner.add(f.body());
        } else if (s instanceof While w) {
          inner.add(w.body());
        } else if (s instanceof DoWhile w) {
          inner.add(w.body());
        } else if (s instanceof ForEach f) {
          inner.add(f.body());
        }
        for (Block in : inner) {
          List<Stmt> spliced = new ArrayList<>(ss);
          spliced.addAll(i, in.stmts());
          out.add(new Block(List.copyOf(spliced)));
        }
      }
    }
    if (n instanceof Expr && !(n instanceof Num)) {
      out.add(new Num(1.0));
      out.add(new Num(0.5));
      for (Node c : n.children()) {
        if (c instanceof Expr) {
          out.add(c);
        }
      }
    }
    if (n instanceof Cond && !(n instanceof ICmp)) {
      out.add(new ICmp("<", new IConst(0), new IConst(1)));
      out.add(new ICmp(">", new IConst(0), new IConst(1)));
      for (Node c : n.children()) {
        if (c instanceof Cond) {
          out.add(c);
        }
      }
    }
    if (n instanceof IConst c && c.v() > 1) {
      out.add(new IConst(c.v() > 700 ? 601 : 1));
      out.add(new IConst(c.v() / 2));
    }
    List<Node> ch = n.children();
    for (int k = 0; k < ch.size(); k++) {
      for (Node v : variants(ch.get(k))) {
        List<Node> copy = new ArrayList<>(ch);
        copy.set(k, v);
        out.add(n.with(copy));
      }
    }
    return out;
  }

  /** Greedy shrinking within a time budget. */
  Program shrink(Failure f, long budgetMillis) {
    long end = System.currentTimeMillis() + budgetMillis;
    Program cur = f.program();
    boolean progress = true;
    while (progress && System.currentTimeMillis() < end) {
      progress = false;
      int size = size(cur);
      for (Node v : variants(cur)) {
        if (System.currentTimeMillis() > end) {
          break;
        }
        if (size(v) < size && stillFails(f, (Program) v)) {
          cur = (Program) v;
          progress = true;
          break;
        }
      }
    }
    return cur;
  }

  static String source(Program p, String className) {
    return Printer.classOf(className, List.of(p), "").source();
  }
}
