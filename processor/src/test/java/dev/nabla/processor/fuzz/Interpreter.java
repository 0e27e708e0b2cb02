package dev.nabla.processor.fuzz;

import dev.nabla.processor.PrimitiveOracle;
import dev.nabla.processor.fuzz.Ast.*;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hipparchus.CalculusFieldElement;
import org.hipparchus.analysis.differentiation.DerivativeStructure;
import org.hipparchus.analysis.differentiation.FieldDerivativeStructure;
import org.hipparchus.dfp.Dfp;
import org.hipparchus.util.MathArrays;

/**
 * The oracle: interprets a program in an {@link Arithmetic} of order 2 over the flattened point, giving value, gradient
 * and Hessian (or the Jacobian of a vector result): in doubles ({@link #inDoubles}) as Java computes, or in a higher
 * precision ({@link #inHighPrecision}) as exact arithmetic does. While it runs it records the smallest relative
 * distance of any comparison, kink or discontinuity from switching ({@link #minMargin}), so that points where the
 * function is not smooth can be skipped, and whether an intermediate result's derivatives exceed double's range.
 */
@SuppressWarnings("unchecked") // the frame's values are Ts, arrays of them and ints, as the program declares them
final class Interpreter<T extends CalculusFieldElement<T>> implements PrimitiveOracle.Margins {
  private final Arithmetic<T> arithmetic;
  double minMargin = Double.POSITIVE_INFINITY;
  /** Whether a result of the run had a finite value but a first or second derivative beyond double's range. */
  boolean derivativesOverflowed;
  private long steps;
  private final Program program;

  private Interpreter(Program program, Arithmetic<T> arithmetic) {
    this.program = program;
    this.arithmetic = arithmetic;
  }

  /** An interpreter in Hipparchus {@link DerivativeStructure} arithmetic, with the values Java's libraries compute. */
  static Interpreter<DerivativeStructure> inDoubles(Program program, int n) {
    return new Interpreter<>(program, new DoubleArithmetic(n));
  }

  /** An interpreter in {@link DfpArithmetic}: exact arithmetic to about 35 digits. */
  static Interpreter<FieldDerivativeStructure<Dfp>> inHighPrecision(Program program, int n) {
    return new Interpreter<>(program, new DfpArithmetic(n));
  }

  /** The outputs of a run: its result, or the elements of a vector method's result. */
  List<T> outputs(Object result) {
    return result instanceof CalculusFieldElement<?> d ? List.of((T) d) : List.of((T[]) result);
  }

  /** The partial derivative of {@code d} of the given orders (one per variable), rounded to double. */
  double partial(T d, int[] orders) {
    return arithmetic.partial(d, orders);
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
        case D -> out[k] = active ? arithmetic.variable(var++, (double) args[k])
            : arithmetic.constant((double) args[k]);
        case A, R -> {
          double[] a = (double[]) args[k];
          T[] d = array(a.length);
          for (int i = 0; i < a.length; i++) {
            d[i] = active ? arithmetic.variable(var++, a[i]) : arithmetic.constant(a[i]);
          }
          out[k] = d;
        }
        case M -> {
          double[][] a = (double[][]) args[k];
          T[][] d = matrix(a.length, 0);
          for (int i = 0; i < a.length; i++) {
            d[i] = array(a[i].length);
            for (int j = 0; j < a[i].length; j++) {
              d[i][j] = active ? arithmetic.variable(var++, a[i][j]) : arithmetic.constant(a[i][j]);
            }
          }
          out[k] = d;
        }
        case I -> out[k] = args[k];
        case O -> out[k] = arithmetic.constant((double) args[k]);
      }
    }
    return out;
  }

  /** Runs the entry point: a {@code T} or, for a vector method, a {@code T[]}. */
  Object run(Object[] args) {
    Method m = program.main();
    return invoke(m, bind(m, args));
  }

  private Object invoke(Method m, Object[] bound) {
    Frame f = new Frame();
    if (m.instance()) {
      for (Field field : program.fields()) {
        T[] values = array(field.values().size());
        for (int i = 0; i < values.length; i++) {
          values[i] = arithmetic.constant(field.values().get(i));
        }
        f.env.put(field.name(), field.array() ? values : values[0]);
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

  private T apply(String op, T old, T v) {
    return switch (op) {
      case "=" -> v;
      case "+=" -> checked(old.add(v));
      case "-=" -> checked(old.subtract(v));
      case "*=" -> checked(old.multiply(v));
      case "/=" -> {
        margin(Math.abs(v.getReal()));
        yield checked(old.divide(v));
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
      T v = eval(a.e(), f);
      env.put(a.name(), apply(a.op(), (T) env.get(a.name()), v));
    } else if (s instanceof IncD i) {
      T old = (T) env.get(i.name());
      env.put(i.name(), checked(i.op().equals("++") ? old.add(1) : old.subtract(1)));
    } else if (s instanceof AWrite w) {
      T[] a = (T[]) env.get(w.arr());
      int i = ieval(w.idx(), f);
      T v = eval(w.e(), f);
      a[i] = apply(w.op(), a[i], v);
    } else if (s instanceof MWrite w) {
      T[][] a = (T[][]) env.get(w.mat());
      int i = ieval(w.i(), f);
      int j = ieval(w.j(), f);
      T v = eval(w.e(), f);
      a[i][j] = apply(w.op(), a[i][j], v);
    } else if (s instanceof DeclArr d) {
      env.put(d.name(), array(ieval(d.size(), f)));
    } else if (s instanceof DeclArrInit d) {
      T[] a = array(d.elems().size());
      for (int i = 0; i < a.length; i++) {
        a[i] = eval(d.elems().get(i), f);
      }
      env.put(d.name(), a);
    } else if (s instanceof DeclMat d) {
      env.put(d.name(), matrix(ieval(d.rows(), f), ieval(d.cols(), f)));
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
      T[] a = (T[]) env.get(l.arr());
      for (T v : a) {
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
      f.result = ((T[]) env.get(r.name())).clone();
      return Flow.RETURN;
    } else if (s instanceof ReturnNew r) {
      T[] a = array(r.elems().size());
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
      double a = eval(m.a(), f).getReal();
      double b = eval(m.b(), f).getReal();
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
      double a = eval(m.a(), f).getReal();
      double b = eval(m.b(), f).getReal();
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
      return ((T[]) f.env.get(l.arr())).length;
    } else if (e instanceof IRows r) {
      return ((T[][]) f.env.get(r.mat())).length;
    } else if (e instanceof ICols c) {
      return ((T[][]) f.env.get(c.mat()))[0].length;
    }
    throw new IllegalArgumentException(e.toString());
  }

  T eval(Expr e, Frame f) {
    if (e instanceof Num n) {
      return arithmetic.constant(n.v());
    } else if (e instanceof DVar v) {
      return (T) f.env.get(v.name());
    } else if (e instanceof IntD i) {
      return arithmetic.constant(ieval(i.e(), f));
    } else if (e instanceof ARead r) {
      T[] a = (T[]) f.env.get(r.arr());
      return a[ieval(r.idx(), f)];
    } else if (e instanceof MRead r) {
      T[][] a = (T[][]) f.env.get(r.mat());
      return a[ieval(r.i(), f)][ieval(r.j(), f)];
    } else if (e instanceof Neg n) {
      return eval(n.a(), f).negate();
    } else if (e instanceof Bin b) {
      T x = eval(b.a(), f);
      T y = eval(b.b(), f);
      switch (b.op()) {
        case '+':
          return checked(x.add(y));
        case '-':
          return checked(x.subtract(y));
        case '*':
          return checked(x.multiply(y));
        case '/':
          margin(Math.abs(y.getReal()) / Math.max(1, Math.abs(x.getReal())));
          return checked(x.divide(y));
        case '%': {
          // Java's % truncates: x - y·trunc(x/y), differentiable in x (and in y) away from the jumps.
          double q = x.getReal() / y.getReal();
          lattice(x.getReal(), Math.abs(y.getReal()), 0);
          double t = q < 0 ? Math.ceil(q) : Math.floor(q);
          return arithmetic.exact(x.subtract(y.multiply(t)), x.getReal() % y.getReal());
        }
        default:
          throw new IllegalArgumentException("" + b.op());
      }
    } else if (e instanceof Fn fn) {
      List<T> args = new ArrayList<>();
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
      return (T) invoke(m, args);
    } else if (e instanceof Comp c) {
      return ((T[]) f.env.get(c.rec()))[c.flat()];
    } else if (e instanceof ObjCall c) {
      Frame receiver = new Frame();
      receiver.env.put(Printer.MODEL_FIELD, f.env.get(c.obj()));
      return (T) invoke(program.method(c.type()), new Object[] {eval(c.arg(), f)}, receiver);
    } else if (e instanceof LogSumExp l) {
      return logSumExp((T[]) f.env.get(l.arr()));
    }
    throw new IllegalArgumentException(e.toString());
  }

  /** The call of a primitive, in the arithmetic's rule. */
  private T apply(Fn call, List<T> args) {
    return checked(arithmetic.call(call, args, this));
  }

  /**
   * ln Σ e^(xᵢ) as m + ln Σ e^(xᵢ − m) with m the largest xᵢ (whose derivatives cancel), with the runtime's value in
   * place of its own in double arithmetic.
   */
  private T logSumExp(T[] x) {
    T max = x[0];
    for (T v : x) {
      max = v.getReal() > max.getReal() ? v : max;
    }
    T sum = arithmetic.constant(0);
    for (T v : x) {
      sum = sum.add(v.subtract(max).exp());
    }
    double[] values = java.util.Arrays.stream(x).mapToDouble(T::getReal).toArray();
    return checked(arithmetic.exact(max.add(sum.log()), dev.nabla.SpecialFunctions.logSumExp(values)));
  }

  /** {@code d}, noting in {@link #derivativesOverflowed} whether its value is finite and a derivative is not. */
  private T checked(T d) {
    double[] all = arithmetic.all(d);
    if (Double.isFinite(all[0])) {
      for (double partial : all) {
        derivativesOverflowed |= !Double.isFinite(partial);
      }
    }
    return d;
  }

  /** An array of {@code n} zeros. */
  private T[] array(int n) {
    return MathArrays.buildArray(arithmetic.constant(0).getField(), n);
  }

  /** A matrix of zeros. */
  private T[][] matrix(int rows, int cols) {
    return MathArrays.buildArray(arithmetic.constant(0).getField(), rows, cols);
  }
}
