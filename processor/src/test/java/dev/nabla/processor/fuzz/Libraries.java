package dev.nabla.processor.fuzz;

import dev.nabla.SpecialFunctions;
import dev.nabla.processor.ir.MathLibrary;
import dev.nabla.processor.ir.Primitive;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.hipparchus.util.FastMath;

/**
 * The math classes the fuzzer's programs call ({@code Math}, {@code FastMath}, and the runtime's
 * {@code SpecialFunctions} for the special functions), looked up by reflection: which functions each has, and their
 * values.
 */
final class Libraries {
  private static final Map<MathLibrary, Class<?>> CLASSES =
      Map.of(MathLibrary.MATH, Math.class, MathLibrary.HIPPARCHUS_FAST_MATH, FastMath.class);
  private static final Map<String, Optional<Method>> FUNCTIONS = new ConcurrentHashMap<>();

  private Libraries() {}

  /** Whether {@code library}'s class has {@code f} as a static method of doubles returning a double. */
  static boolean has(MathLibrary library, Primitive f) {
    return function(library, f).isPresent();
  }

  /** The value {@code library}'s own function {@code f} computes, bit for bit what the compiled program gets. */
  static double value(MathLibrary library, Primitive f, double[] args) {
    try {
      return (double) function(library, f).orElseThrow().invoke(null, Arrays.stream(args).boxed().toArray());
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException(library + "." + f.symbol(), e);
    }
  }

  /**
   * Whether Java calls {@code Math}'s {@code float} overload of {@code f} when its arguments are ints ({@code ulp},
   * {@code nextUp}, {@code copySign}, …: those with a {@code float} overload and no {@code int} one), a call nabla
   * rejects; {@code FastMath} has the same overloads.
   */
  static boolean floatForInts(Primitive f) {
    return overloads(f).stream().anyMatch(p -> p.contains(float.class)) && !takesInts(f);
  }

  /** Whether {@code Math} has an overload of {@code f} for ints ({@code abs}, {@code max}, {@code min}). */
  static boolean takesInts(Primitive f) {
    return overloads(f).stream().anyMatch(p -> p.contains(int.class));
  }

  private static List<List<Class<?>>> overloads(Primitive f) {
    return Arrays.stream(Math.class.getMethods())
        .filter(m -> m.getName().equals(f.symbol()) && m.getParameterCount() == f.arity())
        .map(m -> List.of(m.getParameterTypes())).toList();
  }

  private static Optional<Method> function(MathLibrary library, Primitive f) {
    return FUNCTIONS.computeIfAbsent(library + "." + f, k -> {
      Class<?>[] doubles = new Class<?>[f.arity()];
      Arrays.fill(doubles, double.class);
      try {
        Class<?> owner = f.isMathFunction() ? CLASSES.get(library) : SpecialFunctions.class;
        Method m = owner.getMethod(f.symbol(), doubles);
        return m.getReturnType() == double.class ? Optional.of(m) : Optional.empty();
      } catch (NoSuchMethodException e) {
        return Optional.empty();
      }
    });
  }
}
