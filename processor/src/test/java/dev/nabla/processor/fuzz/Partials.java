package dev.nabla.processor.fuzz;

import dev.nabla.processor.fuzz.Ast.*;
import dev.nabla.processor.ir.Primitive;
import java.util.List;

/**
 * Symbolic partial derivatives of the expressions a ruled helper returns (arithmetic, {@code sin}, {@code cos},
 * {@code exp}, {@code atan}, {@code tanh} of its parameters), which the printer writes as the helper's
 * {@code @DerivativeOf} rules.
 */
final class Partials {
  /** The functions a ruled helper's body may call. */
  static final List<Primitive> FUNCTIONS =
      List.of(Primitive.SIN, Primitive.COS, Primitive.EXP, Primitive.ATAN, Primitive.TANH);

  private Partials() {}

  /** ∂e/∂{@code wrt}. */
  static Expr of(Expr e, String wrt) {
    if (e instanceof Num) {
      return new Num(0);
    } else if (e instanceof DVar v) {
      return new Num(v.name().equals(wrt) ? 1 : 0);
    } else if (e instanceof Neg n) {
      return new Neg(of(n.a(), wrt));
    } else if (e instanceof Bin b) {
      Expr da = of(b.a(), wrt);
      Expr db = of(b.b(), wrt);
      return switch (b.op()) {
        case '+', '-' -> new Bin(b.op(), da, db);
        case '*' -> new Bin('+', new Bin('*', da, b.b()), new Bin('*', b.a(), db));
        case '/' -> new Bin('/', new Bin('-', new Bin('*', da, b.b()), new Bin('*', b.a(), db)),
            new Bin('*', b.b(), b.b()));
        default -> throw new IllegalArgumentException("no partial of " + e);
      };
    } else if (e instanceof Fn f && f.args().size() == 1) {
      Expr u = f.args().get(0);
      Expr outer = switch (f.fn()) {
        case SIN -> new Fn(Primitive.COS, List.of(u));
        case COS -> new Neg(new Fn(Primitive.SIN, List.of(u)));
        case EXP -> new Fn(Primitive.EXP, List.of(u));
        case ATAN -> new Bin('/', new Num(1), new Bin('+', new Num(1), new Bin('*', u, u)));
        case TANH -> new Bin('-', new Num(1), new Bin('*', new Fn(Primitive.TANH, List.of(u)),
            new Fn(Primitive.TANH, List.of(u))));
        default -> throw new IllegalArgumentException("no partial of " + e);
      };
      return new Bin('*', outer, of(u, wrt));
    }
    throw new IllegalArgumentException("no partial of " + e);
  }
}
