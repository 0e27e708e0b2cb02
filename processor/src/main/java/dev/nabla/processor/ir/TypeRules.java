package dev.nabla.processor.ir;

import java.util.List;

/** The types each operation and statement requires of its operands and gives its result: what the verifier checks. */
final class TypeRules {
  private TypeRules() {}

  /** What is wrong with the types of a statement's own operands and result in {@code f}, or null if nothing is. */
  static String mismatch(Function f, Stmt s) {
    if (s instanceof Stmt.Let let) {
      return let(f, let);
    }
    if (s instanceof Stmt.Store st) {
      return expect(st.value(), st.slot().type(), "the stored value of " + st.slot());
    }
    if (s instanceof Stmt.ArrayStore st) {
      return element(st.array(), st.index(), st.value().type());
    }
    if (s instanceof Stmt.ArrayAdd st) {
      return element(st.array(), st.index(), st.value().type());
    }
    if (s instanceof Stmt.If i) {
      return expect(i.cond(), Type.BOOLEAN, "the condition");
    }
    if (s instanceof Stmt.While w) {
      return expect(w.cond(), Type.BOOLEAN, "the condition");
    }
    if (s instanceof Stmt.CheckLength c) {
      String actual = expect(c.actual(), Type.INT, "the actual length");
      return actual != null ? actual : expect(c.expected(), Type.INT, "the expected length");
    }
    return null;
  }

  private static String let(Function f, Stmt.Let let) {
    Op op = let.op();
    Type result = let.result().type();
    List<Value> a = let.args();
    if (op instanceof Op.Param p) {
      Type declared = p.index() < f.parameterTypes().size() ? f.parameterTypes().get(p.index()) : null;
      return expect(let.result(), declared, "parameter " + p.index());
    }
    if (op instanceof Op.Prim p) {
      return primitive(p.primitive(), a, result);
    }
    if (op instanceof Op.Load l) {
      return expect(let.result(), l.slot().type(), "the load of " + l.slot());
    }
    if (op instanceof Op.ArrayLoad) {
      return a.isEmpty() ? "an element read without an array" : element(a.get(0), a.subList(1, a.size()), result);
    }
    if (op instanceof Op.Length) {
      if (a.isEmpty() || !a.get(0).type().isArray() || a.size() > (a.get(0).type() == Type.DOUBLE_MATRIX ? 2 : 1)) {
        return "a length needs an array and, for a matrix row, an index: got " + types(a);
      }
      String row = a.size() == 2 ? expect(a.get(1), Type.INT, "the row") : null;
      return row != null ? row : expect(let.result(), Type.INT, "a length");
    }
    if (op instanceof Op.NewArray) {
      int most = result == Type.DOUBLE_MATRIX ? 2 : result == Type.DOUBLE_ARRAY ? 1 : 0;
      if (a.isEmpty() || a.size() > most || a.stream().anyMatch(d -> d.type() != Type.INT)) {
        return "new " + result.javaName() + " with dimensions " + types(a);
      }
      return null;
    }
    if (op instanceof Op.TapeSize) {
      return expect(let.result(), Type.INT, "the tape's size");
    }
    if (op instanceof Op.Pop p) {
      return expect(let.result(), p.original().type(), "the pop of " + p.original());
    }
    return null;
  }

  private static String primitive(Primitive p, List<Value> a, Type result) {
    if (a.size() != p.arity()) {
      return p + " takes " + p.arity() + " arguments, got " + a.size();
    }
    List<Type> types = a.stream().map(Value::type).toList();
    boolean operandsFit = switch (p) {
      case NOT, AND, OR -> types.stream().allMatch(t -> t == Type.BOOLEAN);
      case EQ, NE -> types.stream().allMatch(Type::isNumeric) || types.stream().allMatch(t -> t == Type.BOOLEAN);
      case SELECT -> types.get(0) == Type.BOOLEAN && types.get(1) == types.get(2);
      default -> types.stream().allMatch(Type::isNumeric);
    };
    if (!operandsFit) {
      return p + " does not apply to " + types;
    }
    Type expected = p.resultType(types);
    return expected == result ? null : p + " of " + types + " gives " + expected.javaName() + ", not "
        + result.javaName();
  }

  /** The element of {@code array} at {@code index} must have type {@code element}. */
  private static String element(Value array, List<Value> index, Type element) {
    int dimensions = array.type() == Type.DOUBLE_MATRIX ? 2 : array.type() == Type.DOUBLE_ARRAY ? 1 : 0;
    if (index.isEmpty() || index.size() > dimensions || index.stream().anyMatch(i -> i.type() != Type.INT)) {
      return "element " + types(index) + " of " + array.type().javaName() + " " + array;
    }
    Type expected = index.size() < dimensions ? Type.DOUBLE_ARRAY : Type.DOUBLE;
    return expected == element ? null : "an element of " + array + " at " + types(index) + " is "
        + expected.javaName() + ", not " + element.javaName();
  }

  private static String expect(Value v, Type type, String what) {
    return v.type() == type ? null : what + " is " + (type == null ? "undeclared" : type.javaName()) + " but "
        + v + " is " + v.type().javaName();
  }

  private static String types(List<Value> values) {
    return values.stream().map(v -> v.type().javaName()).toList().toString();
  }
}
