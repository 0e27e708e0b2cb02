package dev.nabla.processor.ir;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks that a function is well-formed IR, as JAX's {@code check_jaxpr} does after each transformation: every value
 * is defined once, before its uses, in the same block or an enclosing one; operand and result types agree with each
 * operation's signature; the body ends with its only {@code Return} (a {@code Throw} may come anywhere); and, for a
 * function that stands for the user's method ({@link Contract#SOURCE}), every slot is written before it is read on
 * every path that goes on (a side of a branch that throws does not) and every computed value has its origin.
 */
public final class Verifier {
  /** The rules a function can break. */
  public enum Rule {
    DEFINED_ONCE, DEFINED_BEFORE_USE, TYPES_AGREE, RETURN_LAST, SLOT_WRITTEN_BEFORE_READ, ORIGIN_KEPT
  }

  /** What a function promises beyond well-formedness, by where it comes from. */
  public enum Contract {
    /**
     * The user's method, lowered and simplified: every computed value keeps the statement it comes from, and every slot
     * is written before it is read on every path, as Java's definite assignment guarantees for the locals slots stand
     * for.
     */
    SOURCE,
    /**
     * A transform's output: the statements it makes up have no origin, and its slots start at their type's zero (the
     * emitter declares them so), which adjoint accumulators and values saved under a condition and restored under the
     * same one rely on.
     */
    GENERATED
  }

  /** A broken rule: names the rule, the statement and the pass that produced the function, and prints the function. */
  public static final class Finding extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    private final Rule rule;
    private final String pass;

    Finding(Rule rule, String pass, Function f, Stmt s, String detail) {
      super("IR verifier: " + rule + " broken after " + pass + " in " + f.name() + " at `"
          + (s == null ? "end of body" : IrPrinter.statement(f, s)) + "`: " + detail + "\n"
          + IrPrinter.print(f, s));
      this.rule = rule;
      this.pass = pass;
    }

    public Rule rule() {
      return rule;
    }

    public String pass() {
      return pass;
    }
  }

  private final Function f;
  private final String pass;
  private final boolean sourceContract;
  private final Set<Value> defined = new HashSet<>();
  private final Set<Value> visible = new HashSet<>();

  private Verifier(Function f, String pass, Contract contract) {
    this.f = f;
    this.pass = pass;
    this.sourceContract = contract == Contract.SOURCE;
  }

  /**
   * Checks the rules that apply to a function under {@code contract}; returns it, or throws a {@link Finding} naming
   * {@code pass}, the pass that produced it, at the first broken rule.
   */
  public static Function verify(Function f, String pass, Contract contract) {
    new Verifier(f, pass, contract).body();
    return f;
  }

  private void body() {
    List<Stmt> stmts = f.body().stmts();
    if (stmts.isEmpty() || !(stmts.get(stmts.size() - 1) instanceof Stmt.Return)) {
      throw finding(Rule.RETURN_LAST, stmts.isEmpty() ? null : stmts.get(stmts.size() - 1),
          "the body does not end with a return");
    }
    block(f.body(), new HashSet<>(), true);
  }

  /** Checks a block and leaves its values out of scope; returns the slots written on every path through it. */
  private Set<Slot> block(Block block, Set<Slot> written, boolean top) {
    List<Value> local = new ArrayList<>();
    Set<Slot> assigned = open(block, written, top, local);
    visible.removeAll(local);
    return assigned;
  }

  /**
   * Checks a block given the slots written on every path to it, collecting the values it defines in {@code local}
   * (still in scope afterwards); returns the slots written on every path through it.
   */
  private Set<Slot> open(Block block, Set<Slot> written, boolean top, List<Value> local) {
    Set<Slot> assigned = new HashSet<>(written);
    List<Stmt> stmts = block.stmts();
    for (int i = 0; i < stmts.size(); i++) {
      Stmt s = stmts.get(i);
      if (s instanceof Stmt.Return && !(top && i == stmts.size() - 1)) {
        throw finding(Rule.RETURN_LAST, s, "a return before the end of the body");
      }
      if (!(s instanceof Stmt.While)) {
        used(s, Statements.reads(s));
        typed(s);
      }
      statement(s, assigned, local);
    }
    return assigned;
  }

  /** Checks what a statement defines, writes and nests; updates the slots written and the values defined. */
  private void statement(Stmt s, Set<Slot> assigned, List<Value> local) {
    if (s instanceof Stmt.Let let) {
      define(let, local);
      if (sourceContract && let.op() instanceof Op.Load l && !assigned.contains(l.slot())) {
        throw finding(Rule.SLOT_WRITTEN_BEFORE_READ, s, l.slot() + " is read before it is written on some path");
      }
    } else if (s instanceof Stmt.Store st) {
      assigned.add(st.slot());
    } else if (s instanceof Stmt.If i) {
      // a side that throws never reaches what follows: only the other side's writes count
      Set<Slot> then = block(i.then(), assigned, false);
      Set<Slot> otherwise = block(i.otherwise(), assigned, false);
      if (Statements.endsAbruptly(i.then())) {
        then = otherwise;
      } else if (!Statements.endsAbruptly(i.otherwise())) {
        then.retainAll(otherwise);
      }
      assigned.addAll(then);
    } else if (s instanceof Stmt.While w) {
      List<Value> header = new ArrayList<>();
      Set<Slot> afterHeader = open(w.header(), assigned, false, header);
      used(w, List.of(w.cond()));
      typed(w);
      block(w.body(), afterHeader, false);
      visible.removeAll(header);
      assigned.addAll(afterHeader);
    }
  }

  private void typed(Stmt s) {
    String mismatch = TypeRules.mismatch(f, s);
    if (mismatch != null) {
      throw finding(Rule.TYPES_AGREE, s, mismatch);
    }
  }

  private void used(Stmt s, List<Value> reads) {
    for (Value v : reads) {
      if (!visible.contains(v) && !f.constants().containsKey(v)) {
        throw finding(Rule.DEFINED_BEFORE_USE, s, v + (defined.contains(v) ? " is out of scope" : " is not defined"
            + " before this use"));
      }
    }
  }

  private void define(Stmt.Let let, List<Value> local) {
    Value v = let.result();
    if (!defined.add(v) || f.constants().containsKey(v)) {
      throw finding(Rule.DEFINED_ONCE, let, v + " is defined twice");
    }
    if (sourceContract && !(let.op() instanceof Op.Param) && let.origin().equals(Origin.NONE)) {
      throw finding(Rule.ORIGIN_KEPT, let, v + " has lost its source origin");
    }
    visible.add(v);
    local.add(v);
  }

  private Finding finding(Rule rule, Stmt s, String detail) {
    return new Finding(rule, pass, f, s, detail);
  }
}
