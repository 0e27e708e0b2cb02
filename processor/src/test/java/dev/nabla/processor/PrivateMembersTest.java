package dev.nabla.processor;

import static dev.nabla.processor.Reflect.ONE_ARRAY;
import static dev.nabla.processor.Reflect.SCALARS;
import static dev.nabla.processor.Reflect.call;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Differentiable methods reading private static fields (fixture {@code tables/Tables.java}): final coefficient
 * tables, a {@code double[][]}, a mutable scale and weights, the fields of a private nested class and a helper's
 * private table. The generated class reads them through {@code VarHandle}s; derivatives are checked against central
 * differences, at each call with the fields' current values.
 */
class PrivateMembersTest {
  private static final Random RANDOM = new Random(13);
  private static final double[] WEIGHTS = {1, 2, 3};
  private static Path dir;
  private static Class<?> tables;
  private static Class<?> derivatives;
  private static String generated;

  @BeforeAll
  static void compile(@TempDir Path temp) throws Exception {
    dir = temp;
    ClassLoader loader = InProcessCompiler.compile(dir.resolve("first"),
        List.of(InProcessCompiler.fixture("tables/Tables.java"), InProcessCompiler.fixture("tables/Chebyshev.java")));
    tables = loader.loadClass("tables.Tables");
    derivatives = loader.loadClass("tables.TablesDerivatives");
    generated = Files.readString(dir.resolve("first/generated/tables/TablesDerivatives.java"));
  }

  @AfterEach
  void restoreFields() {
    call(tables, "setScale", 1.5);
    call(tables, "setWeights", (Object) WEIGHTS.clone());
  }

  @Test
  void finalCoefficientTableHasExactDerivatives() {
    for (double x : new double[] {0.05, 0.4, 1.3, 2.5}) {
      double[] g = checkScalar(tables, derivatives, "erf", SCALARS, new double[] {x}, 1e-7, 1e-5);
      assertEquals(2 / Math.sqrt(Math.PI) * Math.exp(-x * x), g[0], 1e-5, "the slope is close to erf' at " + x);
    }
  }

  @Test
  void mutableScaleAndWeightsHaveGradientsAndHessians() {
    for (int trial = 0; trial < 4; trial++) {
      double[] x = RANDOM.doubles(3, -1, 1).toArray();
      checkScalar(tables, derivatives, "weightedEnergy", ONE_ARRAY, x, 1e-6, 1e-5);
    }
  }

  @Test
  void privateMatrixTableHasAJacobian() {
    for (int trial = 0; trial < 4; trial++) {
      checkVector(tables, derivatives, "rotated", ONE_ARRAY, RANDOM.doubles(2, -2, 2).toArray(), 1e-6);
    }
  }

  @Test
  void fieldsOfAPrivateNestedClassAndOfAHelperAreRead() {
    for (int trial = 0; trial < 4; trial++) {
      double[] p = RANDOM.doubles(2, -0.8, 0.8).toArray();
      checkScalar(tables, derivatives, "quadrature", SCALARS, p, 1e-6, 1e-5);
      checkScalar(tables, derivatives, "series", SCALARS, p, 1e-6, 1e-5);
    }
  }

  @Test
  void aChangeOfAPrivateFieldBetweenCallsIsSeen() {
    double[] x = {0.3, -0.7, 0.5};
    double[] p = {0.3, -0.7};
    double[] before = (double[]) call(derivatives, "weightedEnergyGradient", (Object) x);
    double[][] jacobianBefore = (double[][]) call(derivatives, "rotatedJacobian", (Object) p);
    call(tables, "setScale", 2.5);
    double[] scaled = checkScalar(tables, derivatives, "weightedEnergy", ONE_ARRAY, x, 1e-6, 1e-5);
    assertFalse(Arrays.equals(before, scaled), "the gradient follows the new scale");
    double[][] jacobian = checkVector(tables, derivatives, "rotated", ONE_ARRAY, p, 1e-6);
    assertEquals(2.5 / 1.5 * jacobianBefore[0][1], jacobian[0][1], 1e-12, "the Jacobian follows the new scale");
    call(tables, "setWeights", (Object) new double[] {-1, 0.5, 4});
    double[] reweighted = checkScalar(tables, derivatives, "weightedEnergy", ONE_ARRAY, x, 1e-6, 1e-5);
    assertFalse(Arrays.equals(scaled, reweighted), "the gradient follows the new weights array");
  }

  @Test
  void aClassCompiledLaterInAnotherPackageReadsThePrivateTableToo() throws Exception {
    ClassLoader loader = InProcessCompiler.compile(dir.resolve("later"),
        List.of(InProcessCompiler.fixture("tablesapp/Pricing.java")), dir.resolve("first/classes"));
    Class<?> pricing = loader.loadClass("tablesapp.Pricing");
    Class<?> pricingDerivatives = loader.loadClass("tablesapp.PricingDerivatives");
    for (double x : new double[] {0.1, 0.9, 2.2}) {
      double[] g = checkScalar(pricing, pricingDerivatives, "cdf", SCALARS, new double[] {x}, 1e-7, 1e-5);
      assertEquals(Math.exp(-x * x / 2) / Math.sqrt(2 * Math.PI), g[0], 1e-5, "the slope is close to φ at " + x);
    }
    String later = Files.readString(dir.resolve("later/generated/tablesapp/PricingDerivatives.java"));
    assertTrue(later.contains("VarHandle COEFFICIENTS = staticField(\"tables.Tables\", \"COEFFICIENTS\""), later);
  }

  @Test
  void eachHiddenFieldHasOneHandleNamedAfterItAndOthersAreReadDirectly() {
    for (String handle : List.of("COEFFICIENTS = staticField(\"tables.Tables\", \"COEFFICIENTS\", double[].class)",
        "ROTATION = staticField(\"tables.Tables\", \"ROTATION\", double[][].class)",
        "scale = staticField(\"tables.Tables\", \"scale\", double.class)",
        "weights = staticField(\"tables.Tables\", \"weights\", double[].class)",
        "X = staticField(\"tables.Tables$Nodes\", \"X\", double[].class)",
        "W = staticField(\"tables.Tables$Nodes\", \"W\", double[].class)",
        "COEFFICIENTS2 = staticField(\"tables.Chebyshev\", \"COEFFICIENTS\", double[].class)")) {
      assertEquals(1, count("private static final VarHandle " + handle + ";"), handle);
    }
    assertEquals(7, count("private static final VarHandle "), "one handle per field");
    assertTrue(generated.contains("double scale = (double) TablesDerivatives.scale.get();"), generated);
    assertTrue(generated.contains("double[] OFFSETS = Tables.OFFSETS;"), "package-private fields are read directly");
  }

  @Test
  void initializerNamesAFieldItCannotRead() throws Exception {
    Path source = dir.resolve("changed/tables/Tables.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, Files.readString(InProcessCompiler.fixture("tables/Tables.java"))
        .replace("COEFFICIENTS", "RENAMED"));
    Path classes = Files.createDirectories(dir.resolve("changed/classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
      assertTrue(javac.getTask(null, files, null, List.of("-proc:none", "-d", classes.toString(), "-classpath",
          System.getProperty("java.class.path")), null, files.getJavaFileObjectsFromPaths(
              List.of(source, InProcessCompiler.fixture("tables/Chebyshev.java")))).call(), "changed Tables compiles");
    }
    URL[] urls = {classes.toUri().toURL(), dir.resolve("first/classes").toUri().toURL()};
    try (URLClassLoader loader = new URLClassLoader(urls, getClass().getClassLoader())) {
      ExceptionInInitializerError e = assertThrows(ExceptionInInitializerError.class,
          () -> Class.forName("tables.TablesDerivatives", true, loader));
      assertInstanceOf(IllegalStateException.class, e.getCause());
      String message = e.getCause().getMessage();
      assertTrue(message.contains("tables.Tables.COEFFICIENTS") && message.contains("package-private")
          && message.contains("NoSuchFieldException"), message);
    }
  }

  private static int count(String text) {
    return generated.split(java.util.regex.Pattern.quote(text), -1).length - 1;
  }
}
