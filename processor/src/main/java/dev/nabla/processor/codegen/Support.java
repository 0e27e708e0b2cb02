package dev.nabla.processor.codegen;

import com.squareup.javapoet.ClassName;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.ParameterizedTypeName;
import com.squareup.javapoet.TypeName;
import com.squareup.javapoet.TypeSpec;
import com.squareup.javapoet.WildcardTypeName;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import javax.lang.model.element.Modifier;

/**
 * The private helpers a generated class may need: argument checks, the tape that loops save values on, and the
 * handles on fields it cannot name.
 */
final class Support {
  private Support() {}

  static MethodSpec requireLength() {
    return MethodSpec.methodBuilder("requireLength")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(int.class, "actual")
        .addParameter(int.class, "expected")
        .addParameter(String.class, "name")
        .beginControlFlow("if (actual != expected)")
        .addStatement("throw new IllegalArgumentException(name + $S + actual + $S + expected)", " has length ",
            ", expected ")
        .endControlFlow()
        .build();
  }

  static MethodSpec requireRectangular() {
    return MethodSpec.methodBuilder("requireRectangular")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .addParameter(double[][].class, "matrix")
        .addParameter(String.class, "name")
        .beginControlFlow("if (matrix.length == 0)")
        .addStatement("throw new IllegalArgumentException(name + $S)", " has no rows")
        .endControlFlow()
        // the message is built only when it is thrown, so that the check allocates nothing
        .beginControlFlow("for (double[] row : matrix)")
        .beginControlFlow("if (row.length != matrix[0].length)")
        .addStatement("throw new IllegalArgumentException(name + $S + row.length + $S + matrix[0].length)",
            " row has length ", ", expected ")
        .endControlFlow()
        .endControlFlow()
        .build();
  }

  static MethodSpec flatten() {
    return MethodSpec.methodBuilder("flatten")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(double[].class)
        .addParameter(double[][].class, "matrix")
        .addStatement("int cols = matrix.length == 0 ? 0 : matrix[0].length")
        .addStatement("double[] flat = new double[matrix.length * cols]")
        .beginControlFlow("for (int i = 0; i < matrix.length; i++)")
        .addStatement("System.arraycopy(matrix[i], 0, flat, i * cols, cols)")
        .endControlFlow()
        .addStatement("return flat")
        .build();
  }

  /**
   * {@code method(owner, name, type)}, run by the class's initializer: a handle on a field of the same package and
   * module that the class cannot name, made by the lookup's {@code find} ({@code findStaticVarHandle} for a static
   * field, {@code findVarHandle} for an instance one), through a lookup with private access to the field's class; if
   * the JDK refuses (a security manager), the class fails to initialize with a message naming the field.
   */
  static MethodSpec fieldHandle(String method, String find) {
    return MethodSpec.methodBuilder(method)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(VarHandle.class)
        .addParameter(String.class, "owner")
        .addParameter(String.class, "name")
        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
            "type")
        .beginControlFlow("try")
        .addStatement("$T lookup = $T.lookup()", MethodHandles.Lookup.class, MethodHandles.class)
        .addStatement("Class<?> declaring = lookup.findClass(owner)")
        .addStatement("return $T.privateLookupIn(declaring, lookup).$L(declaring, name, type)",
            MethodHandles.class, find)
        .nextControlFlow("catch ($T | $T e)", ReflectiveOperationException.class, RuntimeException.class)
        .addStatement("throw new IllegalStateException($S + owner + '.' + name$W+ $S + e, e)", "nabla: cannot read ",
            ", which the derivatives read; make it and the classes around it package-private: ")
        .endControlFlow()
        .build();
  }

  /** The most entries a thread's tape keeps between calls: 2^20, 8 MiB of doubles. */
  private static final int RETAINED = 1 << 20;
  /** The longest array the JVM allocates, and so the most entries a tape holds. */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 8;

  /**
   * A growable stack of doubles and ints, allocated per call, so generated methods stay thread-safe; it keeps at most
   * {@link #RETAINED} entries between calls and fails with a message, not an overflow, past {@link #MAX_LENGTH}.
   */
  static TypeSpec tape() {
    TypeName doubles = TypeName.get(double[].class);
    TypeName ints = TypeName.get(int[].class);
    ClassName arrays = ClassName.get("java.util", "Arrays");
    ClassName tape = ClassName.get("", "Tape");
    TypeName perThread = com.squareup.javapoet.ParameterizedTypeName.get(ClassName.get(ThreadLocal.class), tape);
    return TypeSpec.classBuilder("Tape")
        .addJavadoc("The values loops save in the forward sweep for their reverse sweep, last in first out.\n"
            + "Each thread reuses its own tape, so that calls allocate nothing once it has grown.\n")
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addField(com.squareup.javapoet.FieldSpec.builder(perThread, "PER_THREAD", Modifier.PRIVATE, Modifier.STATIC,
            Modifier.FINAL).initializer("$T.withInitial(Tape::new)", ThreadLocal.class).build())
        .addField(boolean.class, "inUse", Modifier.PRIVATE)
        .addField(doubles, "doubles", Modifier.PRIVATE)
        .addField(ints, "ints", Modifier.PRIVATE)
        .addField(int.class, "doubleTop", Modifier.PRIVATE)
        .addField(int.class, "intTop", Modifier.PRIVATE)
        .addMethod(MethodSpec.constructorBuilder()
            .addStatement("doubles = new double[64]")
            .addStatement("ints = new int[64]")
            .build())
        .addMethod(MethodSpec.methodBuilder("acquire").addModifiers(Modifier.STATIC).returns(tape)
            .addJavadoc("This thread's tape, empty; a fresh one if it is in use further up the stack.\n")
            .addStatement("Tape t = PER_THREAD.get()")
            .beginControlFlow("if (t.inUse)")
            .addStatement("t = new Tape()")
            .endControlFlow()
            .addStatement("t.inUse = true")
            .addStatement("t.doubleTop = 0")
            .addStatement("t.intTop = 0")
            .addStatement("return t")
            .build())
        .addField(doubles, "spilledDoubles", Modifier.PRIVATE)
        .addField(TypeName.get(long[].class), "spilledInts", Modifier.PRIVATE)
        .addField(TypeName.get(Object[].class), "spilledArrays", Modifier.PRIVATE)
        .addMethod(MethodSpec.methodBuilder("spilledDoubles").returns(doubles).addParameter(int.class, "n")
            .addJavadoc("A buffer of at least n doubles for the values a split method passes between its parts.\n")
            .beginControlFlow("if (spilledDoubles == null || spilledDoubles.length < n)")
            .addStatement("spilledDoubles = new double[n]")
            .endControlFlow()
            .addStatement("return spilledDoubles").build())
        .addMethod(MethodSpec.methodBuilder("spilledInts").returns(long[].class).addParameter(int.class, "n")
            .beginControlFlow("if (spilledInts == null || spilledInts.length < n)")
            .addStatement("spilledInts = new long[n]")
            .endControlFlow()
            .addStatement("return spilledInts").build())
        .addMethod(MethodSpec.methodBuilder("spilledArrays").returns(Object[].class).addParameter(int.class, "n")
            .beginControlFlow("if (spilledArrays == null || spilledArrays.length < n)")
            .addStatement("spilledArrays = new Object[n]")
            .endControlFlow()
            .addStatement("return spilledArrays").build())
        .addMethod(MethodSpec.methodBuilder("release")
            .addJavadoc("Ends a call; a tape that an unusually long call grew beyond $L entries shrinks back.\n",
                RETAINED)
            .beginControlFlow("if (spilledArrays != null)")
            .addStatement("$T.fill(spilledArrays, null)", arrays)
            .endControlFlow()
            .beginControlFlow("if (doubles.length > $L)", RETAINED)
            .addStatement("doubles = new double[64]")
            .endControlFlow()
            .beginControlFlow("if (ints.length > $L)", RETAINED)
            .addStatement("ints = new int[64]")
            .endControlFlow()
            .addStatement("inUse = false")
            .build())
        .addMethod(MethodSpec.methodBuilder("grown").addModifiers(Modifier.STATIC).returns(int.class)
            .addParameter(int.class, "length")
            .addJavadoc("The length a full tape of {@code length} entries grows to: twice, up to the largest array.\n")
            .beginControlFlow("if (length >= $L)", MAX_LENGTH)
            .addStatement("throw new $T($S)", IllegalStateException.class, "nabla: a loop saved more than "
                + MAX_LENGTH + " values on the tape for its reverse sweep")
            .endControlFlow()
            .addStatement("return (int) Math.min(2L * length, $L)", MAX_LENGTH).build())
        .addMethod(MethodSpec.methodBuilder("push").addParameter(double.class, "v")
            .beginControlFlow("if (doubleTop == doubles.length)")
            .addStatement("doubles = $T.copyOf(doubles, grown(doubleTop))", arrays)
            .endControlFlow()
            .addStatement("doubles[doubleTop++] = v").build())
        .addMethod(MethodSpec.methodBuilder("push").addParameter(int.class, "v")
            .beginControlFlow("if (intTop == ints.length)")
            .addStatement("ints = $T.copyOf(ints, grown(intTop))", arrays)
            .endControlFlow()
            .addStatement("ints[intTop++] = v").build())
        .addMethod(MethodSpec.methodBuilder("push").addParameter(long.class, "v")
            .addStatement("push(Double.longBitsToDouble(v))").build())
        .addMethod(MethodSpec.methodBuilder("push").addParameter(boolean.class, "v")
            .addStatement("push(v ? 1 : 0)").build())
        .addMethod(MethodSpec.methodBuilder("size").returns(int.class)
            .addJavadoc("How many entries the tape holds: a checkpointed loop's measure of its own.\n")
            .addStatement("return doubleTop + intTop").build())
        .addMethod(MethodSpec.methodBuilder("popDouble").returns(double.class)
            .addStatement("return doubles[--doubleTop]").build())
        .addMethod(MethodSpec.methodBuilder("popInt").returns(int.class)
            .addStatement("return ints[--intTop]").build())
        .addMethod(MethodSpec.methodBuilder("popLong").returns(long.class)
            .addStatement("return Double.doubleToRawLongBits(popDouble())").build())
        .addMethod(MethodSpec.methodBuilder("popBoolean").returns(boolean.class)
            .addStatement("return popInt() != 0").build())
        .build();
  }
}
