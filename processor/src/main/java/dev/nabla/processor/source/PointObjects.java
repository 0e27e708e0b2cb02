package dev.nabla.processor.source;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import javax.lang.model.element.TypeElement;

/**
 * The variables of point object types ({@link PointRecords}) during lowering: each is its parts, held as variables
 * named by their paths ({@code pose.position.x}), so that reading a part is reading a variable. In a method of a point
 * type inlined on a point, the receiver is the object {@code this}, whose fields the method may also name alone.
 */
final class PointObjects {
  private final Variables vars;
  private final Trees trees;
  private Map<String, TypeElement> objects = new HashMap<>();

  PointObjects(Variables vars, Trees trees) {
    this.vars = vars;
    this.trees = trees;
  }

  /** Declares {@code name}, of the point type {@code type}: each part gets the value {@code part} gives its path. */
  void declare(String name, TypeElement type, BiFunction<String, Type, Value> part) {
    objects.put(name, type);
    for (PointRecords.Part p : PointRecords.parts(type)) {
      String path = name + "." + p.name();
      if (p.nested() != null) {
        declare(path, p.nested(), part);
      } else {
        vars.declare(path, p.type(), part.apply(path, p.type()));
      }
    }
  }

  /** The point type of the object at {@code path}, or null when the path is a part of type double or an array. */
  TypeElement type(String path) {
    return objects.get(path);
  }

  /**
   * The path that {@code e} reads: a variable of a point type, or a part of one read through its accessor
   * ({@code p.x()}) or field ({@code p.x}), or, in a method of a point type inlined on a point, by its simple name
   * ({@code x}, {@code x()}); null when {@code e} is anything else.
   */
  String path(ExpressionTree e) {
    ExpressionTree t = Syntax.strip(e);
    String call = "";
    if (t instanceof MethodInvocationTree invocation && invocation.getArguments().isEmpty()) {
      t = invocation.getMethodSelect();
      call = "()";
    }
    if (t instanceof IdentifierTree id) {
      String name = id.getName().toString();
      if (call.isEmpty() && vars.has(name)) {
        return null;
      }
      if (call.isEmpty() && objects.containsKey(name)) {
        return name;
      }
      TypeElement self = objects.get(PassiveObjects.THIS);
      return self != null && part(self, "." + name + call) ? PassiveObjects.THIS + "." + name : null;
    }
    if (!(t instanceof MemberSelectTree select)) {
      return null;
    }
    String owner = path(select.getExpression());
    TypeElement type = owner == null ? null : objects.get(owner);
    if (type == null) {
      return null;
    }
    return part(type, "." + select.getIdentifier() + call) ? owner + "." + select.getIdentifier() : null;
  }

  /**
   * Whether {@code selector} reads a part of the point type {@code type}: as its declared selector does, or as a
   * record's field, which Java lets the record's own code read, where that is the value its accessor gives.
   */
  private boolean part(TypeElement type, String selector) {
    return PointRecords.parts(type).stream().anyMatch(p -> p.selector().equals(selector)
        || selector.equals("." + p.name()) && PointRecords.accessorReadsField(type, p.name(), trees));
  }

  /**
   * Whether {@code call} is made on the point receiver {@code this} by the method's simple name: {@code norm()} for an
   * instance method of the receiver's type, in a method of a point type inlined on a point.
   */
  boolean onPointReceiver(MethodInvocationTree call) {
    TypeElement self = objects.get(PassiveObjects.THIS);
    return self != null && call.getMethodSelect() instanceof IdentifierTree id
        && !PassiveObjects.instanceMethods(self, id.getName().toString()).isEmpty();
  }

  /** The paths of the double and array parts of the object at {@code path}, in order, nested ones depth-first. */
  List<String> parts(String path) {
    List<String> parts = new ArrayList<>();
    for (PointRecords.Part p : PointRecords.parts(objects.get(path))) {
      String part = path + "." + p.name();
      if (p.nested() != null) {
        parts.addAll(parts(part));
      } else {
        parts.add(part);
      }
    }
    return parts;
  }

  /** Starts an empty scope for an inlined callee's body, returning the caller's objects. */
  Map<String, TypeElement> enter() {
    Map<String, TypeElement> caller = objects;
    objects = new HashMap<>();
    return caller;
  }

  void restore(Map<String, TypeElement> caller) {
    objects = caller;
  }
}
