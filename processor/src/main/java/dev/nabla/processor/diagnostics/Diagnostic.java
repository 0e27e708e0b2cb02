package dev.nabla.processor.diagnostics;

import javax.tools.Diagnostic.Kind;

/**
 * The catalog of every message the processor reports: a tag, a message template (with {@code %s} arguments) and a
 * suggested fix. Each tag has a section in {@code docs/diagnostics.md}.
 */
public enum Diagnostic {
  NOT_STATIC("not-static", "@Differentiable instance method %s cannot take its receiver as the first parameter of the "
      + "generated methods: %s", "make its class package-private or wider and not generic, or make the method static "
      + "and pass what it reads from the instance as parameters"),
  ABSTRACT("abstract", "@Differentiable method %s has no body to differentiate", "give it a body"),
  LOCAL_CLASS("local-class", "@Differentiable method %s is in a local or anonymous class, which the generated class "
      + "cannot name", "move the method to a top-level or member class (a private nested class is fine)"),
  UNSUPPORTED_TYPE("unsupported-type", "%s has type %s, which nabla cannot differentiate",
      "use double, double[] or double[][] for differentiable values; int, long and boolean for counts and flags"),
  MATRIX_ROW_LENGTH("matrix-row-length", "%s allocates a matrix without its row length; nabla differentiates "
      + "rectangular matrices, whose rows it allocates with the matrix", "give the row length too, new double[n][m] "
      + "(for rows of different lengths, use one double[] per row, or one double[] holding all rows one after the "
      + "other)"),
  UNSUPPORTED_RESULT("unsupported-result", "the result type %s is not supported",
      "return double (a scalar function) or double[] / double[][] (a vector function)"),
  OUTPUT("output", "%s", "mark one double[] parameter of a void method @Output; the method writes its results into "
      + "it"),
  NO_DIFFERENTIABLE_INPUT("no-differentiable-input", "%s has no differentiable input",
      "add a double, double[] or double[][] parameter that is not @NoDerivative"),
  UNSUPPORTED_CALL("unsupported-call",
      "call to %s, which is neither a supported Math function nor a static method with source in this compilation",
      "compute the value outside and pass it as a @NoDerivative parameter; a callee of your own must be static, and "
          + "one compiled earlier also @Differentiable (its source is then stored)"),
  DERIVATIVE_ORDER("derivative-order", "%s has derivatives up to order %d in nabla's table, and this method's "
      + "generated methods need higher ones", "generate first derivatives only with @Differentiable(order = 1) (or "
      + "-Anabla.order=1), or compute the value outside and pass it as a @NoDerivative parameter"),
  NONDETERMINISTIC("nondeterministic", "%s is not deterministic, so it has no derivative",
      "draw random numbers outside and pass them as a @NoDerivative parameter"),
  RECURSION("recursion", "%s calls itself (through %s); recursion cannot be differentiated at compile time",
      "rewrite the recursion as a loop"),
  SIDE_EFFECT("side-effect", "%s writes to %s, which is outside the method",
      "copy the data into a local array (new double[n]) and write to that"),
  POINT_WRITTEN("point-written", "%s writes to %s, a part of the point object %s, which the method may only read",
      "compute the new value in a local variable, or build a new object (new Point(...)) in a local variable"),
  POINT_OBJECT("point-object", "%s uses the point object %s as a whole, but nabla follows a point object only "
      + "through its parts", "read its parts (p.x() of a record, p.x of a public field) and compute with them, or hand "
      + "it to a method of yours that nabla inlines (a helper taking its type, or its own method, p.norm()); return it "
      + "as new Point(...), a parameter or a local variable"),
  POINT_ACCESSOR("point-accessor", "%s is a point record whose accessor %s() is written out to return other than its "
      + "component; nabla reads a record point through its accessors, so the derivatives would be with respect to what "
      + "the accessor returns, not to the component", "let the accessor return its field (give the computed value a "
      + "method of another name), or mark the parameter @NoDerivative to pass the record through as data"),
  FIELD_WRITE("field-write", "%s writes the field %s of an object the method reads; the fields of the receiver and of "
      + "passive objects are constants of the derivative", "compute the new value into a local variable and return it, "
      + "or make the change in a method that is not @Differentiable"),
  UNSUPPORTED_STATEMENT("unsupported-statement", "%s are not supported in @Differentiable methods",
      "use if/else, loops, break, continue, return and throw; catch exceptions in the caller"),
  UNSUPPORTED_EXPRESSION("unsupported-expression", "%s is not supported in @Differentiable methods",
      "use arithmetic, Math functions, local variables and arrays of double"),
  LAMBDA("lambda", "%s cannot be differentiated", "write the computation as a loop or a @Differentiable method"),
  ALLOCATION("allocation", "creating objects (%s) is not supported; only double arrays may be created",
      "use double, double[] and double[][] values"),
  STRING("string", "strings (%s) are not supported in @Differentiable methods",
      "remove the string; report problems by validating inputs before the call"),
  ARRAY_REASSIGNMENT("array-reassignment",
      "array variable %s is given different arrays on different paths or iterations",
      "allocate the array once before the branch or loop and write its elements instead"),
  UNRESOLVED("unresolved", "cannot resolve %s",
      "check the name; only locals, parameters and static fields are visible"),
  INACCESSIBLE("inaccessible", "%s is private or in a private class, so the generated class cannot name it in code "
      + "it keeps as written", "make it package-private or wider (for a record's component, call its accessor)"),
  OVERLOAD_CLASH("overload-clash", "the generated method %s of this overload would clash with that of another "
      + "overload of %s", "rename one of the overloads"),
  INVALID_CHOICE("invalid-choice", "%s is not a valid choice of what nabla generates: %s",
      "use order 1 (first derivatives only) or 2 (the default), a tape limit of 0 or more entries, and omit only "
      + "kinds the README's The generated API lists"),
  RULE_NO_ORIGINAL("rule-no-original", "rule %s names %s, which does not exist%s",
      "correct the method's name or the type that declares it"),
  RULE_SIGNATURE("rule-signature", "rule %s does not fit %s: %s", "declare the rule static double, with exactly "
      + "the original's parameter types in order"),
  RULE_WRT("rule-wrt", "rule %s: %s", "set wrt to the index of a double parameter of the original, counted from 0"),
  RULE_DUPLICATE("rule-duplicate", "%s and %s both give the partial of %s with respect to parameter %s",
      "delete one of the two rules"),
  RULE_MISSING("rule-missing", "%s has derivative rules, but none for its parameter %s, whose argument here "
      + "depends on the point", "add a @DerivativeOf rule with that wrt, or pass a value that does not depend on "
      + "the point"),
  RULE_FIRST_ORDER("rule-first-order", "second derivatives through %s need the derivative of its rule %s, which "
      + "calls %s, code nabla cannot differentiate", "add @Differentiable(order = 1) to the method (first derivatives "
      + "only), or give what the rule calls a rule of its own"),
  KINK(Kind.WARNING, "kink", "the derivative of %s is taken at its kink by convention (abs'(0) = 0; max and min "
      + "split it evenly between equal arguments; clamp gives it to the value at a bound)", "if that convention is "
      + "what you want here, add @SuppressWarnings(\"nabla:kink\") to the method; otherwise use a smooth function "
      + "such as a soft maximum"),
  BRANCH(Kind.WARNING, "branch", "this condition depends on a differentiable value, so the derivative is that of the "
      + "branch taken and jumps where the condition switches", "if that is intended, add "
      + "@SuppressWarnings(\"nabla:branch\") to the method"),
  ZERO_DERIVATIVE(Kind.WARNING, "zero-derivative", "the result of %s does not depend on its differentiable inputs, so "
      + "its derivative is zero everywhere", "check that the result uses the inputs (floor, ceil, rint, signum and "
      + "casts to int have zero derivative), or add @SuppressWarnings(\"nabla:zero-derivative\")"),
  NEEDS_JAVAC("needs-javac", "nabla needs javac, the JDK's compiler, whose Tree API it reads @Differentiable methods "
      + "through, but this build runs it under %s, so no derivatives are generated", "compile with javac (Maven's "
      + "and Gradle's default); in the Eclipse IDE, turn annotation processing off for this project and let a Maven "
      + "or Gradle build, which uses javac, generate the derivative classes"),
  INTERNAL_ERROR("internal-error", "internal error while differentiating %s: %s; please report it",
      "simplify the method to work around it, and report the problem with the method's source");

  private final Kind kind;
  private final String tag;
  private final String template;
  private final String fix;

  Diagnostic(String tag, String template, String fix) {
    this(Kind.ERROR, tag, template, fix);
  }

  Diagnostic(Kind kind, String tag, String template, String fix) {
    this.kind = kind;
    this.tag = tag;
    this.template = template;
    this.fix = fix;
  }

  /** The short tag, as it appears in messages: {@code nabla:unsupported-call}. */
  public String tag() {
    return "nabla:" + tag;
  }

  /** Whether this is an error or a warning. */
  public Kind kind() {
    return kind;
  }

  /** The full message: {@code [nabla:tag] text. Fix: suggestion.} */
  public String format(Object... args) {
    return message(String.format(template, args));
  }

  /**
   * The full message of an error inside a helper that nabla inlined without its being {@code @Differentiable}:
   * {@code calls} is the chain of calls that reached it ({@code f → norm → square}).
   */
  public String formatReached(String calls, Object... args) {
    return message(String.format(template, args) + " (in a helper reached through the calls " + calls + ")");
  }

  private String message(String text) {
    return "[" + tag() + "] " + text + ". Fix: " + fix + ".";
  }
}
