package dev.nabla.processor.ir;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds IR one statement at a time, simplifying as it goes: it folds constants, applies the algebraic identities that
 * hold bit for bit in IEEE arithmetic, drops {@linkplain #zero() structural zeros} and reuses an equal pure value
 * already visible in an enclosing block (common-subexpression elimination).
 */
public final class Builder {
  private final Deque<Frame> frames = new ArrayDeque<>();
  private final Map<Value, Object> constants = new LinkedHashMap<>();
  private final Map<Value, Stmt.Let> definitions = new HashMap<>();
  private final Set<Value> immutableArrays = new HashSet<>();
  private final Set<Value> structuralZeros = new HashSet<>();
  private final List<Type> parameterTypes = new ArrayList<>();
  private int nextId;
  private Origin origin = Origin.NONE;

  private static final class Frame {
    final List<Stmt> stmts = new ArrayList<>();
    final Map<List<Object>, Value> available = new HashMap<>();
  }

  public Builder() {
    frames.push(new Frame());
  }

  /** The source position attached to the statements built now. */
  public Origin origin() {
    return origin;
  }

  /** Sets the source position attached to the statements built from now on. */
  public Origin origin(Origin newOrigin) {
    Origin old = origin;
    origin = newOrigin;
    return old;
  }

  // ---- values ----

  public Value param(int index, Type type, String hint) {
    while (parameterTypes.size() <= index) {
      parameterTypes.add(null);
    }
    parameterTypes.set(index, type);
    Value v = define(type, hint, new Op.Param(index), List.of());
    if (type.isArray()) {
      immutableArrays.add(v);
    }
    return v;
  }

  public Value constant(double d) {
    return constantOf(Type.DOUBLE, d);
  }

  public Value constant(int i) {
    return constantOf(Type.INT, i);
  }

  public Value constant(boolean b) {
    return constantOf(Type.BOOLEAN, b);
  }

  public Value one() {
    return constant(1.0);
  }

  /**
   * The structural zero: a derivative (tangent, adjoint or partial) that is zero by construction, as JAX's symbolic
   * zero. Unlike the literal {@code 0.0} it is dropped from sums and absorbs products and quotients ({@code z·∞ = z}),
   * so derivative code does no work for it; it is never the value of the user's code.
   */
  public Value zero() {
    if (structuralZeros.isEmpty()) {
      Value z = new Value(nextId++, Type.DOUBLE, "zero");
      constants.put(z, 0.0);
      structuralZeros.add(z);
    }
    return structuralZeros.iterator().next();
  }

  /**
   * The chain rule's product ∂·d of a partial derivative and a tangent or an adjoint d. It is derivative code, so a
   * partial that is a constant zero (of either sign: the partial of {@code x * 0.0} along x) contributes the
   * structural zero, as a zero tangent does.
   */
  public Value chained(Value partial, Value derivative) {
    return prim(Primitive.MUL, isConstant(partial, 0) ? zero() : partial, derivative);
  }

  /** Whether a value is the {@linkplain #zero() structural zero}. */
  private boolean isStructuralZero(Value v) {
    return structuralZeros.contains(v);
  }

  /** A constant of the given type; numbers are converted to it. */
  public Value constantOf(Type type, Object value) {
    Object v = switch (type) {
      case DOUBLE -> ((Number) value).doubleValue();
      case INT -> ((Number) value).intValue();
      case LONG -> ((Number) value).longValue();
      case BOOLEAN -> (Boolean) value;
      case DOUBLE_ARRAY, DOUBLE_MATRIX -> NULL;
      default -> throw new IllegalArgumentException("no constants of type " + type);
    };
    for (Map.Entry<Value, Object> e : constants.entrySet()) {
      if (e.getKey().type() == type && e.getValue().equals(v) && !structuralZeros.contains(e.getKey())) {
        return e.getKey();
      }
    }
    Value c = new Value(nextId++, type, "c");
    constants.put(c, v);
    return c;
  }

  /** The constant a value stands for, or null. */
  public Object constantValue(Value v) {
    return constants.get(v);
  }

  /** The constant standing for {@code null} of an array type (an array variable not yet assigned). */
  public static final Object NULL = new Object() {
    @Override
    public String toString() {
      return "null";
    }
  };

  private boolean isConstant(Value v, double d) {
    Object c = constants.get(v);
    return c instanceof Number n && !(c instanceof Double && Double.isNaN(n.doubleValue())) && n.doubleValue() == d;
  }

  /** Whether a value is a constant whose value as a double has the bits of {@code d} (a literal, not structural). */
  private boolean hasBits(Value v, double d) {
    return constants.get(v) instanceof Number n && !structuralZeros.contains(v)
        && Double.doubleToRawLongBits(n.doubleValue()) == Double.doubleToRawLongBits(d);
  }

  /** Whether {@code x + v} is {@code x} for every x of the type: −0.0 in double arithmetic (not +0.0), 0 in integer. */
  private boolean addsNothing(Value v, Type type) {
    return type == Type.DOUBLE ? hasBits(v, -0.0) : isConstant(v, 0);
  }

  /** Whether {@code x − v} is {@code x} for every x of the type: +0.0 in double arithmetic (not −0.0), 0 in integer. */
  private boolean subtractsNothing(Value v, Type type) {
    return type == Type.DOUBLE ? hasBits(v, 0.0) : isConstant(v, 0);
  }

  /** The statement that defines a value, or null for constants. */
  public Stmt.Let definition(Value v) {
    return definitions.get(v);
  }

  public Value prim(Primitive p, Value... args) {
    return prim(p, MathLibrary.MATH, Arrays.asList(args));
  }

  /**
   * Applies a primitive, folding and simplifying where the result is known without computing it: only for the JDK's
   * libraries, whose results the table knows.
   */
  public Value prim(Primitive p, MathLibrary library, List<Value> args) {
    Type type = p.resultType(args.stream().map(Value::type).toList());
    Value known = library.isJdk() ? simplified(p, library, args, type) : null;
    if (known != null) {
      return known;
    }
    List<Object> key = new ArrayList<>(List.of(p, library));
    key.addAll(args);
    return shared(key, () -> define(type, hintFor(p, args), new Op.Prim(p, library), args));
  }

  /** The value of {@code p(args)} by its definition, folded or by an identity, or null to compute it. */
  private Value simplified(Primitive p, MathLibrary library, List<Value> args, Type type) {
    Value defined = p.definition(this, args);
    if (defined != null) {
      return defined;
    }
    Value dropped = structuralZeroDropped(p, args, type);
    if (dropped != null) {
      return dropped;
    }
    List<Object> known = new ArrayList<>();
    for (Value a : args) {
      known.add(constants.get(a));
    }
    if (!known.contains(null) && library.foldsAsMath(p)) {
      Object folded = p.fold(known, type);
      if (folded != null) {
        return constantOf(type, folded);
      }
    }
    Value simpler = identity(p, args, type);
    return simpler == null && type == Type.DOUBLE ? negationMovedOut(p, args) : simpler;
  }

  private String hintFor(Primitive p, List<Value> args) {
    return p.isCall() ? p.symbol() : "t";
  }

  /**
   * The result of an operation on a {@linkplain #zero() structural zero}, by the convention of derivative code: the
   * zero is dropped from a sum, and a product or a quotient of it is the zero whatever the other operand, even an
   * infinity or NaN. Null when no operand is one.
   */
  private Value structuralZeroDropped(Primitive p, List<Value> a, Type type) {
    if (a.stream().noneMatch(structuralZeros::contains)) {
      return null;
    }
    Value first = a.get(0);
    return switch (p) {
      case ADD -> convert(isStructuralZero(first) ? a.get(1) : first, type);
      case SUB -> isStructuralZero(a.get(1)) ? convert(first, type) : prim(Primitive.NEG, convert(a.get(1), type));
      case MUL -> zero();
      case DIV, NEG -> isStructuralZero(first) ? first : null;
      default -> null;
    };
  }

  /** The identities that hold bit for bit in IEEE arithmetic (and in Java's integer arithmetic). */
  private Value identity(Primitive p, List<Value> a, Type type) {
    switch (p) {
      case ADD:
        return addsNothing(a.get(0), type) ? convert(a.get(1), type)
            : addsNothing(a.get(1), type) ? convert(a.get(0), type) : null;
      case SUB:
        if (subtractsNothing(a.get(1), type)) {
          return convert(a.get(0), type);
        }
        return addsNothing(a.get(0), type) ? prim(Primitive.NEG, convert(a.get(1), type)) : null;
      case MUL:
        for (int i = 0; i < 2; i++) {
          Value other = convert(a.get(1 - i), type);
          if (isConstant(a.get(i), 1)) {
            return other;
          }
          if (type != Type.DOUBLE && isConstant(a.get(i), 0)) {
            return constantOf(type, 0);
          }
          if (isConstant(a.get(i), -1)) {
            return prim(Primitive.NEG, other);
          }
        }
        return null;
      case DIV:
        if (isConstant(a.get(1), 1)) {
          return convert(a.get(0), type);
        }
        return type == Type.DOUBLE && isConstant(a.get(1), -1) ? prim(Primitive.NEG, a.get(0)) : null;
      case NEG:
      case NOT:
        Stmt.Let d = definitions.get(a.get(0));
        return d != null && d.op() instanceof Op.Prim q && q.primitive() == p ? d.args().get(0) : null;
      case POW:
        if (isConstant(a.get(1), 1)) {
          return a.get(0);
        }
        return isConstant(a.get(1), 2) ? prim(Primitive.MUL, a.get(0), a.get(0)) : null;
      case SELECT:
        Object c = constants.get(a.get(0));
        if (c != null) {
          return (Boolean) c ? a.get(1) : a.get(2);
        }
        return a.get(1).equals(a.get(2)) ? a.get(1) : null;
      case AND:
      case OR:
        for (int i = 0; i < 2; i++) {
          Object k = constants.get(a.get(i));
          if (k != null) {
            boolean absorbing = p == Primitive.OR;
            return (Boolean) k == absorbing ? a.get(i) : a.get(1 - i);
          }
        }
        return null;
      case MAX:
        return type != Type.DOUBLE && isLength(a.get(0)) && isConstant(a.get(1), 0) ? a.get(0) : null;
      case TO_DOUBLE:
        return a.get(0).type() == Type.DOUBLE ? a.get(0) : null;
      case TO_INT:
        return a.get(0).type() == Type.INT ? a.get(0) : null;
      case TO_LONG:
        return a.get(0).type() == Type.LONG ? a.get(0) : null;
      default:
        return null;
    }
  }

  /**
   * Moves a negated operand out of the operation, toward an addition that absorbs it: a + (−b) = a − b,
   * a − (−b) = a + b, a·(−b) = −(a·b), (−a)/b = −(a/b), c·(−b) = (−c)·b for a constant c. Each identity is exact in
   * IEEE arithmetic, and it saves the negations reverse mode makes of subtractions' adjoints.
   */
  private Value negationMovedOut(Primitive p, List<Value> a) {
    Value x = a.get(0);
    Value y = a.size() > 1 ? a.get(1) : null;
    Value negX = negated(x);
    Value negY = y == null ? null : negated(y);
    switch (p) {
      case ADD:
        return negY != null ? prim(Primitive.SUB, x, negY) : negX != null ? prim(Primitive.SUB, y, negX) : null;
      case SUB:
        return negY != null ? prim(Primitive.ADD, x, negY) : null;
      case MUL:
        if (negX != null && negY != null) {
          return prim(Primitive.MUL, negX, negY);
        }
        for (int i = 0; i < 2; i++) {
          Value neg = i == 0 ? negY : negX;
          Value other = i == 0 ? x : y;
          if (neg != null) {
            return constants.get(other) instanceof Double c ? prim(Primitive.MUL, constant(-c), neg)
                : prim(Primitive.NEG, prim(Primitive.MUL, i == 0 ? List.of(x, neg) : List.of(neg, y)));
          }
        }
        return null;
      case DIV:
        if (negX != null && negY != null) {
          return prim(Primitive.DIV, negX, negY);
        }
        return negX != null ? prim(Primitive.NEG, prim(Primitive.DIV, negX, y))
            : negY != null ? prim(Primitive.NEG, prim(Primitive.DIV, x, negY)) : null;
      default:
        return null;
    }
  }

  /** Whether a value is an array's length, which is never negative. */
  private boolean isLength(Value v) {
    Stmt.Let d = definitions.get(v);
    return d != null && d.op() instanceof Op.Length;
  }

  /** b when {@code v} is −b, else null. */
  private Value negated(Value v) {
    Stmt.Let d = definitions.get(v);
    return d != null && d.op() instanceof Op.Prim q && q.primitive() == Primitive.NEG ? d.args().get(0) : null;
  }

  private Value prim(Primitive p, List<Value> args) {
    return prim(p, MathLibrary.MATH, args);
  }

  /** Converts a numeric value to a wider type the way Java's promotion would. */
  public Value convert(Value v, Type type) {
    if (v.type() == type) {
      return v;
    }
    return switch (type) {
      case DOUBLE -> prim(Primitive.TO_DOUBLE, v);
      case LONG -> prim(Primitive.TO_LONG, v);
      case INT -> prim(Primitive.TO_INT, v);
      default -> throw new IllegalArgumentException("cannot convert " + v.type() + " to " + type);
    };
  }

  public Value load(Slot slot) {
    return define(slot.type(), slot.hint(), new Op.Load(slot), List.of());
  }

  /** Reads {@code field}, of {@code type}: a static one ({@code object} empty) or one of the object {@code object}. */
  public Value field(Type type, Op.Field field, List<Value> object) {
    Value v = shared(List.of("field", field.owner(), field.name(), object),
        () -> define(type, field.name(), field, object));
    if (type.isArray()) {
      immutableArrays.add(v);
    }
    return v;
  }

  /**
   * Reads the final instance field {@code field} of {@code object} as {@link #field} does, once for the whole function
   * when {@code object} is defined in its outermost block: there, before the statement being built, shared by every
   * later read. A loop then reads a local, as hand-written code does, rather than the field, which the JIT does not
   * hoist out of a loop that writes an array when it is read through a handle.
   */
  public Value finalField(Type type, Op.Field field, Value object) {
    Frame outermost = frames.getLast();
    if (!outermost.stmts.contains(definitions.get(object))) {
      return field(type, field, List.of(object));
    }
    List<Object> key = List.of("field", field.owner(), field.name(), List.of(object));
    Value v = outermost.available.get(key);
    if (v == null) {
      v = define(outermost, type, field.name(), field, List.of(object));
      outermost.available.put(key, v);
      if (type.isArray()) {
        immutableArrays.add(v);
      }
    }
    return v;
  }

  /** Reads an element; loads of arrays that never change are shared. */
  public Value arrayLoad(Value array, List<Value> index) {
    Type type = array.type() == Type.DOUBLE_MATRIX && index.size() == 1 ? Type.DOUBLE_ARRAY : Type.DOUBLE;
    String hint = definitions.containsKey(array) ? array.hint() : "a";
    if (!immutableArrays.contains(array)) {
      return define(type, hint, new Op.ArrayLoad(), cons(array, index));
    }
    List<Object> key = new ArrayList<>(List.of("aload", array));
    key.addAll(index);
    return shared(key, () -> define(type, hint, new Op.ArrayLoad(), cons(array, index)));
  }

  /** {@code array.length}, or {@code array[row].length} when {@code row} is given; known for fixed-size arrays. */
  public Value length(Value array, Value row) {
    Stmt.Let d = definitions.get(array);
    if (d != null && d.op() instanceof Op.NewArray) {
      Value dim = d.args().get(row == null ? 0 : 1);
      if (constants.containsKey(dim)) {
        return dim;
      }
    }
    List<Value> args = row == null ? List.of(array) : List.of(array, row);
    List<Object> key = new ArrayList<>(List.of("length"));
    key.addAll(args);
    return shared(key, () -> define(Type.INT, array.hint() + "Length", new Op.Length(), args));
  }

  public Value newArray(Type type, List<Value> dimensions, String hint) {
    return define(type, hint, new Op.NewArray(), dimensions);
  }

  /** A value computed by Java text kept as written ({@link Op.Passive}): never folded nor shared. */
  public Value passive(Type type, JavaText text, String hint) {
    return define(type, hint, new Op.Passive(text.pieces()), text.args());
  }

  /** The tape's size now ({@link Op.TapeSize}): never shared, as each reads the tape at its own point. */
  public Value tapeSize() {
    return define(Type.INT, "tapeSize", new Op.TapeSize(), List.of());
  }

  public Value pop(Value original) {
    return define(original.type(), original.hint(), new Op.Pop(original), List.of());
  }

  private Value shared(List<Object> key, java.util.function.Supplier<Value> make) {
    for (Frame f : frames) {
      Value v = f.available.get(key);
      if (v != null) {
        return v;
      }
    }
    Value v = make.get();
    frames.peek().available.put(key, v);
    return v;
  }

  private Value define(Type type, String hint, Op op, List<Value> args) {
    return define(frames.peek(), type, hint, op, args);
  }

  private Value define(Frame frame, Type type, String hint, Op op, List<Value> args) {
    Value v = new Value(nextId++, type, hint);
    Stmt.Let let = new Stmt.Let(v, op, args, origin);
    definitions.put(v, let);
    frame.stmts.add(let);
    return v;
  }

  /** Gives a value defined by the last statement of the current block a readable name; returns the renamed value. */
  public Value rename(Value v, String hint) {
    List<Stmt> stmts = frames.peek().stmts;
    if (stmts.isEmpty() || !(stmts.get(stmts.size() - 1) instanceof Stmt.Let let) || !let.result().equals(v)
        || let.op() instanceof Op.Param) {
      return v;
    }
    Value renamed = new Value(v.id(), v.type(), hint);
    Stmt.Let replaced = new Stmt.Let(renamed, let.op(), let.args(), let.origin());
    stmts.set(stmts.size() - 1, replaced);
    definitions.put(renamed, replaced);
    return renamed;
  }

  private static List<Value> cons(Value head, List<Value> tail) {
    List<Value> l = new ArrayList<>();
    l.add(head);
    l.addAll(tail);
    return l;
  }

  // ---- statements ----

  public Slot slot(Type type, String hint) {
    return new Slot(nextId++, type, hint);
  }

  public void store(Slot slot, Value value) {
    emit(new Stmt.Store(slot, value, origin));
  }

  public void arrayStore(Value array, List<Value> index, Value value) {
    emit(new Stmt.ArrayStore(array, index, value, origin));
  }

  public void arrayAdd(Value array, List<Value> index, Value value) {
    if (!isConstant(value, 0)) {
      emit(new Stmt.ArrayAdd(array, index, value));
    }
  }

  public void emit(Stmt s) {
    frames.peek().stmts.add(s);
  }

  /** How many statements the current block holds, counting nested blocks: the measure of unrolled code size. */
  public int currentBlockSize() {
    return Statements.count(frames.peek().stmts);
  }

  /** A conversion defined outside the current block, to be appended to a block already built. */
  public Stmt.Let detachedConversion(Value v, Type type) {
    Primitive p = type == Type.DOUBLE ? Primitive.TO_DOUBLE : type == Type.LONG ? Primitive.TO_LONG : Primitive.TO_INT;
    Value converted = new Value(nextId++, type, v.hint());
    Stmt.Let let = new Stmt.Let(converted, new Op.Prim(p, MathLibrary.MATH), List.of(v), origin);
    definitions.put(converted, let);
    return let;
  }

  /** A read of {@code array[index]} defined outside the current block, to be appended to a block already built. */
  public Stmt.Let detachedArrayLoad(Value array, Value index) {
    Value element = new Value(nextId++, Type.DOUBLE, array.hint());
    Stmt.Let let = new Stmt.Let(element, new Op.ArrayLoad(), List.of(array, index), origin);
    definitions.put(element, let);
    return let;
  }

  /** Starts a nested block: statements go there until {@link #endBlock()}. */
  public void beginBlock() {
    frames.push(new Frame());
  }

  public Block endBlock() {
    return new Block(frames.pop().stmts);
  }

  /** How many blocks are open: the count to go back to with {@link #discardBlocksTo} when lowering gives up. */
  public int openBlocks() {
    return frames.size();
  }

  /** Closes the blocks opened since {@link #openBlocks} returned {@code count}, discarding what they hold. */
  public void discardBlocksTo(int count) {
    while (frames.size() > count) {
      frames.pop();
    }
  }

  /** Emits {@code if}; a constant condition keeps only the branch taken. */
  public void ifThenElse(Value cond, Block then, Block otherwise) {
    Object c = constants.get(cond);
    if (c != null) {
      frames.peek().stmts.addAll(((Boolean) c ? then : otherwise).stmts());
    } else if (!then.stmts().isEmpty() || !otherwise.stmts().isEmpty()) {
      emit(new Stmt.If(cond, then, otherwise));
    }
  }

  /**
   * Emits a loop; one whose condition is the constant false runs its header once and never its body (Java rejects
   * {@code while (false)}, and the body is dead).
   */
  public void whileLoop(Block header, Value cond, Block body) {
    if (Boolean.FALSE.equals(constants.get(cond))) {
      frames.peek().stmts.addAll(header.stmts());
    } else {
      emit(new Stmt.While(header, cond, body));
    }
  }

  /** Emits {@code for (int i = from; i < to; i++) body(i)}. */
  public void countedLoop(Value from, Value to, java.util.function.Consumer<Value> body) {
    Slot index = slot(Type.INT, "i");
    store(index, from);
    beginBlock();
    Value test = prim(Primitive.LT, load(index), to);
    Block header = endBlock();
    beginBlock();
    Value i = load(index);
    body.accept(i);
    store(index, prim(Primitive.ADD, i, constant(1)));
    whileLoop(header, test, endBlock());
  }

  /** Finishes the function; the builder must be at its outermost block. */
  public Function finish(String name) {
    if (frames.size() != 1) {
      throw new IllegalStateException("unclosed blocks");
    }
    return new Function(name, parameterTypes, new Block(frames.peek().stmts), constants, structuralZeros);
  }
}
