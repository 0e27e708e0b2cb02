package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.ir.Domain;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import dev.nabla.processor.ir.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A seeded generator of random {@code @Differentiable} programs over the supported subset: every primitive, locals and
 * reassignment, compound assignment, {@code ++}/{@code --}, branches, ternaries, {@code &&}/{@code ||}/{@code !},
 * constant loops (short, and longer than the unrolling budget), run-time loops over {@code x.length} and over an
 * {@code int} parameter, for-each, {@code while} and {@code do}/{@code while} with a bounded counter, {@code break},
 * {@code continue}, early {@code return}, {@code switch} over a counter, local arrays and matrices, calls to other
 * generated methods (annotated, or plain private helpers calling those before them), {@code Math} and
 * {@code FastMath} functions, the runtime's special functions, {@code Double.compare} conditions and logging
 * statements to a sink (kept as written by nabla), {@code @NoDerivative}, {@code int} and record parameters (some with
 * a record nested in them), helpers with {@code @DerivativeOf} rules, passive objects whose method has a rule taking
 * the receiver first, {@code SpecialFunctions.logSumExp} over arrays, instance entry points reading final fields,
 * scalar results, and vector results as arrays or records of doubles.
 *
 * <p>Programs are valid by construction: array indices are constants below the array's guaranteed length or reduced
 * modulo {@code length}; arguments of {@code log}, {@code sqrt}, {@code asin}, … are kept in their domains; values
 * updated in loops are damped so they stay bounded.
 */
final class Generator {
  private static final String[] PARAM_NAMES = {"x", "y", "z", "w", "u", "gradient", "n", "t", "v", "hv", "tangent",
      "jacobian", "cotangent", "s", "a", "b", "p", "q", "value"};
  private static final String[] LOCAL_NAMES = {"t", "s", "acc", "xBar", "tmp", "sum", "value", "bar", "d", "e", "g",
      "h", "r"};
  /**
   * The runtime's special functions whose first and second derivatives the oracle knows everywhere (not digamma and
   * trigamma, whose second derivatives Hipparchus lacks).
   */
  private static final Set<Primitive> SPECIAL_FUNCTIONS = Set.of(Primitive.ERF, Primitive.ERFC, Primitive.NORMAL_CDF,
      Primitive.NORMAL_PDF, Primitive.NORMAL_QUANTILE, Primitive.LOG_GAMMA, Primitive.LOGISTIC, Primitive.SOFTPLUS);
  /** The {@code Math} and special functions of the primitive table from doubles to a double (not those of counters). */
  private static final List<Primitive> FUNCTIONS = Arrays.stream(Primitive.values())
      .filter(p -> (p.isMathFunction() || SPECIAL_FUNCTIONS.contains(p)) && ofDoubles(p))
      .toList();

  private final Random r;
  private int counter;

  /** The primitives the programs call. */
  static List<Primitive> functions() {
    return FUNCTIONS;
  }
  private List<Method> helpers;
  private List<Field> fields;
  private String prefix;
  /** The name of the program's entry point. */
  private String entry;
  boolean bigLoopUsed;

  Generator(long seed) {
    this.r = new Random(seed);
  }

  /** Scope of a block: what can be read and written there. */
  static final class Scope {
    /** The passive object with a derivative rule for its method, or null. */
    String model;
    final List<String> dvars = new ArrayList<>();
    final List<String> dreads = new ArrayList<>();
    /** Components of record parameters, read like {@link #dreads}. */
    final List<Comp> comps = new ArrayList<>();
    final List<String> ints = new ArrayList<>();
    final Map<String, Integer> arrs = new LinkedHashMap<>();
    final Set<String> warrs = new HashSet<>();
    final Map<String, int[]> mats = new LinkedHashMap<>();
    final Set<String> wmats = new HashSet<>();
    final Map<String, String> boundedBy = new HashMap<>();
    final Set<String> outer = new HashSet<>();
    int loopDepth;
    boolean inLoop;
    boolean vector;
    boolean helper;

    Scope child() {
      Scope c = new Scope();
      c.model = model;
      c.dvars.addAll(dvars);
      c.dreads.addAll(dreads);
      c.comps.addAll(comps);
      c.ints.addAll(ints);
      c.arrs.putAll(arrs);
      c.warrs.addAll(warrs);
      c.mats.putAll(mats);
      c.wmats.addAll(wmats);
      c.boundedBy.putAll(boundedBy);
      c.outer.addAll(outer);
      c.loopDepth = loopDepth;
      c.inLoop = inLoop;
      c.vector = vector;
      c.helper = helper;
      return c;
    }

    /** A child for a loop body: everything declared so far is "outer" (updates to it get damped). */
    Scope loop() {
      Scope c = child();
      c.loopDepth++;
      c.inLoop = true;
      c.outer.addAll(dvars);
      c.outer.addAll(warrs);
      c.outer.addAll(wmats);
      return c;
    }
  }

  private String fresh(String[] pool) {
    return pool[r.nextInt(pool.length)] + (++counter);
  }

  private boolean p(double prob) {
    return r.nextDouble() < prob;
  }

  private <T> T pick(List<T> xs) {
    return xs.get(r.nextInt(xs.size()));
  }

  // ================================================================= programs

  /**
   * A program: some helpers, perhaps a passive class whose method has a derivative rule, then its entry point. Whether
   * a helper has derivative rules, whether the entry point is an instance method reading fields, whether it takes a
   * record (perhaps with a record nested in it), whether it returns one and whether it takes an object of the passive
   * class are drawn from a random source of their own.
   */
  Program program(int id) {
    counter = 0;
    bigLoopUsed = false;
    prefix = "p" + id + "_";
    Random features = new Random(id * 0x632BE59BD9B4E019L);
    fields = features.nextInt(4) == 0 ? fields(features) : List.of();
    helpers = new ArrayList<>();
    int nHelpers = p(0.35) ? 1 + r.nextInt(3) : 0;
    for (int h = 0; h < nHelpers; h++) {
      helpers.add(features.nextInt(3) == 0 ? ruledHelper(h) : helper(h));
    }
    int components = features.nextInt(4) == 0 ? 2 + features.nextInt(2) : 0;
    int nested = components > 0 && features.nextInt(4) != 0 ? 2 : 0;
    boolean recordResult = features.nextInt(5) == 0;
    List<Method> methods = new ArrayList<>();
    entry = prefix + "f";
    Method model = features.nextInt(5) == 0
        ? new Method(Printer.modelType(entry), List.of(new Param(Kind.D, Printer.MODEL_ARG, false, 0, 0)), false,
            Role.MODEL, false, new Block(List.of(new Return(ruledExpr(3)))))
        : null;
    if (model != null) {
      methods.add(model);
    }
    methods.addAll(helpers);
    methods.add(main(entry, components, nested, recordResult, model != null));
    Program p = new Program(id, List.copyOf(methods), fields);
    return (Program) withFastMath(p, new Random(id * 0xC2B2AE3D27D4EB4FL));
  }

  /** One to three final fields of the receiver, doubles and arrays of two or three elements, some private. */
  private List<Field> fields(Random features) {
    List<Field> out = new ArrayList<>();
    int n = 1 + features.nextInt(3);
    for (int i = 0; i < n; i++) {
      boolean array = features.nextBoolean();
      List<Double> values = new ArrayList<>();
      for (int k = 0; k < (array ? 2 + features.nextInt(2) : 1); k++) {
        values.add(Math.round((features.nextDouble() * 4 - 2) * 100) / 100.0);
      }
      out.add(new Field(prefix + "k" + i, array, features.nextBoolean(), List.copyOf(values)));
    }
    return List.copyOf(out);
  }

  /**
   * A static helper of a and b whose body is one expression of arithmetic and smooth functions, which the printer
   * gives its exact partials as {@code @DerivativeOf} rules.
   */
  private Method ruledHelper(int h) {
    List<Param> params = List.of(new Param(Kind.D, "a", false, 0, 0), new Param(Kind.D, "b", false, 0, 0));
    Block body = new Block(List.of(new Return(ruledExpr(3))));
    return new Method(prefix + "h" + h, params, false, Role.RULED, false, body);
  }

  /** An expression of a and b for a ruled helper: bounded where it feeds exp, divided by positive values only. */
  private Expr ruledExpr(int depth) {
    if (depth == 0 || p(0.2)) {
      return p(0.7) ? new DVar(p(0.5) ? "a" : "b") : num();
    }
    Expr a = ruledExpr(depth - 1);
    return switch (r.nextInt(7)) {
      case 0, 1 -> new Bin('+', a, ruledExpr(depth - 1));
      case 2 -> new Bin('-', a, ruledExpr(depth - 1));
      case 3 -> new Bin('*', a, ruledExpr(depth - 1));
      case 4 -> new Bin('/', a, new Bin('+', new Num(1.5), new Fn(Primitive.SIN, List.of(ruledExpr(depth - 1)))));
      case 5 -> new Fn(Primitive.EXP, List.of(new Fn(Primitive.TANH, List.of(a))));
      default -> new Fn(pick(Partials.FUNCTIONS), List.of(new Bin('*', new Num(0.5), a)));
    };
  }

  /**
   * Rebuilds {@code n} with about one in three of its calls of a function that Hipparchus's {@code FastMath} also has
   * made to {@code FastMath}, drawn from a random source of its own so that the rest of the program is as before.
   */
  private static Node withFastMath(Node n, Random g) {
    List<Node> children = new ArrayList<>();
    for (Node c : n.children()) {
      children.add(withFastMath(c, g));
    }
    Node out = children.isEmpty() ? n : n.with(children);
    return out instanceof Fn f && f.fn().isMathFunction() && Libraries.has(MathLibrary.HIPPARCHUS_FAST_MATH, f.fn())
        && g.nextInt(3) == 0
        ? new Fn(f.fn(), MathLibrary.HIPPARCHUS_FAST_MATH, f.args()) : out;
  }

  /** {@link #program}, its entry point perhaps with {@link #withChecks argument checks that throw}. */
  Program checkedProgram(int id) {
    Program p = program(id);
    List<Method> methods = new ArrayList<>(p.methods());
    methods.set(methods.size() - 1, withChecks(p.main(), new Random(id * 0x9E3779B97F4A7C15L)));
    return new Program(id, List.copyOf(methods), p.fields());
  }

  /**
   * Adds to some entry points an argument check that throws, at the top of the body and of its first top-level loop,
   * drawn from a random source of its own so that the rest of the program is as before. Most check a bound the
   * evaluation points never reach; one in eight a bound they often pass, and the method then throws there.
   */
  private static Method withChecks(Method m, Random g) {
    Param p = m.params().stream().filter(q -> q.kind() == Kind.D || q.kind() == Kind.A).findFirst().orElse(null);
    if (p == null || g.nextInt(4) != 0) {
      return m;
    }
    Expr value = p.kind() == Kind.D ? new DVar(p.name()) : new ARead(p.name(), new IConst(0));
    Stmt check = new If(new Cmp(">", value, new Num(g.nextInt(8) == 0 ? 1 : 1000)),
        new Block(List.of(new Throw(Differential.GUARD, new Bin('*', value, new Num(2))))), new Block(List.of()));
    List<Stmt> body = new ArrayList<>(m.body().stmts());
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof For loop) {
        List<Stmt> inLoop = new ArrayList<>(loop.body().stmts());
        inLoop.add(0, check);
        body.set(i, new For(loop.var(), loop.from(), loop.to(), new Block(inLoop)));
        break;
      }
    }
    body.add(0, check);
    return (Method) m.with(List.of(new Block(body)));
  }

  private Method helper(int h) {
    List<Param> params = new ArrayList<>();
    Scope s = new Scope();
    s.helper = true;
    if (p(0.5)) {
      params.add(new Param(Kind.A, "v", false, 2, 0));
      s.arrs.put("v", 2);
    } else {
      params.add(new Param(Kind.D, "a", false, 0, 0));
      s.dreads.add("a");
    }
    params.add(new Param(Kind.D, "b", false, 0, 0));
    s.dreads.add("b");
    List<Stmt> body = new ArrayList<>();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      body.addAll(stmt(s, 1));
    }
    body.add(new Return(expr(s, 2)));
    Role role = p(0.5) ? Role.PLAIN : Role.DIFFERENTIABLE;
    return new Method(prefix + "h" + h, List.copyOf(params), false, role, false, new Block(List.copyOf(body)));
  }

  /**
   * The entry point {@code method}, taking a record of {@code components} doubles first if that is not 0 (its second
   * component a record of {@code nested} doubles if that is not 0), returning a record of doubles if
   * {@code recordResult}, taking an object of the program's passive class if {@code model}.
   */
  private Method main(String method, int components, int nested, boolean recordResult, boolean model) {
    Scope s = new Scope();
    List<Param> params = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(PARAM_NAMES));
    java.util.Collections.shuffle(names, r);
    int np = 1 + r.nextInt(4);
    int dim = components + Math.max(0, nested - 1);
    if (components > 0) {
      String rec = names.remove(names.size() - 1);
      params.add(new Param(Kind.R, rec, false, dim, nested));
      for (int i = 0; i < dim; i++) {
        List<Integer> path = nested == 0 || i == 0 ? List.of(i)
            : i <= nested ? List.of(1, i - 1) : List.of(i - nested + 1);
        s.comps.add(new Comp(rec, path, i));
      }
    }
    if (model) {
      s.model = names.remove(names.size() - 1);
      params.add(new Param(Kind.O, s.model, false, 0, 0));
    }
    for (Field f : fields) {
      if (f.array()) {
        s.arrs.put(f.name(), f.values().size());
      } else {
        s.dreads.add(f.name());
      }
    }
    for (int i = 0; i < np; i++) {
      String name = names.get(i);
      double u = r.nextDouble();
      if (u < 0.35) {
        params.add(new Param(Kind.D, name, false, 0, 0));
        s.dreads.add(name);
        s.dvars.add(name);
        dim++;
      } else if (u < 0.65) {
        int len = 2 + r.nextInt(3);
        params.add(new Param(Kind.A, name, false, len, 0));
        s.arrs.put(name, 2);
        dim += len;
      } else if (u < 0.72 && dim < 6) {
        int rows = 2 + r.nextInt(2);
        int cols = 2 + r.nextInt(2);
        params.add(new Param(Kind.M, name, false, rows, cols));
        s.mats.put(name, new int[] {2, 2});
        dim += rows * cols;
      } else if (u < 0.82) {
        params.add(new Param(Kind.D, name, true, 0, 0));
        s.dreads.add(name);
      } else if (u < 0.9) {
        params.add(new Param(Kind.A, name, true, 2 + r.nextInt(2), 0));
        s.arrs.put(name, 2);
      } else {
        params.add(new Param(Kind.I, name, false, 0, 0));
        s.ints.add(name);
      }
    }
    if (dim == 0) {
      String name = names.get(np);
      params.add(new Param(Kind.D, name, false, 0, 0));
      s.dreads.add(name);
    }
    s.vector = recordResult || p(0.3);
    List<Stmt> body = new ArrayList<>();
    String out = null;
    if (s.vector && !recordResult && p(0.6)) {
      out = fresh(new String[] {"out", "result", "f"});
      IExpr size = new IConst(2 + r.nextInt(3));
      int min = ((IConst) size).v();
      String arr = firstArray(s);
      if (arr != null && p(0.4)) {
        size = new ILen(arr);
        min = 2;
      }
      body.add(new DeclArr(out, size));
      s.arrs.put(out, min);
      s.warrs.add(out);
    }
    int n = 2 + r.nextInt(6);
    for (int i = 0; i < n; i++) {
      body.addAll(stmt(s, 0));
    }
    if (!s.vector && firstArray(s) != null && p(0.5)) {
      body.addAll(reduction(s));
    } else if (!s.vector) {
      body.add(new Return(expr(s, 3)));
    } else if (out != null) {
      for (int j = 0; j < s.arrs.get(out); j++) {
        if (p(0.7)) {
          body.add(new AWrite(out, new IConst(j), p(0.5) ? "=" : "+=", expr(s, 2)));
        }
      }
      body.add(new ReturnArr(out));
    } else {
      List<Expr> es = new ArrayList<>();
      int m = 1 + r.nextInt(4);
      for (int j = 0; j < m; j++) {
        es.add(expr(s, 2));
      }
      body.add(new ReturnNew(List.copyOf(es), recordResult ? Printer.resultType(method) : null));
    }
    return new Method(method, List.copyOf(params), s.vector, Role.DIFFERENTIABLE, !fields.isEmpty(),
        new Block(List.copyOf(body)));
  }

  /**
   * A reduction ending the method: {@code acc ±= e} over an array's length after random statements, the result linear
   * in {@code acc} (the shape reverse mode runs in one sweep when the rest of the loop allows it).
   */
  private List<Stmt> reduction(Scope s) {
    String arr = firstArray(s);
    String acc = fresh(new String[] {"acc", "total"});
    String i = fresh(new String[] {"i", "k"});
    Scope b = s.loop();
    b.ints.add(i);
    b.boundedBy.put(i, arr);
    if (p(0.7)) { // iterations independent but for acc: outer variables only read
      b.dreads.addAll(b.dvars);
      b.dvars.clear();
      b.warrs.clear();
      b.wmats.clear();
    }
    List<Stmt> loop = new ArrayList<>(p(0.6) ? block(b, 1, 2).stmts() : List.of());
    loop.add(new Assign(acc, p(0.5) ? "+=" : "-=", p(0.4) ? new Bin('+', stencil(arr, i), expr(b, 1)) : expr(b, 2)));
    Expr coefficient = !s.dreads.isEmpty() && p(0.5) ? new DVar(pick(s.dreads)) : new Num(0.5 + r.nextInt(4));
    Expr linear = p(0.5) ? new Bin('*', coefficient, new DVar(acc)) : new Bin('/', new DVar(acc), new Num(2));
    return List.of(new DeclD(acc, new Num(0)), new For(i, new IConst(0), new ILen(arr), new Block(List.copyOf(loop))),
        new Return(new Bin('+', expr(s, 2), linear)));
  }

  /**
   * f(a[i])·g(a[(i + 1) % a.length]), as in the notes' equation 2.17: the next iteration needs again what this one
   * computes of a[i + 1], the shape predictive commoning carries over.
   */
  private Expr stencil(String arr, String i) {
    List<Primitive> smooth = List.of(Primitive.SIN, Primitive.COS, Primitive.ATAN, Primitive.TANH);
    IExpr next = new IBin('%', new IBin('+', new IVar(i), new IConst(1)), new ILen(arr));
    return new Bin('*', new Fn(pick(smooth), List.of(new ARead(arr, new IVar(i)))),
        new Fn(pick(smooth), List.of(new ARead(arr, next))));
  }

  private static String firstArray(Scope s) {
    for (String a : s.arrs.keySet()) {
      return a;
    }
    return null;
  }

  // ================================================================= statements

  private Block block(Scope s, int depth, int max) {
    List<Stmt> out = new ArrayList<>();
    int n = 1 + r.nextInt(max);
    for (int i = 0; i < n; i++) {
      out.addAll(stmt(s, depth));
    }
    return new Block(List.copyOf(out));
  }

  private List<Stmt> stmt(Scope s, int depth) {
    for (int attempt = 0; attempt < 20; attempt++) {
      List<Stmt> st = tryStmt(s, depth);
      if (st != null) {
        return st;
      }
    }
    String name = fresh(LOCAL_NAMES);
    Stmt d = new DeclD(name, expr(s, 2));
    s.dvars.add(name);
    return List.of(d);
  }

  private List<Stmt> tryStmt(Scope s, int depth) {
    if (p(0.03)) {
      return List.of(new Log(new Bin('+', keptLeaf(s), keptLeaf(s))));
    }
    int kind = r.nextInt(25);
    boolean nest = depth < (s.helper ? 2 : 3);
    switch (kind) {
      case 0, 1, 2: {
        String name = fresh(LOCAL_NAMES);
        Stmt d = new DeclD(name, expr(s, 3));
        s.dvars.add(name);
        return List.of(d);
      }
      case 3, 4, 5: {
        if (s.dvars.isEmpty()) {
          return null;
        }
        String v = pick(s.dvars);
        return List.of(update(s, v, null, null));
      }
      case 6: {
        if (s.dvars.isEmpty()) {
          return null;
        }
        return List.of(new IncD(pick(s.dvars), p(0.5) ? "++" : "--"));
      }
      case 7, 8: {
        if (!nest) {
          return null;
        }
        Cond c = cond(s, 2);
        Block then = block(s.child(), depth + 1, 3);
        Block els = p(0.5) ? block(s.child(), depth + 1, 2) : new Block(List.of());
        return List.of(new If(c, then, els));
      }
      case 9, 10: { // constant loop, small
        if (!nest) {
          return null;
        }
        String i = fresh(new String[] {"i", "k", "j"});
        Scope b = s.loop();
        b.ints.add(i);
        int from = p(0.8) ? 0 : 1;
        return List.of(new For(i, new IConst(from), new IConst(from + 1 + r.nextInt(4)), block(b, depth + 1, 3)));
      }
      case 11: { // constant loop beyond the unrolling budget
        if (depth > 0 || bigLoopUsed || s.helper || s.dvars.isEmpty()) {
          return null;
        }
        bigLoopUsed = true;
        String i = fresh(new String[] {"i", "k"});
        Scope b = s.loop();
        b.ints.add(i);
        List<Stmt> body = new ArrayList<>();
        String v = pick(s.dvars);
        body.add(new Assign(v, "=", new Bin('+', new Bin('*', new Num(0.99), new DVar(v)),
            new Bin('*', new Num(0.01), bounded(expr(b, 2))))));
        if (p(0.5)) {
          body.addAll(stmt(b, 2));
        }
        return List.of(new For(i, new IConst(0), new IConst(600 + r.nextInt(300)), new Block(List.copyOf(body))));
      }
      case 12, 13: { // run-time loop over an array's length
        if (!nest || s.arrs.isEmpty()) {
          return null;
        }
        String arr = pick(new ArrayList<>(s.arrs.keySet()));
        String i = fresh(new String[] {"i", "k", "j"});
        Scope b = s.loop();
        b.ints.add(i);
        b.boundedBy.put(i, arr);
        return List.of(new For(i, new IConst(0), new ILen(arr), block(b, depth + 1, 3)));
      }
      case 14: { // run-time loop over an int parameter, or a matrix's rows
        if (!nest) {
          return null;
        }
        IExpr bound;
        if (!s.mats.isEmpty() && p(0.5)) {
          bound = new IRows(pick(new ArrayList<>(s.mats.keySet())));
        } else {
          List<String> params = new ArrayList<>();
          for (String v : s.ints) {
            if (!v.matches(".*\\d")) {
              params.add(v);
            }
          }
          if (params.isEmpty()) {
            return null;
          }
          bound = new IBin('+', new IVar(pick(params)), new IConst(1));
        }
        String i = fresh(new String[] {"i", "k", "j"});
        Scope b = s.loop();
        b.ints.add(i);
        return List.of(new For(i, new IConst(0), bound, block(b, depth + 1, 3)));
      }
      case 15: { // for-each over an array
        if (!nest || s.arrs.isEmpty()) {
          return null;
        }
        String arr = pick(new ArrayList<>(s.arrs.keySet()));
        String v = fresh(new String[] {"el", "v"});
        Scope b = s.loop();
        b.dreads.add(v);
        return List.of(new ForEach(v, arr, block(b, depth + 1, 3)));
      }
      case 16: { // while / do-while with a bounded counter
        if (!nest) {
          return null;
        }
        String w = fresh(new String[] {"w", "iter"});
        IExpr limit = !s.arrs.isEmpty() && p(0.3) ? new ILen(pick(new ArrayList<>(s.arrs.keySet())))
            : new IConst(1 + r.nextInt(5));
        Scope b = s.loop();
        Cond guard = new ICmp("<", new IVar(w), limit);
        Cond c = p(0.5) ? new And(false, guard, cond(s, 1)) : guard;
        b.ints.add(w);
        List<Stmt> body = new ArrayList<>();
        body.add(new IInc(w));
        body.addAll(block(b, depth + 1, 3).stmts());
        Block bb = new Block(List.copyOf(body));
        return List.of(new DeclI(w, new IConst(0)), p(0.6) ? new While(c, bb) : new DoWhile(bb, c));
      }
      case 17: { // local array
        String a = fresh(new String[] {"arr", "buf", "tmp"});
        IExpr size;
        int min;
        if (!s.arrs.isEmpty() && p(0.4)) {
          String src = pick(new ArrayList<>(s.arrs.keySet()));
          size = p(0.5) ? new ILen(src) : new IBin('+', new ILen(src), new IConst(1));
          min = s.arrs.get(src);
        } else {
          min = 2 + r.nextInt(3);
          size = new IConst(min);
        }
        Stmt d;
        if (p(0.3)) {
          List<Expr> es = new ArrayList<>();
          min = 2 + r.nextInt(3);
          for (int k = 0; k < min; k++) {
            es.add(expr(s, 2));
          }
          d = new DeclArrInit(a, List.copyOf(es));
        } else {
          d = new DeclArr(a, size);
        }
        s.arrs.put(a, min);
        s.warrs.add(a);
        return List.of(d);
      }
      case 18, 19: { // array element write
        if (s.warrs.isEmpty()) {
          return null;
        }
        String a = pick(new ArrayList<>(s.warrs));
        return List.of(update(s, null, a, index(s, a)));
      }
      case 20: { // local matrix and element writes
        if (!s.wmats.isEmpty() && p(0.6)) {
          String m = pick(new ArrayList<>(s.wmats));
          Stmt u = update(s, null, null, null);
          Assign as = (Assign) u;
          return List.of(new MWrite(m, row(s, m), col(s, m), as.op(), as.e()));
        }
        String m = fresh(new String[] {"mat", "grid"});
        int rows = 2 + r.nextInt(2);
        int cols = 2 + r.nextInt(2);
        s.mats.put(m, new int[] {rows, cols});
        s.wmats.add(m);
        return List.of(new DeclMat(m, new IConst(rows), new IConst(cols)));
      }
      case 21: { // break / continue
        if (!s.inLoop) {
          return null;
        }
        return List.of(new If(cond(s, 1), new Block(List.of(p(0.5) ? new Break() : new Continue())),
            new Block(List.of())));
      }
      case 22: { // early return
        if (s.vector || !p(0.4)) {
          return null;
        }
        return List.of(new If(cond(s, 1), new Block(List.of(new Return(expr(s, 2)))), new Block(List.of())));
      }
      case 23: { // switch over a counter
        return nest ? List.of(switchStmt(s, depth)) : null;
      }
      default: { // int local
        String k = fresh(new String[] {"idx", "cnt"});
        IExpr e = nonNegInt(s);
        s.ints.add(k);
        return List.of(new DeclI(k, e));
      }
    }
  }

  /**
   * A {@code switch} over a counter: one to three case groups with distinct labels below 6, perhaps a {@code default}
   * anywhere among them, each group breaking or falling through into the next.
   */
  private Switch switchStmt(Scope s, int depth) {
    List<Integer> labels = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5));
    java.util.Collections.shuffle(labels, r);
    int groups = 1 + r.nextInt(3);
    int withDefault = p(0.6) ? r.nextInt(groups + 1) : -1;
    List<Case> cases = new ArrayList<>();
    for (int g = 0; g <= groups; g++) {
      if (g == withDefault) {
        cases.add(new Case(List.of(), block(s.child(), depth + 1, 2), p(0.7)));
      }
      if (g < groups) {
        List<Integer> own = List.copyOf(labels.subList(0, 1 + r.nextInt(2)));
        labels.removeAll(own);
        cases.add(new Case(own, block(s.child(), depth + 1, 2), p(0.7)));
      }
    }
    return new Switch(nonNegInt(s), List.copyOf(cases));
  }

  /** An update of a double local ({@code v}) or, returned as an {@link Assign} to re-target, of an element. */
  private Stmt update(Scope s, String v, String arr, IExpr idx) {
    String target = v != null ? v : arr;
    boolean damped = s.inLoop && (target == null || s.outer.contains(target));
    String op;
    Expr e;
    if (damped) {
      int form = r.nextInt(4);
      Expr cur = v != null ? new DVar(v) : arr != null ? new ARead(arr, idx) : new Num(0);
      switch (form) {
        case 0 -> {
          op = "=";
          e = new Bin('+', new Bin('*', new Num(0.3 + 0.1 * r.nextInt(6)), cur), bounded(expr(s, 2)));
        }
        case 1 -> {
          op = p(0.5) ? "+=" : "-=";
          e = new Bin('*', new Num(0.1 * (1 + r.nextInt(5))), bounded(expr(s, 2)));
        }
        case 2 -> {
          op = "*=";
          e = new Bin('+', new Num(0.9), new Bin('*', new Num(0.1), bounded(expr(s, 2))));
        }
        default -> {
          op = "=";
          e = bounded(expr(s, 2));
        }
      }
    } else {
      int form = r.nextInt(6);
      switch (form) {
        case 0, 1 -> {
          op = "=";
          e = expr(s, 3);
        }
        case 2 -> {
          op = "+=";
          e = expr(s, 2);
        }
        case 3 -> {
          op = "-=";
          e = expr(s, 2);
        }
        case 4 -> {
          op = "*=";
          e = expr(s, 2);
        }
        default -> {
          op = "/=";
          e = positive(expr(s, 2));
        }
      }
    }
    if (v != null) {
      return new Assign(v, op, e);
    }
    if (arr != null) {
      return new AWrite(arr, idx, op, e);
    }
    return new Assign("_", op, e);
  }

  // ================================================================= expressions

  private IExpr nonNegInt(Scope s) {
    if (s.ints.isEmpty() || p(0.3)) {
      if (!s.arrs.isEmpty() && p(0.4)) {
        return new ILen(pick(new ArrayList<>(s.arrs.keySet())));
      }
      return new IConst(r.nextInt(4));
    }
    IExpr v = new IVar(pick(s.ints));
    return switch (r.nextInt(4)) {
      case 0 -> new IBin('+', v, new IConst(1 + r.nextInt(3)));
      case 1 -> new IBin('*', v, new IConst(2));
      case 2 -> s.ints.size() > 1 ? new IBin('+', v, new IVar(pick(s.ints))) : v;
      default -> v;
    };
  }

  private IExpr index(Scope s, String arr) {
    int min = s.arrs.get(arr);
    double u = r.nextDouble();
    if (u < 0.35) {
      return new IConst(r.nextInt(min));
    }
    for (Map.Entry<String, String> e : s.boundedBy.entrySet()) {
      if (e.getValue().equals(arr) && s.ints.contains(e.getKey()) && p(0.6)) {
        return new IVar(e.getKey());
      }
    }
    return new IBin('%', nonNegInt(s), new ILen(arr));
  }

  private IExpr row(Scope s, String m) {
    return p(0.4) ? new IConst(r.nextInt(s.mats.get(m)[0])) : new IBin('%', nonNegInt(s), new IRows(m));
  }

  private IExpr col(Scope s, String m) {
    return p(0.4) ? new IConst(r.nextInt(s.mats.get(m)[1])) : new IBin('%', nonNegInt(s), new ICols(m));
  }

  private Expr num() {
    double v = Math.round((r.nextDouble() * 4 - 2) * 100) / 100.0;
    if (p(0.2)) {
      v = 1 + r.nextInt(3);
    }
    return new Num(v);
  }

  private Expr leaf(Scope s) {
    for (int attempt = 0; attempt < 5; attempt++) {
      int k = r.nextInt(10);
      if (k < 4) {
        List<Expr> vs = new ArrayList<>();
        s.dreads.forEach(v -> vs.add(new DVar(v)));
        s.dvars.forEach(v -> vs.add(new DVar(v)));
        vs.addAll(s.comps);
        if (!vs.isEmpty()) {
          return pick(vs);
        }
      } else if (k < 7) {
        if (!s.arrs.isEmpty()) {
          String a = pick(new ArrayList<>(s.arrs.keySet()));
          return new ARead(a, index(s, a));
        }
      } else if (k < 8) {
        if (!s.mats.isEmpty()) {
          String m = pick(new ArrayList<>(s.mats.keySet()));
          return new MRead(m, row(s, m), col(s, m));
        }
      } else if (k < 9) {
        if (!s.ints.isEmpty()) {
          return new IntD(p(0.7) ? new IVar(pick(s.ints)) : nonNegInt(s));
        }
      } else {
        return num();
      }
    }
    return num();
  }

  /**
   * A leaf for code nabla keeps as written (a log statement, a {@code Double.compare}), where the generated class could
   * not name a private field (nabla:inaccessible): one that reads no private field.
   */
  private Expr keptLeaf(Scope s) {
    Scope kept = s.child();
    for (Field f : fields) {
      if (f.hidden()) {
        kept.dreads.remove(f.name());
        kept.arrs.remove(f.name());
      }
    }
    return leaf(kept);
  }

  Expr expr(Scope s, int depth) {
    if (depth <= 0 || p(0.2)) {
      return leaf(s);
    }
    int k = r.nextInt(20);
    Expr a = expr(s, depth - 1);
    switch (k) {
      case 0, 1, 2:
        return new Bin('+', a, expr(s, depth - 1));
      case 3, 4:
        return new Bin('-', a, expr(s, depth - 1));
      case 5, 6, 7:
        return new Bin('*', a, expr(s, depth - 1));
      case 8:
        return new Bin('/', a, positive(expr(s, depth - 1)));
      case 9:
        return new Neg(a);
      case 10:
        return new Bin('%', a, new Num(new double[] {0.7, 1.3, 2.0}[r.nextInt(3)]));
      case 11, 12, 13, 14, 15:
        if (s.model != null && p(0.3)) {
          return new ObjCall(s.model, Printer.modelType(entry), a);
        }
        List<String> pointArrays = pointArrays(s);
        return !pointArrays.isEmpty() && p(0.06) ? new Bin(pick(List.of('+', '*')), a,
            new LogSumExp(pick(pointArrays))) : fn(s, a, depth);
      case 16, 17:
        return new Tern(cond(s, 1), a, expr(s, depth - 1));
      default:
        if (!helpers.isEmpty() && depth >= 2) { // a helper calls those generated before it: no recursion
          Method h = pick(helpers);
          List<Node> args = new ArrayList<>();
          for (Param p : h.params()) {
            if (p.kind() == Kind.A) {
              String arr = null;
              for (Map.Entry<String, Integer> e : s.arrs.entrySet()) {
                if (e.getValue() >= 2 && p(0.7)) {
                  arr = e.getKey();
                }
              }
              if (arr == null) {
                return new Bin('+', a, num());
              }
              args.add(new ArrRef(arr));
            } else {
              args.add(expr(s, depth - 2));
            }
          }
          return new UCall(h.name(), List.copyOf(args));
        }
        return new Bin('+', a, num());
    }
  }

  /** The arrays in scope other than the receiver's fields. */
  private List<String> pointArrays(Scope s) {
    List<String> out = new ArrayList<>(s.arrs.keySet());
    fields.forEach(f -> out.remove(f.name()));
    return out;
  }

  /** An expression of a bounded by about 1 in absolute value. */
  private Expr bounded(Expr a) {
    return switch (r.nextInt(5)) {
      case 0 -> new Fn(Primitive.SIN, List.of(a));
      case 1 -> new Fn(Primitive.TANH, List.of(a));
      case 2 -> new Fn(Primitive.COS, List.of(a));
      case 3 -> new Bin('/', a, new Bin('+', new Num(1.0), new Bin('*', a, a)));
      default -> new Fn(Primitive.ATAN, List.of(a));
    };
  }

  /** A positive expression built from a. */
  private Expr positive(Expr a) {
    return switch (r.nextInt(4)) {
      case 0 -> new Bin('+', new Num(1.0), new Bin('*', a, a));
      case 1 -> new Bin('+', new Num(1.5), new Fn(Primitive.SIN, List.of(a)));
      case 2 -> new Fn(Primitive.EXP, List.of(bounded(a)));
      default -> new Fn(Primitive.HYPOT, List.of(a, new Num(0.5 + r.nextInt(3))));
    };
  }

  /** Whether an entry takes doubles only and gives a double, which is all that the fuzzer's expressions are. */
  private static boolean ofDoubles(Primitive p) {
    List<Type> types = PrimitiveOracle.argumentTypes(p);
    return types.stream().allMatch(t -> t == Type.DOUBLE) && p.resultType(types) == Type.DOUBLE;
  }

  /** An expression built from a that lies in the domain. */
  private Expr within(Domain d, Expr a) {
    return switch (d) {
      case SMALL -> bounded(a);
      case POSITIVE -> positive(a);
      case OPEN_UNIT -> new Bin('*', new Num(0.9), new Fn(p(0.5) ? Primitive.TANH : Primitive.SIN, List.of(a)));
      case PROBABILITY -> new Bin('+', new Num(0.5), new Bin('*', new Num(0.45), new Fn(Primitive.TANH, List.of(a))));
      case ABOVE_MINUS_ONE -> new Bin('*', a, a);
      case LOWER_BOUND -> new Neg(positive(a));
      case UPPER_BOUND -> positive(a);
      default -> a;
    };
  }

  /**
   * A {@code Math} function drawn from the primitive table, so that every entry is fuzzed, each argument shaped to
   * the entry's domain (the first from a, the others drawn anew or constant). A step function, flat between its jumps,
   * scales another expression so that it still reaches the derivatives.
   */
  private Expr fn(Scope s, Expr a, int depth) {
    Primitive f = pick(FUNCTIONS);
    List<Expr> args = new ArrayList<>();
    for (int i = 0; i < f.arity(); i++) {
      args.add(within(f.domain(i), i == 0 ? a : p(0.25) ? num() : expr(s, depth - 1)));
    }
    if (Libraries.floatForInts(f)) { // a double argument where Java would pass an int to the float overload
      args.replaceAll(e -> Printer.isInt(e) ? new Bin('*', new Num(1.0), e) : e);
    }
    Expr call = new Fn(f, List.copyOf(args));
    return f.isDifferentiable() ? call : new Bin('*', call, expr(s, depth - 1));
  }

  Cond cond(Scope s, int depth) {
    if (depth > 0 && p(0.25)) {
      int k = r.nextInt(3);
      if (k == 2) {
        return new Not(cond(s, depth - 1));
      }
      return new And(k == 1, cond(s, depth - 1), cond(s, depth - 1));
    }
    if (!s.ints.isEmpty() && p(0.15)) {
      return new ICmp(pick(List.of("<", "<=", ">", ">=", "==", "!=")), new IVar(pick(s.ints)),
          new IConst(r.nextInt(3)));
    }
    if (p(0.1)) { // of leaves: a call to another generated method inside kept text could be handed an active array
      return new Compare(pick(List.of("<", ">")), new Bin('*', keptLeaf(s), keptLeaf(s)), p(0.5) ? num() : keptLeaf(s));
    }
    return new Cmp(pick(List.of("<", "<=", ">", ">=")), expr(s, 2), p(0.5) ? num() : expr(s, 1));
  }
}
