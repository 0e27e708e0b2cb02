package dev.nabla.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.nabla.processor.Reflect.assertClose;
import static dev.nabla.processor.Reflect.checkScalar;
import static dev.nabla.processor.Reflect.checkVector;
import static dev.nabla.processor.Reflect.flatten;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.nabla.processor.CorpusOracle.Row;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real code: functions copied from public Java projects into {@code src/test/resources/corpus} (each file names its
 * repository, commit, licence and edits), verbatim but for the annotation. Each is either accepted, its derivatives
 * agreeing with central finite differences and with an independent mpmath oracle, or rejected with its documented
 * tag on its line.
 */
class CorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  /**
   * The derivative rules a user of the corpus's libraries writes once ({@code Erf.erf}, {@code erfc},
   * {@code Gamma.logGamma}, …, {@code NormalDistribution.cumulativeProbability}), compiled with every category.
   */
  private static final Path USER_RULES = Path.of("src/test/resources/corpusrules/UserRules.java");
  private static final String ANNOTATION = "@dev.nabla.Differentiable";
  /** The class loaders of the files compiled for accepted functions, by file. */
  private static final Map<String, ClassLoader> COMPILED = new HashMap<>();
  /** Files with a function of more arguments are compiled with first-order derivatives only. */
  private static final int MOST_ARGUMENTS_FOR_HESSIAN = 4;
  /** The name of the method an annotation line is on: the identifier before the first '(' of the next lines. */
  private static final Pattern DECLARED = Pattern.compile("(\\w+)\\s*\\(");

  /**
   * One target function and what nabla does with it today: accepted, or rejected with a tag on a line of the file
   * {@code errorFile} (the target's own file, or one with a helper it calls). What a call holds constant (an
   * instance method's receiver, an enum or object argument) is in the oracle's rows, and {@link CorpusCall} builds it.
   */
  record Target(String file, String method, String tag, String errorFile, int line) {
    boolean accepted() {
      return tag == null;
    }

    String category() {
      return categoryOf(file);
    }

    String className() {
      return classNameOf(file);
    }

    @Override
    public String toString() {
      return file + "#" + method;
    }
  }

  /** Where the files of accepted functions are compiled, once for all their functions. */
  @TempDir
  static Path compiled;

  /**
   * The corpus, one row per target, grouped by the project each file comes from (its header has the details).
   * Turning a rejected function into an accepted one is changing its row to {@code accepted(file, method)}: the
   * oracle already has its points (see {@link #everyFunctionHasOracleValuesAtTwoPointsOrMore}).
   */
  static final List<Target> TARGETS = List.of(
      // Hipparchus-Math/hipparchus (Apache-2.0): distributions, instance methods of model objects
      accepted("distributions/CauchyDistribution.java", "cumulativeProbability"),
      accepted("distributions/CauchyDistribution.java", "density"),
      accepted("distributions/LogNormalDistribution.java", "density"),
      accepted("distributions/LogNormalDistribution.java", "logDensity"),
      accepted("distributions/LogNormalDistribution.java", "cumulativeProbability"), // Erf.erf: the user's rule
      accepted("distributions/LogisticDistribution.java", "density"),
      accepted("distributions/LogisticDistribution.java", "cumulativeProbability"),
      accepted("distributions/NormalDistribution.java", "density"),
      accepted("distributions/NormalDistribution.java", "logDensity"),
      accepted("distributions/NormalDistribution.java", "cumulativeProbability"), // Erf.erfc: the user's rule
      // michel-leonard/ciede2000 (public domain)
      accepted("color/Ciede2000.java", "ciede_2000"),
      // imagingbook/imagingbook-public (BSD-2-Clause)
      accepted("color/GammaMappingFunction.java", "applyFwd"),
      accepted("color/GammaMappingFunction.java", "applyInv"),
      // locationtech/spatial4j (Apache-2.0)
      accepted("geodesy/DistanceUtils.java", "vectorDistance"),
      accepted("geodesy/DistanceUtils.java", "calcBoxByDistFromPt_deltaLonDEG"),
      accepted("geodesy/DistanceUtils.java", "distHaversineRAD"),
      accepted("geodesy/DistanceUtils.java", "distVincentyRAD"),
      // geographiclib/geographiclib (MIT)
      accepted("geodesy/GeoMath.java", "hypot"),
      accepted("geodesy/GeoMath.java", "atanh"),
      accepted("geodesy/GeoMath.java", "cbrt"),
      accepted("geodesy/GeoMath.java", "AngRound"),
      accepted("geodesy/GeoMath.java", "AngNormalize"),
      accepted("geodesy/GeoMath.java", "atan2d"),
      // locationtech/jts (EDL-1.0): static and instance methods of Coordinate points (public double fields); a
      // Coordinate passed whole to a helper (angle(tail, tip1)) or used as a receiver (a.distance(b)) is inlined on
      // its parts
      accepted("geometry/Angle.java", "angle"),
      accepted("geometry/Angle.java", "angleBetween"),
      accepted("geometry/Angle.java", "interiorAngle"),
      accepted("geometry/Coordinate.java", "distance"),
      accepted("geometry/Distance.java", "pointToSegment"),
      // JAMA (public domain), as copied in husonlab/jloda3
      accepted("geometry/Maths.java", "hypot"),
      // locationtech/jts (EDL-1.0)
      accepted("geometry/Triangle.java", "circumradius"),
      accepted("geometry/Triangle.java", "longestSideLength"),
      accepted("geometry/Triangle.java", "area"),
      // neuroph/neuroph (Apache-2.0)
      rejected("ml/Sigmoid.java", "getOutput", "field-write", 77), // this.output = …
      // BayesWitnesses/m2cgen (MIT)
      accepted("ml/Softmax.java", "softmax"),
      // Hipparchus-Math/hipparchus (Apache-2.0)
      rejected("optim/BOBYQAOptimizerTest.java", "value", "not-static", 18),
      // JAT in NASA ODTBX (NOSA-1.3)
      accepted("optim/Rosenbrock.java", "evaluate"),
      // OpenGamma/Strata (Apache-2.0): the put/call enum, a distribution object in a private static field, named in
      // the kept call getCDF(arg)/getPDF(arg), which has no derivative rule
      rejected("options/NormalFormulaRepository.java", "price", "inaccessible", 56),
      rejected("options/NormalFormulaRepository.java", "delta", "inaccessible", 86),
      rejected("options/NormalFormulaRepository.java", "gamma", "inaccessible", 112),
      rejected("options/NormalFormulaRepository.java", "theta", "inaccessible", 139),
      rejected("options/NormalFormulaRepository.java", "vega", "inaccessible", 166),
      // langurmonkey/gaiasky (MPL-2.0)
      accepted("orbital/Anomalies.java", "true2ecc"),
      // the KeplerSolver parameter is passive, and its eccAnom's double depends on the point
      rejected("orbital/Anomalies.java", "mean2ecc", "unsupported-call", 102),
      // a private exception class named where a helper throws
      rejected("orbital/KeplerSolver.java", "eccAnom", "inaccessible", 219),
      accepted("orbital/KeplerSolver.java", "meanAnom"),
      // CS-SI/Orekit (Apache-2.0)
      // FastMath.sinCos's SinCos object (issue 14), Double.valueOf(x).equals(x0); then normalizeAngle's double
      rejected("orbital/KeplerianAnomalyUtility.java", "ellipticMeanToTrue", "unsupported-call", 101),
      rejected("orbital/KeplerianAnomalyUtility.java", "ellipticEccentricToTrue", "unsupported-call", 59), // sinCos
      rejected("orbital/KeplerianAnomalyUtility.java", "ellipticMeanToEccentric", "unsupported-call", 101),
      accepted("orbital/KeplerianAnomalyUtility.java", "ellipticEccentricToMean"),
      accepted("orbital/KeplerianAnomalyUtility.java", "hyperbolicEccentricToTrue"),
      accepted("orbital/KeplerianAnomalyUtility.java", "hyperbolicEccentricToMean"),
      // finmath/finmath-lib (Apache-2.0)
      accepted("pricing/AnalyticFormulas.java", "sabrHaganLognormalBlackVolatilityApproximation"),
      accepted("pricing/AnalyticFormulas.java", "sabrBerestyckiNormalVolatilityApproximation"),
      accepted("pricing/AnalyticFormulas.java", "sabrNormalVolatilitySkewApproximation"),
      accepted("pricing/AnalyticFormulas.java", "volatilityConversionLognormalATMtoNormalATM"), // the user's rule
      accepted("pricing/AnalyticFormulas.java", "blackScholesOptionGamma"),
      accepted("pricing/AnalyticFormulas.java", "blackScholesOptionVega"),
      // calls on a static NormalDistribution object: the user's rules, the receiver first
      accepted("pricing/AnalyticFormulas.java", "blackScholesOptionTheta"),
      accepted("pricing/BachelierModel.java", "bachelierHomogeneousOptionValue"),
      accepted("pricing/BachelierModel.java", "bachelierHomogeneousOptionDelta"),
      accepted("pricing/BachelierModel.java", "bachelierHomogeneousOptionVega"),
      accepted("pricing/NormalDistribution.java", "inverseCumulativeNormalDistribution_Wichura"),
      // wpilibsuite/allwpilib (BSD-3-Clause)
      accepted("robotics/ArmFeedforward.java", "calculate"),
      // Team100/all24 (Unlicense): a robot arm's forward kinematics
      rejected("robotics/ArmKinematics.java", "forward", "unsupported-result", 38), // Translation2d out
      rejected("robotics/ArmKinematics.java", "elbow", "unsupported-result", 48),
      accepted("robotics/ArmKinematics.java", "inverseVel"),
      // wpilibsuite/allwpilib (BSD-3-Clause)
      // point classes out
      accepted("robotics/DifferentialDriveKinematics.java", "toChassisSpeeds"),
      accepted("robotics/DifferentialDriveKinematics.java", "toWheelSpeeds"),
      accepted("robotics/ElevatorFeedforward.java", "calculate"),
      accepted("robotics/ElevatorFeedforward.java", "maxAchievableVelocity"),
      accepted("robotics/ElevatorFeedforward.java", "minAchievableVelocity"),
      accepted("robotics/ElevatorFeedforward.java", "maxAchievableAcceleration"),
      accepted("robotics/ElevatorFeedforward.java", "minAchievableAcceleration"),
      accepted("robotics/MathUtil.java", "applyDeadband"),
      accepted("robotics/MathUtil.java", "inputModulus"),
      accepted("robotics/MathUtil.java", "angleModulus"),
      accepted("robotics/MathUtil.java", "interpolate"),
      accepted("robotics/MathUtil.java", "inverseInterpolate"),
      accepted("robotics/SimpleMotorFeedforward.java", "calculate"),
      // Hipparchus-Math/hipparchus (Apache-2.0)
      rejected("special/Beta.java", "regularizedBeta", "recursion", 127), // calls itself for the symmetric case
      accepted("special/Beta.java", "logBeta"), // Gamma.logGamma: the user's rule
      // apache/commons-numbers (Apache-2.0)
      accepted("special/Digamma.java", "value"),
      // ghewgill/picomath (public domain)
      accepted("special/Erf.java", "erf"),
      rejected("special/Gamma.java", "gamma", "unsupported-call", 26), // a String local for the message
      rejected("special/Gamma.java", "logGamma", "unsupported-call", 145),
      accepted("special/NormalCDFInverse.java", "normalCDFInverse"),
      // Hipparchus-Math/hipparchus (Apache-2.0)
      accepted("stats/Gaussian.java", "value"),
      accepted("stats/Logistic.java", "value"),
      accepted("stats/Sigmoid.java", "value"));

  private static Target accepted(String file, String method) {
    return new Target(file, method, null, null, 0);
  }

  private static Target rejected(String file, String method, String tag, int line) {
    return new Target(file, method, tag, file, line);
  }

  /** A function rejected for an error in a helper of another file of its directory. */
  private static Target rejected(String file, String method, String tag, String errorFile, int line) {
    return new Target(file, method, tag, errorFile, line);
  }

  static Stream<Target> acceptedTargets() {
    return TARGETS.stream().filter(Target::accepted);
  }

  static Stream<Target> rejectedTargets() {
    return TARGETS.stream().filter(t -> !t.accepted());
  }

  @Test
  void everyAnnotatedFunctionHasOneRowAndEveryFileNamesItsSourceAndLicence() throws IOException {
    Set<String> annotated = new TreeSet<>();
    Set<String> sources = new TreeSet<>();
    for (Path file : corpusFiles()) {
      String text = Files.readString(file);
      String relative = CORPUS.relativize(file).toString().replace('\\', '/');
      assertTrue(text.contains("Licence: "), relative + " names its licence");
      Matcher source = Pattern.compile("Source: ([\\w.-]+/[\\w.-]+)").matcher(text);
      assertTrue(source.find(), relative + " names its repository");
      sources.add(source.group(1));
      annotatedMethods(text).forEach(m -> annotated.add(relative + "#" + m));
    }
    Set<String> rows = TARGETS.stream().map(Target::toString).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(annotated, rows, "one row per annotated function");
    assertEquals(TARGETS.size(), rows.size(), "no function has two rows");
    assertTrue(TARGETS.size() >= 89 && sources.size() >= 18, TARGETS.size() + " functions from " + sources);
  }

  @ParameterizedTest
  @MethodSource("acceptedTargets")
  void acceptedFunctionsAgreeWithFiniteDifferencesAndTheOracle(Target target) throws Exception {
    List<Row> rows = CorpusOracle.rows(target.file(), target.method());
    assertTrue(rows.size() >= 2, target + " has oracle values at two points or more");
    boolean hessian = hessianIsCheap(target.file());
    ClassLoader loader = acceptedFile(target.file(), hessian);
    Class<?> f = loader.loadClass(target.className());
    Class<?> d = loader.loadClass(target.className() + "Derivatives");
    for (Row row : rows) {
      String at = target + " at " + Arrays.toString(row.point());
      CorpusCall original = CorpusCall.of(loader, row);
      Function<double[], Object[]> pack = original::arguments;
      double[] derivative = original.method().getReturnType() == double.class
          ? checkScalar(f, d, target.method(), pack, row.point(), 1e-6, hessian ? 1e-4 : 0)
          : flatten(checkVector(original::valuesOf, d, target.method(), pack, row.point(), 1e-6));
      assertClose(row.derivative(), derivative, 1e-9, at + ": derivative vs the mpmath oracle");
    }
  }

  /** Hessians are generated and checked for a file whose accepted functions all have few arguments. */
  private static boolean hessianIsCheap(String file) {
    return acceptedTargets().filter(t -> t.file().equals(file))
        .allMatch(t -> CorpusOracle.rows(file, t.method()).get(0).point().length <= MOST_ARGUMENTS_FOR_HESSIAN);
  }

  /** A file's category compiled once, with the annotations of that file's accepted functions only. */
  private static synchronized ClassLoader acceptedFile(String file, boolean hessian) throws IOException {
    ClassLoader loader = COMPILED.get(file);
    if (loader == null) {
      Set<String> annotated = acceptedTargets().filter(t -> t.file().equals(file)).map(Target::toString)
          .collect(Collectors.toSet());
      Path dir = Files.createDirectories(compiled.resolve(file.replace('/', '-')));
      loader = InProcessCompiler.compile(dir, writeCategory(categoryOf(file), annotated, dir.resolve("src")),
          hessian ? List.of() : List.of("-Anabla.order=1"));
      COMPILED.put(file, loader);
    }
    return loader;
  }

  @ParameterizedTest
  @MethodSource("rejectedTargets")
  void rejectedFunctionsReportTheirTagOnTheirLine(Target target, @TempDir Path dir) throws IOException {
    List<Path> sources = writeCategory(target.category(), Set.of(target.toString()), dir);
    List<JavaFileObject> files = new ArrayList<>();
    JavaFileObject errorFile = null;
    for (Path source : sources) {
      String name = dir.relativize(source).toString().replace('\\', '/').replace(".java", "").replace('/', '.');
      JavaFileObject file = JavaFileObjects.forSourceString(name, Files.readString(source));
      files.add(file);
      if (name.equals(classNameOf(target.errorFile()))) {
        errorFile = file;
      }
    }
    Compilation compilation = Compiler.javac().withProcessors(new DifferentiableProcessor())
        .withOptions(InProcessCompiler.VERIFY_IR).compile(files);
    assertThat(compilation).hadErrorContaining("[nabla:" + target.tag() + "]").inFile(errorFile)
        .onLine(target.line());
    compilation.errors().forEach(e -> assertTrue(e.getMessage(Locale.ROOT).contains("[nabla:"),
        target + ": every error is a documented nabla error: " + e.getMessage(Locale.ROOT)));
  }

  /**
   * Every function, accepted or not, has oracle values at two points or more, so that accepting one is changing its
   * row to {@code accepted(file, method)}.
   */
  @Test
  void everyFunctionHasOracleValuesAtTwoPointsOrMore() {
    for (Target target : TARGETS) {
      assertTrue(CorpusOracle.rows(target.file(), target.method()).size() >= 2, target + " has oracle points");
    }
    Set<String> rows = TARGETS.stream().map(Target::toString).collect(Collectors.toSet());
    CorpusOracle.ROWS.forEach(r -> assertTrue(rows.contains(r.file() + "#" + r.method()), r.file() + "#"
        + r.method() + " is a target"));
  }

  /** The oracle's transcriptions compute what the Java code computes, also for the functions rejected today. */
  @Test
  void theOracleTranscribesTheJavaCode(@TempDir Path dir) throws Exception {
    Set<String> categories = new TreeSet<>();
    CorpusOracle.ROWS.forEach(r -> categories.add(categoryOf(r.file())));
    for (String category : categories) {
      Path out = dir.resolve(category);
      ClassLoader loader = InProcessCompiler.compile(out, writeCategory(category, Set.of(), out.resolve("src")));
      for (Row row : CorpusOracle.ROWS) {
        if (categoryOf(row.file()).equals(category)) {
          double[] values = CorpusCall.of(loader, row).values(row.point());
          // The library functions the Java code calls (erf, incomplete beta) are their mathematical counterparts.
          assertClose(row.value(), values, 1e-12, row.file() + "#" + row.method() + " " + Arrays.toString(row.point()));
        }
      }
    }
  }

  @Test
  void theReadmeReportsTheAcceptanceRate() throws IOException {
    String readme = Files.readString(Path.of("../README.md"));
    long accepted = acceptedTargets().count();
    String rate = "accepts **" + accepted + " of " + TARGETS.size() + "**";
    assertTrue(readme.contains(rate), "README says: " + rate);
  }

  /** The class a corpus file (such as {@code geodesy/GeoMath.java}) declares: {@code corpus.geodesy.GeoMath}. */
  static String classNameOf(String file) {
    return "corpus." + file.replace(".java", "").replace('/', '.');
  }

  /** The directory of a corpus file, which is also its package's last name. */
  private static String categoryOf(String file) {
    return file.substring(0, file.indexOf('/'));
  }

  /**
   * Copies a category's files under {@code dir} with only the {@code annotated} functions (named as
   * {@code file#method}) still annotated, the other annotation lines blanked so that line numbers stay, and the
   * {@link #USER_RULES user's rules}.
   */
  private static List<Path> writeCategory(String category, Set<String> annotated, Path dir) throws IOException {
    List<Path> written = new ArrayList<>();
    for (Path source : corpusFiles()) {
      Path relative = CORPUS.relativize(source);
      if (!relative.getName(0).toString().equals(category)) {
        continue;
      }
      String file = relative.toString().replace('\\', '/');
      String[] lines = Files.readString(source).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (lines[i].trim().equals(ANNOTATION) && !annotated.contains(file + "#" + declared(lines, i))) {
          lines[i] = "";
        }
      }
      Path copy = dir.resolve("corpus").resolve(relative);
      Files.createDirectories(copy.getParent());
      written.add(Files.writeString(copy, String.join("\n", lines)));
    }
    Path rules = dir.resolve("corpusrules").resolve(USER_RULES.getFileName());
    Files.createDirectories(rules.getParent());
    written.add(Files.copy(USER_RULES, rules));
    return written;
  }

  private static List<String> annotatedMethods(String text) {
    String[] lines = text.split("\n", -1);
    List<String> methods = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].trim().equals(ANNOTATION)) {
        methods.add(declared(lines, i));
      }
    }
    return methods;
  }

  private static String declared(String[] lines, int annotationLine) {
    Matcher m = DECLARED.matcher(lines[annotationLine + 1] + " " + lines[annotationLine + 2]);
    assertTrue(m.find(), "a method follows the annotation on line " + (annotationLine + 1));
    return m.group(1);
  }

  private static List<Path> corpusFiles() {
    try (Stream<Path> files = Files.walk(CORPUS)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
