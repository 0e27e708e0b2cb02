package dev.nabla.processor;

import dev.nabla.processor.CorpusOracle.Made;
import dev.nabla.processor.CorpusOracle.Row;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * A corpus function called the way an oracle row describes it: the overload its point and held values fit, its
 * receiver, and its arguments made from a point, with point classes (whose state is public {@code double} fields)
 * taking their fields from the point in declaration order, as the contract flattens them. (The corpus has no record
 * of doubles yet; its private component fields would make it a held object here until one is added.)
 */
final class CorpusCall {
  private final Method method;
  private final Object receiver;
  private final List<Object> held;

  private CorpusCall(Method method, Object receiver, List<Object> held) {
    this.method = method;
    this.receiver = receiver;
    this.held = held;
  }

  /** The call of {@code row}'s function among the classes {@code loader} compiled from the row's directory. */
  static CorpusCall of(ClassLoader loader, Row row) throws ReflectiveOperationException {
    String className = CorpusTest.classNameOf(row.file());
    String pkg = className.substring(0, className.lastIndexOf('.') + 1);
    Made made = row.held().receiver();
    Object receiver = made == null ? null : make(loader, pkg, made);
    Class<?> owner = receiver == null ? loader.loadClass(className) : receiver.getClass();
    List<Method> fitting = Arrays.stream(owner.getDeclaredMethods())
        .filter(m -> m.getName().equals(row.method()) && Modifier.isStatic(m.getModifiers()) == (receiver == null)
            && fits(m.getParameterTypes(), row.point().length, row.held().arguments().size()))
        .toList();
    if (fitting.size() != 1) {
      throw new IllegalArgumentException(row.file() + "#" + row.method() + ": " + fitting.size() + " overloads fit");
    }
    List<Object> held = new ArrayList<>();
    Iterator<Object> given = row.held().arguments().iterator();
    for (Class<?> type : fitting.get(0).getParameterTypes()) {
      if (!isPointPart(type)) {
        held.add(resolve(loader, pkg, type, given.next()));
      }
    }
    fitting.get(0).setAccessible(true);
    return new CorpusCall(fitting.get(0), receiver, held);
  }

  /** The overload the row's point and held values fit. */
  Method method() {
    return method;
  }

  /**
   * The arguments at {@code point}, the receiver first for an instance method (as the generated methods take
   * them): a {@code double} takes one coordinate, a point class as many as it has fields, and the
   * {@code double[]} parameters share the rest in equal parts, in order.
   */
  Object[] arguments(double[] point) {
    Class<?>[] types = method.getParameterTypes();
    int arrays = (int) Arrays.stream(types).filter(double[].class::equals).count();
    int length = arrays == 0 ? 0 : (point.length - fixedCoordinates(types)) / arrays;
    List<Object> args = new ArrayList<>();
    if (receiver != null) {
      args.add(receiver);
    }
    Iterator<Object> passive = held.iterator();
    int at = 0;
    for (Class<?> type : types) {
      if (type == double.class) {
        args.add(point[at++]);
      } else if (type == double[].class) {
        args.add(Arrays.copyOfRange(point, at, at + length));
        at += length;
      } else if (isPointPart(type)) {
        args.add(point(type, Arrays.copyOfRange(point, at, at + fields(type).size())));
        at += fields(type).size();
      } else {
        args.add(passive.next());
      }
    }
    return args.toArray();
  }

  /** The function's value(s) at {@code point}: a returned object gives its instance fields in declaration order. */
  double[] values(double[] point) {
    return valuesOf(arguments(point));
  }

  /** The function's value(s) for {@link #arguments(double[]) arguments} made from a point, flattened likewise. */
  double[] valuesOf(Object[] args) {
    Object[] parameters = receiver == null ? args : Arrays.copyOfRange(args, 1, args.length);
    try {
      return flatten(method.invoke(receiver, parameters));
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double[] flatten(Object value) throws IllegalAccessException {
    if (value instanceof Double d) {
      return new double[] {d};
    }
    if (value instanceof double[] v) {
      return v;
    }
    if (value instanceof double[][] m) {
      return Reflect.flatten(m);
    }
    List<Field> fields = fields(value.getClass());
    double[] values = new double[fields.size()];
    for (int i = 0; i < values.length; i++) {
      fields.get(i).setAccessible(true);
      values[i] = fields.get(i).getDouble(value);
    }
    return values;
  }

  private static boolean fits(Class<?>[] types, int coordinates, int heldArguments) {
    int arrays = (int) Arrays.stream(types).filter(double[].class::equals).count();
    int rest = coordinates - fixedCoordinates(types);
    long passive = Arrays.stream(types).filter(t -> !isPointPart(t)).count();
    return passive == heldArguments && (arrays == 0 ? rest == 0 : rest >= 0 && rest % arrays == 0);
  }

  private static int fixedCoordinates(Class<?>[] types) {
    return Arrays.stream(types).mapToInt(t -> t == double.class ? 1 : t == double[].class || !isPointPart(t) ? 0
        : fields(t).size()).sum();
  }

  /** Whether a parameter of this type is part of the point: a double, an array of doubles, or a point class. */
  private static boolean isPointPart(Class<?> type) {
    return type == double.class || type == double[].class
        || !type.isEnum() && !fields(type).isEmpty()
        && fields(type).stream().allMatch(f -> f.getType() == double.class && Modifier.isPublic(f.getModifiers()));
  }

  /** The instance fields of a class and its superclasses, each class's in declaration order, superclasses first. */
  private static List<Field> fields(Class<?> type) {
    List<Field> fields = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      fields.addAll(0, Arrays.stream(c.getDeclaredFields()).filter(f -> !Modifier.isStatic(f.getModifiers()))
          .toList());
    }
    return fields;
  }

  /** A point class made by its constructor of one {@code double} per field, checked to set them in order. */
  private static Object point(Class<?> type, double[] coordinates) {
    try {
      Class<?>[] doubles = new Class<?>[coordinates.length];
      Arrays.fill(doubles, double.class);
      Constructor<?> constructor = type.getDeclaredConstructor(doubles);
      constructor.setAccessible(true);
      Object point = constructor.newInstance(Arrays.stream(coordinates).boxed().toArray());
      if (!Arrays.equals(flatten(point), coordinates)) {
        throw new IllegalStateException(type + "'s constructor does not take its fields in declaration order");
      }
      return point;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type + " made from its fields", e);
    }
  }

  /** A held value as an argument of {@code type}: an enum constant's name, an object to make, or a boxed value. */
  private static Object resolve(ClassLoader loader, String pkg, Class<?> type, Object value)
      throws ReflectiveOperationException {
    if (type.isEnum() && value instanceof String name) {
      return Arrays.stream(type.getEnumConstants()).filter(c -> ((Enum<?>) c).name().equals(name)).findFirst()
          .orElseThrow();
    }
    return value instanceof Made made ? make(loader, pkg, made) : value;
  }

  private static Object make(ClassLoader loader, String pkg, Made made) throws ReflectiveOperationException {
    Class<?> type = loader.loadClass(pkg + made.className());
    for (Constructor<?> c : type.getDeclaredConstructors()) {
      Class<?>[] types = c.getParameterTypes();
      if (types.length == made.arguments().size()) {
        Object[] args = new Object[types.length];
        boolean fits = true;
        for (int i = 0; i < types.length && fits; i++) {
          args[i] = resolve(loader, pkg, types[i], made.arguments().get(i));
          fits = box(types[i]).isInstance(args[i]);
        }
        if (fits) {
          c.setAccessible(true);
          return c.newInstance(args);
        }
      }
    }
    throw new IllegalArgumentException("no constructor of " + type + " takes " + made.arguments());
  }

  private static Class<?> box(Class<?> type) {
    return type == double.class ? Double.class : type == int.class ? Integer.class : type == boolean.class
        ? Boolean.class : type;
  }
}
