package dev.nabla.processor.fuzz;

import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import java.util.ArrayList;
import java.util.List;

/**
 * The fuzzer's own syntax tree of a {@code @Differentiable} program: immutable records, each able to list its child
 * nodes and to rebuild itself with other children (which is all the shrinker needs).
 */
final class Ast {
  private Ast() {}

  interface Node {
    default List<Node> children() {
      return List.of();
    }

    default Node with(List<Node> c) {
      return this;
    }
  }

  interface Expr extends Node {}

  interface IExpr extends Node {}

  interface Cond extends Node {}

  interface Stmt extends Node {}

  // ---- double expressions ----
  record Num(double v) implements Expr {}

  record DVar(String name) implements Expr {}

  record IntD(IExpr e) implements Expr {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new IntD((IExpr) c.get(0)); }
  }

  record ARead(String arr, IExpr idx) implements Expr {
    public List<Node> children() { return List.of(idx); }
    public Node with(List<Node> c) { return new ARead(arr, (IExpr) c.get(0)); }
  }

  record MRead(String mat, IExpr i, IExpr j) implements Expr {
    public List<Node> children() { return List.of(i, j); }
    public Node with(List<Node> c) { return new MRead(mat, (IExpr) c.get(0), (IExpr) c.get(1)); }
  }

  record Neg(Expr a) implements Expr {
    public List<Node> children() { return List.of(a); }
    public Node with(List<Node> c) { return new Neg((Expr) c.get(0)); }
  }

  record Bin(char op, Expr a, Expr b) implements Expr {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new Bin(op, (Expr) c.get(0), (Expr) c.get(1)); }
  }

  /** A function of the primitive table applied to its arguments, called on {@code library}'s class. */
  record Fn(Primitive fn, MathLibrary library, List<Expr> args) implements Expr {
    /** A call of {@code java.lang.Math}'s function. */
    Fn(Primitive fn, List<Expr> args) {
      this(fn, MathLibrary.MATH, args);
    }

    public List<Node> children() { return new ArrayList<>(args); }
    public Node with(List<Node> c) { return new Fn(fn, library, cast(c, Expr.class)); }
  }

  record Tern(Cond c, Expr a, Expr b) implements Expr {
    public List<Node> children() { return List.of(c, a, b); }
    public Node with(List<Node> ch) { return new Tern((Cond) ch.get(0), (Expr) ch.get(1), (Expr) ch.get(2)); }
  }

  /** A call of another generated method; arguments are {@link Expr}s or {@link ArrRef}s. */
  record UCall(String method, List<Node> args) implements Expr {
    public List<Node> children() { return new ArrayList<>(args); }
    public Node with(List<Node> c) { return new UCall(method, c); }
  }

  record ArrRef(String name) implements Node {}

  /**
   * A component of a record parameter of the point: {@code rec.c<path[0]>().c<path[1]>()…}, its {@code flat} index
   * among the record's doubles flattened depth-first.
   */
  record Comp(String rec, List<Integer> path, int flat) implements Expr {
    /** A component of a record of doubles only. */
    Comp(String rec, int index) {
      this(rec, List.of(index), index);
    }
  }

  /** {@code obj.eval(arg)}: the method of a passive object, of class {@code type}, that has a derivative rule. */
  record ObjCall(String obj, String type, Expr arg) implements Expr {
    public List<Node> children() { return List.of(arg); }
    public Node with(List<Node> c) { return new ObjCall(obj, type, (Expr) c.get(0)); }
  }

  /** {@code SpecialFunctions.logSumExp(arr)}. */
  record LogSumExp(String arr) implements Expr {}

  // ---- int expressions (always non-negative by construction) ----
  record IConst(int v) implements IExpr {}

  record IVar(String name) implements IExpr {}

  record IBin(char op, IExpr a, IExpr b) implements IExpr {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new IBin(op, (IExpr) c.get(0), (IExpr) c.get(1)); }
  }

  record ILen(String arr) implements IExpr {}

  record IRows(String mat) implements IExpr {}

  record ICols(String mat) implements IExpr {}

  // ---- conditions ----
  record Cmp(String op, Expr a, Expr b) implements Cond {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new Cmp(op, (Expr) c.get(0), (Expr) c.get(1)); }
  }

  record ICmp(String op, IExpr a, IExpr b) implements Cond {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new ICmp(op, (IExpr) c.get(0), (IExpr) c.get(1)); }
  }

  record And(boolean or, Cond a, Cond b) implements Cond {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new And(or, (Cond) c.get(0), (Cond) c.get(1)); }
  }

  /** {@code Double.compare(a, b) op 0}: an int of the point from a library call, which nabla keeps as written. */
  record Compare(String op, Expr a, Expr b) implements Cond {
    public List<Node> children() { return List.of(a, b); }
    public Node with(List<Node> c) { return new Compare(op, (Expr) c.get(0), (Expr) c.get(1)); }
  }

  record Not(Cond a) implements Cond {
    public List<Node> children() { return List.of(a); }
    public Node with(List<Node> c) { return new Not((Cond) c.get(0)); }
  }

  // ---- statements ----
  record Block(List<Stmt> stmts) implements Node {
    public List<Node> children() { return new ArrayList<>(stmts); }
    public Node with(List<Node> c) { return new Block(cast(c, Stmt.class)); }
  }

  record DeclD(String name, Expr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new DeclD(name, (Expr) c.get(0)); }
  }

  /** {@code name op e;} with op one of {@code = += -= *= /=}. */
  record Assign(String name, String op, Expr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new Assign(name, op, (Expr) c.get(0)); }
  }

  record IncD(String name, String op) implements Stmt {}

  record AWrite(String arr, IExpr idx, String op, Expr e) implements Stmt {
    public List<Node> children() { return List.of(idx, e); }
    public Node with(List<Node> c) { return new AWrite(arr, (IExpr) c.get(0), op, (Expr) c.get(1)); }
  }

  record MWrite(String mat, IExpr i, IExpr j, String op, Expr e) implements Stmt {
    public List<Node> children() { return List.of(i, j, e); }
    public Node with(List<Node> c) {
      return new MWrite(mat, (IExpr) c.get(0), (IExpr) c.get(1), op, (Expr) c.get(2));
    }
  }

  record DeclArr(String name, IExpr size) implements Stmt {
    public List<Node> children() { return List.of(size); }
    public Node with(List<Node> c) { return new DeclArr(name, (IExpr) c.get(0)); }
  }

  record DeclArrInit(String name, List<Expr> elems) implements Stmt {
    public List<Node> children() { return new ArrayList<>(elems); }
    public Node with(List<Node> c) { return new DeclArrInit(name, cast(c, Expr.class)); }
  }

  record DeclMat(String name, IExpr rows, IExpr cols) implements Stmt {
    public List<Node> children() { return List.of(rows, cols); }
    public Node with(List<Node> c) { return new DeclMat(name, (IExpr) c.get(0), (IExpr) c.get(1)); }
  }

  record DeclI(String name, IExpr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new DeclI(name, (IExpr) c.get(0)); }
  }

  record IInc(String name) implements Stmt {}

  /** {@code SINK.add(e);}: a logging-style statement to the class's sink, which nabla keeps as written. */
  record Log(Expr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new Log((Expr) c.get(0)); }
  }

  record If(Cond c, Block then, Block els) implements Stmt {
    public List<Node> children() { return List.of(c, then, els); }
    public Node with(List<Node> ch) { return new If((Cond) ch.get(0), (Block) ch.get(1), (Block) ch.get(2)); }
  }

  record For(String var, IExpr from, IExpr to, Block body) implements Stmt {
    public List<Node> children() { return List.of(from, to, body); }
    public Node with(List<Node> c) { return new For(var, (IExpr) c.get(0), (IExpr) c.get(1), (Block) c.get(2)); }
  }

  record ForEach(String var, String arr, Block body) implements Stmt {
    public List<Node> children() { return List.of(body); }
    public Node with(List<Node> c) { return new ForEach(var, arr, (Block) c.get(0)); }
  }

  record While(Cond c, Block body) implements Stmt {
    public List<Node> children() { return List.of(c, body); }
    public Node with(List<Node> ch) { return new While((Cond) ch.get(0), (Block) ch.get(1)); }
  }

  record DoWhile(Block body, Cond c) implements Stmt {
    public List<Node> children() { return List.of(body, c); }
    public Node with(List<Node> ch) { return new DoWhile((Block) ch.get(0), (Cond) ch.get(1)); }
  }

  /** A {@code switch} over a counter, its cases in order (their bodies fall through unless they break). */
  record Switch(IExpr selector, List<Case> cases) implements Stmt {
    public List<Node> children() {
      List<Node> c = new ArrayList<>(List.of(selector));
      c.addAll(cases);
      return c;
    }

    public Node with(List<Node> c) { return new Switch((IExpr) c.get(0), cast(c.subList(1, c.size()), Case.class)); }
  }

  /** A {@code case} group with its labels ({@code default} when none), its body and whether it ends in a break. */
  record Case(List<Integer> labels, Block body, boolean breaks) implements Node {
    public List<Node> children() { return List.of(body); }
    public Node with(List<Node> c) { return new Case(labels, (Block) c.get(0), breaks); }
  }

  record Break() implements Stmt {}

  record Continue() implements Stmt {}

  record Return(Expr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new Return((Expr) c.get(0)); }
  }

  record ReturnArr(String name) implements Stmt {}

  /** {@code throw new IllegalArgumentException(message + e);}: the failure of an argument check. */
  record Throw(String message, Expr e) implements Stmt {
    public List<Node> children() { return List.of(e); }
    public Node with(List<Node> c) { return new Throw(message, (Expr) c.get(0)); }
  }

  /** {@code return new double[] {elems}}, or {@code return new record(elems)} when {@code record} is not null. */
  record ReturnNew(List<Expr> elems, String record) implements Stmt {
    /** {@code return new double[] {elems}}. */
    ReturnNew(List<Expr> elems) {
      this(elems, null);
    }

    public List<Node> children() { return new ArrayList<>(elems); }
    public Node with(List<Node> c) { return new ReturnNew(cast(c, Expr.class), record); }
  }

  /** Verbatim source (the negative generator's injected construct); {@code marker} records its line. */
  record Raw(String text, boolean marker) implements Stmt {}

  // ---- declarations ----
  /**
   * A double, an array, a matrix, a counter, a record of {@code rows} doubles, or a passive object ({@code O}) of the
   * program's {@link Role#MODEL} class.
   */
  enum Kind { D, A, M, I, R, O }

  /**
   * A parameter; for arrays {@code rows} is the length used at run time, for matrices rows × cols, for records the
   * number of doubles, flattened, and {@code cols} those of the record nested as its second component (0: none).
   */
  record Param(Kind kind, String name, boolean noDeriv, int rows, int cols) {}

  /**
   * What a method is to nabla: {@code @Differentiable}, a plain private helper that nabla inlines unannotated, or a
   * static helper with {@code @DerivativeOf} rules (one per parameter, its body's exact partials) that nabla calls as
   * written, or the method {@code eval(a)} of a passive class of that name with a final field {@code b}, whose rule
   * takes the receiver first.
   */
  enum Role { DIFFERENTIABLE, PLAIN, RULED, MODEL }

  /** A method of the role given, static or an instance method of the generated class ({@code instance}). */
  record Method(String name, List<Param> params, boolean vector, Role role, boolean instance, Block body)
      implements Node {
    /** A static {@code @Differentiable} method. */
    Method(String name, List<Param> params, boolean vector, Block body) {
      this(name, params, vector, Role.DIFFERENTIABLE, false, body);
    }

    boolean plain() {
      return role == Role.PLAIN;
    }

    public List<Node> children() { return List.of(body); }
    public Node with(List<Node> c) { return new Method(name, params, vector, role, instance, (Block) c.get(0)); }
  }

  /**
   * A final instance field of the generated class, a double or ({@code array}) a double[], private when
   * {@code hidden}, set by the class's constructor.
   */
  record Field(String name, boolean array, boolean hidden, List<Double> values) {}

  /**
   * The methods of one program; the last is the entry point the fuzzer checks, the others are helpers it calls; the
   * fields an instance entry point reads.
   */
  record Program(int id, List<Method> methods, List<Field> fields) implements Node {
    /** A program without fields. */
    Program(int id, List<Method> methods) {
      this(id, methods, List.of());
    }

    public List<Node> children() { return new ArrayList<>(methods); }
    public Node with(List<Node> c) { return new Program(id, cast(c, Method.class), fields); }

    Method main() {
      return methods.get(methods.size() - 1);
    }

    Method method(String name) {
      for (Method m : methods) {
        if (m.name().equals(name)) {
          return m;
        }
      }
      throw new IllegalArgumentException("no method " + name);
    }
  }

  static <T> List<T> cast(List<Node> c, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Node n : c) {
      out.add(type.cast(n));
    }
    return List.copyOf(out);
  }
}
