package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.ir.Primitive;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hipparchus.analysis.differentiation.DSFactory;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.special.Gamma;

/**
 * The oracle: interprets a program in Hipparchus {@link DerivativeStructure} arithmetic of order 2 over the flattened
 * point, giving value, gradient and Hessian (or the Jacobian of a vector result). While it runs it records the
 * smallest relative distance of any comparison, kink or discontinuity from switching ({@link #minMargin}), so that
 * points where the function is not smooth can be skipped. Given a {@link Random}, it interprets in Monte Carlo
 * arithmetic instead: every rounded result moves by one ulp in a random direction, which shows whether rounding in the
 * middle of the program decides its result.
 */
final class Interpreter implements PrimitiveOracle.Margins {
  private final DSFactory factory;
  double minMargin = Double.POSITIVE_INFINITY;
  /** Whether a result of the run had a finite value but a first or second derivative beyond double's range. */
  boolean derivativesOverflowed;
  private long steps;
  private final Program program;
  private final Random rounding;

  Interpreter(Program program, int n) {
    this(program, n, null);
  }

  /** An interpreter whose rounded results move by an ulp as {@code rounding} draws; exact if it is null. */
  Interpreter(Program program, int n, Random rounding) {
    this.program = program;
    this.factory = new DSFactory(n, 2);
    this.rounding = rounding;
  }

  /**
   * Arguments of the entry point; doubles, arrays and records (their components as an array) of the point are
   * variables, in flattening order; a passive object is the value of its field.
   */
  Object[] bind(Method m, Object[] args) {
    Object[] out = new Object[args.length];
    int var = 0;
    for (int k = 0; k < args.length; k++) {
      Param p = m.params().get(k);
      boolean active = !p.noDeriv();
      switch (p.kind()) {
        case D -> out[k] = active ? factory.variable(var++, (double) args[k]) : factory.constant((double) args[k]);
        case A, R -> {
          double[] a = (double[]) args[k];
          DerivativeStructure[] d = new DerivativeStructure[a.length];
          for (int i = 0; i < a.length; i++) {
            d[i] = active ? factory.variable(var++, a[i]) : factory.constant(a[i]);
          }
          out[k] = d;
        }
        case M -> {
          double[][] a = (double[][]) args[k];
          DerivativeStructure[][] d = new DerivativeStructure[a.length][];
          for (int i = 0; i < a.length; i++) {
            d[i] = new DerivativeStructure[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
              d[i][j] = active ? factory.variable(var++, a[i][j]) : factory.constant(a[i][j]);
            }
          }
          out[k] = d;
        }
        case I -> out[k] = args[k];
        case O -> out[k] = factory.constant((double) args[k]);
      }
    }
    return out;
  }

  /** Runs the entry point: a {@code DerivativeStructure} or, for a vector method, a {@code DerivativeStructure[]}. */
  Object run(Object[] args) {
    Method m = program.main();
    return invoke(m, bind(m, args));
  }

  private Object invoke(Method m, Object[] bound) {
    Frame f = new Frame();
    if (m.instance()) {
      for (Field field : program.fields()) {
        f.env.put(field.name(), field.array() ? field.values().stream().map(factory::constant)
            .toArray(DerivativeStructure[]::new) : factory.constant(field.values().get(0)));
      }
    }
    return invoke(m, bound, f);
  }

  /** Runs {@code m} on the arguments {@code bound} in the frame {@code f}, which holds its receiver's fields. */
  private Object invoke(Method m, Object[] bound, Frame f) {
    for (int k = 0; k < bound.length; k++) {
      f.env.put(m.params().get(k).name(), bound[k]);
    }
    Flow flow = exec(m.body(), f);
    if (flow != Flow.RETURN) {
      throw new IllegalStateException("method " + m.name() + " ended without return");
    }
    return f.result;
  }

  enum Flow { NORMAL, BREAK, CONTINUE, RETURN }

  static final class Frame {
    final Map<String, Object> env = new HashMap<>();
    Object result;
  }

  private Flow exec(Block b, Frame f) {
    for (Stmt s : b.stmts()) {
      Flow flow = exec(s, f);
      if (flow != Flow.NORMAL) {
        return flow;
      }
    }
    return Flow.NORMAL;
  }

  private DerivativeStructure apply(String op, DerivativeStructure old, DerivativeStructure v) {
    return switch (op) {
      case "=" -> v;
      case "+=" -> rounded(old.add(v));
      case "-=" -> rounded(old.subtract(v));
      case "*=" -> rounded(old.multiply(v));
      case "/=" -> {
        margin(Math.abs(v.getValue()));
        yield rounded(old.divide(v));
      }
      default -> throw new IllegalArgumentException(op);
    };
  }

  private Flow exec(Stmt s, Frame f) {
    if (++steps > 5_000_000) {
      throw new IllegalStateException("interpreter step budget exceeded");
    }
    Map<String, Object> env = f.env;
    if (s instanceof DeclD d) {
      env.put(d.name(), eval(d.e(), f));
    } else if (s instanceof Assign a) {
      DerivativeStructure v = eval(a.e(), f);
      env.put(a.name(), apply(a.op(), (DerivativeStructure) env.get(a.name()), v));
    } else if (s instanceof IncD i) {
      DerivativeStructure old = (DerivativeStructure) env.get(i.name());
      env.put(i.name(), rounded(i.op().equals("++") ? old.add(1) : old.subtract(1)));
    } else if (s instanceof AWrite w) {
      DerivativeStructure[] a = (DerivativeStructure[]) env.get(w.arr());
      int i = ieval(w.idx(), f);
      DerivativeStructure v = eval(w.e(), f);
      a[i] = apply(w.op(), a[i], v);
    } else if (s instanceof MWrite w) {
      DerivativeStructure[][] a = (DerivativeStructure[][]) env.get(w.mat());
      int i = ieval(w.i(), f);
      int j = ieval(w.j(), f);
      DerivativeStructure v = eval(w.e(), f);
      a[i][j] = apply(w.op(), a[i][j], v);
    } else if (s instanceof DeclArr d) {
      DerivativeStructure[] a = new DerivativeStructure[ieval(d.size(), f)];
      java.util.Arrays.fill(a, factory.constant(0));
      env.put(d.name(), a);
    } else if (s instanceof DeclArrInit d) {
      DerivativeStructure[] a = new DerivativeStructure[d.elems().size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = eval(d.elems().get(i), f);
      }
      env.put(d.name(), a);
    } else if (s instanceof DeclMat d) {
      DerivativeStructure[][] a = new DerivativeStructure[ieval(d.rows(), f)][ieval(d.cols(), f)];
      for (DerivativeStructure[] row : a) {
        java.util.Arrays.fill(row, factory.constant(0));
      }
      env.put(d.name(), a);
    } else if (s instanceof DeclI d) {
      env.put(d.name(), ieval(d.e(), f));
    } else if (s instanceof IInc i) {
      env.put(i.name(), (Integer) env.get(i.name()) + 1);
    } else if (s instanceof Log l) {
      eval(l.e(), f); // its effect is on the sink only
    } else if (s instanceof If c) {
      return cond(c.c(), f) ? exec(c.then(), f) : exec(c.els(), f);
    } else if (s instanceof For l) {
      env.put(l.var(), ieval(l.from(), f));
      while ((Integer) env.get(l.var()) < ieval(l.to(), f)) {
        Flow flow = exec(l.body(), f);
        if (flow == Flow.BREAK) {
          break;
        }
        if (flow == Flow.RETURN) {
          return flow;
        }
        env.put(l.var(), (Integer) env.get(l.var()) + 1);
      }
    } else if (s instanceof ForEach l) {
      DerivativeStructure[] a = (DerivativeStructure[]) env.get(l.arr());
      for (DerivativeStructure v : a) {
        env.put(l.var(), v);
        Flow flow = exec(l.body(), f);
        if (flow == Flow.BREAK) {
          break;
        }
        if (flow == Flow.RETURN) {
          return flow;
        }
      }
    } else if (s instanceof While w) {
      while (cond(w.c(), f)) {
        Flow flow = exec(w.body(), f);
        if (flow == Flow.BREAK) {
          break;
        }
        if (flow == Flow.RETURN) {
          return flow;
        }
      }
    } else if (s instanceof DoWhile w) {
      do {
        Flow flow = exec(w.body(), f);
        if (flow == Flow.BREAK) {
          break;
        }
        if (flow == Flow.RETURN) {
          return flow;
        }
      } while (cond(w.c(), f));
    } else if (s instanceof Switch w) {
      return switchCases(w, ieval(w.selector(), f), f);
    } else if (s instanceof Break) {
      return Flow.BREAK;
    } else if (s instanceof Continue) {
      return Flow.CONTINUE;
    } else if (s instanceof Return r) {
      f.result = eval(r.e(), f);
      return Flow.RETURN;
    } else if (s instanceof Throw t) {
      throw new IllegalArgumentException(t.message() + "(the interpreter does not model the thrown value)");
    } else if (s instanceof ReturnArr r) {
      f.result = ((DerivativeStructure[]) env.get(r.name())).clone();
      return Flow.RETURN;
    } else if (s instanceof ReturnNew r) {
      DerivativeStructure[] a = new DerivativeStructure[r.elems().size()];
      for (int i = 0; i < a.length; i++) {
        a[i] = eval(r.elems().get(i), f);
      }
      f.result = a;
      return Flow.RETURN;
    } else {
      throw new IllegalArgumentException("cannot interpret " + s);
    }
    return Flow.NORMAL;
  }

  /** Runs the cases from the one {@code selector} picks, falling through until a break, which ends the switch. */
  private Flow switchCases(Switch w, int selector, Frame f) {
    List<Case> cases = w.cases();
    int start = cases.size();
    for (int i = cases.size() - 1; i >= 0; i--) {
      if (cases.get(i).labels().contains(selector)) {
        start = i;
      } else if (cases.get(i).labels().isEmpty() && start == cases.size()) {
        start = i;
      }
    }
    for (int i = start; i < cases.size(); i++) {
      Flow flow = exec(cases.get(i).body(), f);
      if (flow != Flow.NORMAL) {
        return flow == Flow.BREAK ? Flow.NORMAL : flow;
      }
      if (cases.get(i).breaks()) {
        return Flow.NORMAL;
      }
    }
    return Flow.NORMAL;
  }

  @Override
  public void margin(double m) {
    if (!(m >= 0)) {
      m = 0; // NaN
    }
    minMargin = Math.min(minMargin, m);
  }

  boolean cond(Cond c, Frame f) {
    if (c instanceof Cmp m) {
      double a = eval(m.a(), f).getValue();
      double b = eval(m.b(), f).getValue();
      compare(a, b);
      return switch (m.op()) {
        case "<" -> a < b;
        case "<=" -> a <= b;
        case ">" -> a > b;
        case ">=" -> a >= b;
        default -> throw new IllegalArgumentException(m.op());
      };
    } else if (c instanceof ICmp m) {
      int a = ieval(m.a(), f);
      int b = ieval(m.b(), f);
      return switch (m.op()) {
        case "<" -> a < b;
        case "<=" -> a <= b;
        case ">" -> a > b;
        case ">=" -> a >= b;
        case "==" -> a == b;
        case "!=" -> a != b;
        default -> throw new IllegalArgumentException(m.op());
      };
    } else if (c instanceof And a) {
      return a.or() ? cond(a.a(), f) || cond(a.b(), f) : cond(a.a(), f) && cond(a.b(), f);
    } else if (c instanceof Compare m) {
      double a = eval(m.a(), f).getValue();
      double b = eval(m.b(), f).getValue();
      compare(a, b);
      int sign = Double.compare(a, b);
      return switch (m.op()) {
        case "<" -> sign < 0;
        case ">" -> sign > 0;
        default -> sign == 0;
      };
    } else if (c instanceof Not n) {
      return !cond(n.a(), f);
    }
    throw new IllegalArgumentException(c.toString());
  }

  int ieval(IExpr e, Frame f) {
    if (e instanceof IConst c) {
      return c.v();
    } else if (e instanceof IVar v) {
      return (Integer) f.env.get(v.name());
    } else if (e instanceof IBin b) {
      int x = ieval(b.a(), f);
      int y = ieval(b.b(), f);
      return switch (b.op()) {
        case '+' -> x + y;
        case '-' -> x - y;
        case '*' -> x * y;
        case '%' -> x % y;
        case '/' -> x / y;
        default -> throw new IllegalArgumentException("" + b.op());
      };
    } else if (e instanceof ILen l) {
      return ((DerivativeStructure[]) f.env.get(l.arr())).length;
    } else if (e instanceof IRows r) {
      return ((DerivativeStructure[][]) f.env.get(r.mat())).length;
    } else if (e instanceof ICols c) {
      return ((DerivativeStructure[][]) f.env.get(c.mat()))[0].length;
    }
    throw new IllegalArgumentException(e.toString());
  }

  DerivativeStructure eval(Expr e, Frame f) {
    if (e instanceof Num n) {
      return factory.constant(n.v());
    } else if (e instanceof DVar v) {
      return (DerivativeStructure) f.env.get(v.name());
    } else if (e instanceof IntD i) {
      return factory.constant(ieval(i.e(), f));
    } else if (e instanceof ARead r) {
      DerivativeStructure[] a = (DerivativeStructure[]) f.env.get(r.arr());
      return a[ieval(r.idx(), f)];
    } else if (e instanceof MRead r) {
      DerivativeStructure[][] a = (DerivativeStructure[][]) f.env.get(r.mat());
      return a[ieval(r.i(), f)][ieval(r.j(), f)];
    } else if (e instanceof Neg n) {
      return eval(n.a(), f).negate();
    } else if (e instanceof Bin b) {
      DerivativeStructure x = eval(b.a(), f);
      DerivativeStructure y = eval(b.b(), f);
      switch (b.op()) {
        case '+':
          return rounded(x.add(y));
        case '-':
          return rounded(x.subtract(y));
        case '*':
          return rounded(x.multiply(y));
        case '/':
          margin(Math.abs(y.getValue()) / Math.max(1, Math.abs(x.getValue())));
          return rounded(x.divide(y));
        case '%': {
          // Java's % truncates: x - y·trunc(x/y), differentiable in x (and in y) away from the jumps.
          double q = x.getValue() / y.getValue();
          lattice(x.getValue(), Math.abs(y.getValue()), 0);
          double t = q < 0 ? Math.ceil(q) : Math.floor(q);
          return withValue(x.subtract(y.multiply(t)), x.getValue() % y.getValue());
        }
        default:
          throw new IllegalArgumentException("" + b.op());
      }
    } else if (e instanceof Fn fn) {
      List<DerivativeStructure> args = new ArrayList<>();
      for (Expr arg : fn.args()) {
        args.add(eval(arg, f));
      }
      return apply(fn, args);
    } else if (e instanceof Tern t) {
      return cond(t.c(), f) ? eval(t.a(), f) : eval(t.b(), f);
    } else if (e instanceof UCall c) {
      Method m = program.method(c.method());
      Object[] args = new Object[c.args().size()];
      for (int k = 0; k < args.length; k++) {
        Node a = c.args().get(k);
        args[k] = a instanceof ArrRef r ? f.env.get(r.name()) : eval((Expr) a, f);
      }
      return (DerivativeStructure) invoke(m, args);
    } else if (e instanceof Comp c) {
      return ((DerivativeStructure[]) f.env.get(c.rec()))[c.flat()];
    } else if (e instanceof ObjCall c) {
      Frame receiver = new Frame();
      receiver.env.put(Printer.MODEL_FIELD, f.env.get(c.obj()));
      return (DerivativeStructure) invoke(program.method(c.type()), new Object[] {eval(c.arg(), f)}, receiver);
    } else if (e instanceof LogSumExp l) {
      return logSumExp((DerivativeStructure[]) f.env.get(l.arr()));
    }
    throw new IllegalArgumentException(e.toString());
  }

  /**
   * The reference value of a function call: its rule in the oracle table, recording its margins here, with the value
   * the called library computes in place of Hipparchus's (they may differ in the last bits, as {@code FastMath}'s and
   * {@code Math}'s do), so that the oracle's values are the program's wherever its arithmetic is exact.
   */
  private DerivativeStructure apply(Fn call, List<DerivativeStructure> args) {
    DerivativeStructure d = call.fn() == Primitive.LOG_GAMMA ? logGamma(args.get(0))
        : PrimitiveOracle.of(call.fn()).rule().apply(args, this);
    double[] values = args.stream().mapToDouble(DerivativeStructure::getValue).toArray();
    return rounded(withValue(d, Libraries.value(call.library(), call.fn(), values)));
  }

  /**
   * ln Σ e^(xᵢ) as m + ln Σ e^(xᵢ − m) with m the largest xᵢ (whose derivatives cancel), with the runtime's value in
   * place of its own.
   */
  private DerivativeStructure logSumExp(DerivativeStructure[] x) {
    DerivativeStructure max = x[0];
    for (DerivativeStructure v : x) {
      max = v.getValue() > max.getValue() ? v : max;
    }
    DerivativeStructure sum = factory.constant(0);
    for (DerivativeStructure v : x) {
      sum = sum.add(v.subtract(max).exp());
    }
    double[] values = java.util.Arrays.stream(x).mapToDouble(DerivativeStructure::getValue).toArray();
    return rounded(withValue(max.add(sum.log()), dev.nabla.SpecialFunctions.logSumExp(values)));
  }

  /**
   * ln Γ(x) for x > 0 from Hipparchus's {@code Gamma}, with {@link #digamma} and Hipparchus's trigamma as its
   * derivatives anywhere (the primitive oracle's rule knows them at its table's points only).
   */
  private static DerivativeStructure logGamma(DerivativeStructure x) {
    double v = x.getValue();
    return x.compose(Gamma.logGamma(v), digamma(v), Gamma.trigamma(v));
  }

  /**
   * ψ(x) for x > 0: the recurrence ψ(x) = ψ(x + 1) − 1/x up to x ≥ 10, then the asymptotic series to x⁻¹⁰ (error
   * below 1e-14). Hipparchus's {@code Gamma.digamma} is off by about 3e-9 (at 0.645 and at 49.5, against mpmath), which
   * the fuzzer found as a Hessian mismatch in which nabla was right.
   */
  private static double digamma(double x) {
    double shift = 0;
    double y = x;
    while (y < 10) {
      shift -= 1 / y;
      y++;
    }
    double inv = 1 / (y * y);
    return shift + Math.log(y) - 0.5 / y
        - inv * (1.0 / 12 - inv * (1.0 / 120 - inv * (1.0 / 252 - inv * (1.0 / 240 - inv / 132))));
  }

  /**
   * {@code d}, or in Monte Carlo arithmetic {@code d} with its finite value moved by an ulp up or down; every computed
   * result passes here, so here is where {@link #derivativesOverflowed} is noted.
   */
  private DerivativeStructure rounded(DerivativeStructure d) {
    double value = d.getValue();
    if (!Double.isFinite(value)) {
      return d;
    }
    double[] all = d.getAllDerivatives();
    for (double partial : all) {
      derivativesOverflowed |= !Double.isFinite(partial);
    }
    if (rounding == null) {
      return d;
    }
    all[0] = rounding.nextBoolean() ? Math.nextUp(value) : Math.nextDown(value);
    return factory.build(all);
  }

  /** {@code d} with the value Java computes exactly in its place, where both are finite; {@code d} elsewhere. */
  private DerivativeStructure withValue(DerivativeStructure d, double value) {
    double[] all = d.getAllDerivatives();
    all[0] = value;
    return Double.isFinite(value) && Double.isFinite(d.getValue()) ? factory.build(all) : d;
  }
}
