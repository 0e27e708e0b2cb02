package dev.nabla.processor.ir;

/**
 * The class whose static method a {@code Math} function's call names, which the generated code calls in turn, so that
 * primal values are bit for bit those of the user's method. Only {@code java.lang.Math}'s results are known to nabla:
 * the other classes' calls are never folded or rewritten, and derivative rules call {@code Math}.
 */
public enum MathLibrary {
  MATH("java.lang.Math", "Math"),
  STRICT_MATH("java.lang.StrictMath", "StrictMath"),
  HIPPARCHUS_FAST_MATH("org.hipparchus.util.FastMath", "org.hipparchus.util.FastMath"),
  COMMONS_MATH3_FAST_MATH("org.apache.commons.math3.util.FastMath", "org.apache.commons.math3.util.FastMath");

  private final String qualifiedName;
  private final String spelling;

  MathLibrary(String qualifiedName, String spelling) {
    this.qualifiedName = qualifiedName;
    this.spelling = spelling;
  }

  /** The library of this qualified class name, or null for a class that is not one. */
  public static MathLibrary named(String qualifiedName) {
    for (MathLibrary l : values()) {
      if (l.qualifiedName.equals(qualifiedName)) {
        return l;
      }
    }
    return null;
  }

  /** How generated code names the class: simply for {@code java.lang}, by its qualified name otherwise. */
  public String spelling() {
    return spelling;
  }

  /**
   * Whether a call's value may be folded on constants and rewritten by algebraic identities as {@code Math}'s would
   * be: true for the JDK's classes, whose results nabla's table computes.
   */
  public boolean isJdk() {
    return this == MATH || this == STRICT_MATH;
  }

  /**
   * Whether this library's {@code p} of constants is the table's fold, which computes {@code Math}'s value: for
   * {@code Math}, and for {@code StrictMath} where the two are specified to agree (all but the costly functions).
   * {@code StrictMath}'s transcendental functions are fdlibm's, which differ by an ulp from {@code Math}'s intrinsics
   * at some arguments ({@code sin(0.85)}); they are left to run time.
   */
  public boolean foldsAsMath(Primitive p) {
    return this == MATH || this == STRICT_MATH && !p.isCostly();
  }
}
