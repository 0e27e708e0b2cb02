package dev.nabla.processor.source;

import dev.nabla.processor.ir.Type;
import dev.nabla.processor.ir.Value;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * The variables in scope during lowering, each with its current value and declared type, among them the hidden ones
 * that lowering adds, whose names start with {@code $}: the pending jump, the result and temporaries.
 */
final class Variables {
  private Map<String, Value> values = new LinkedHashMap<>();
  private Map<String, Type> types = new HashMap<>();
  private int hidden;
  /** The class each object value's fields and methods are looked up in: the receiver's, a passive parameter's. */
  private final Map<Value, TypeElement> classes = new HashMap<>();

  /** The variables as they were at some point, to return to. */
  record Saved(Map<String, Value> values, Map<String, Type> types) {}

  Value get(String name) {
    return values.get(name);
  }

  boolean has(String name) {
    return values.containsKey(name);
  }

  /** The type a variable was declared with; null for {@code var} and hidden variables. */
  Type type(String name) {
    return types.get(name);
  }

  void declare(String name, Type type, Value value) {
    types.put(name, type);
    values.put(name, value);
  }

  /** Declares {@code name}, an object of class {@code cls} that the method reads without differentiating it. */
  void declareObject(String name, Value value, TypeElement cls) {
    declare(name, Type.OBJECT, value);
    classes.put(value, cls);
  }

  /** Notes that {@code value}, an object that no variable holds (one in a field), is of class {@code cls}. */
  void noteClass(Value value, TypeElement cls) {
    classes.put(value, cls);
  }

  /** The class of an object value, or null for a value that is none. */
  TypeElement classOf(Value value) {
    return classes.get(value);
  }

  void set(String name, Value value) {
    values.put(name, value);
  }

  Value remove(String name) {
    return values.remove(name);
  }

  /** The current value of each variable, in order of declaration; branches lower each side on a copy. */
  Map<String, Value> values() {
    return values;
  }

  void replace(Map<String, Value> values) {
    this.values = values;
  }

  /** A copy of the variables, to discard what code lowered only for its errors did to them. */
  Saved copy() {
    return new Saved(new LinkedHashMap<>(values), new HashMap<>(types));
  }

  /** Starts an empty scope for an inlined callee's body, returning the caller's variables. */
  Saved enter() {
    Saved caller = new Saved(values, types);
    values = new LinkedHashMap<>();
    types = new HashMap<>();
    return caller;
  }

  void restore(Saved saved) {
    values = saved.values();
    types = saved.types();
  }

  /** Runs {@code body} in a nested scope: variables it declares are forgotten afterwards. */
  void scoped(Runnable body) {
    Set<String> outer = new HashSet<>(values.keySet());
    body.run();
    values.keySet().retainAll(outer);
  }

  /** A new hidden variable's name, unique within the method. */
  String hidden(String what) {
    return "$" + what + hidden++;
  }

  /** A variable as the user knows it; hidden variables by what they stand for. */
  static String describe(String name) {
    return name.startsWith("$choice") ? "the result of ?:" : name;
  }

  /** The name of a variable's slot: its own, or for a hidden variable what it stands for. */
  static String hint(String name) {
    return name.startsWith("$") ? name.substring(1).replaceAll("[0-9]", "") : name;
  }
}
