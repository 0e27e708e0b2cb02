package dev.nabla.processor;

import com.google.auto.service.AutoService;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import dev.nabla.processor.ad.Smoothness;
import dev.nabla.processor.codegen.ClassWriter;
import dev.nabla.processor.codegen.FieldHandles;
import dev.nabla.processor.codegen.GeneratedMethods;
import dev.nabla.processor.diagnostics.CompileError;
import dev.nabla.processor.diagnostics.CompileErrors;
import dev.nabla.processor.diagnostics.Diagnostic;
import dev.nabla.processor.kinds.Selection;
import dev.nabla.processor.source.DerivativeRules;
import dev.nabla.processor.source.LocalClasses;
import dev.nabla.processor.source.Signature;
import dev.nabla.processor.source.SignatureReader;
import dev.nabla.processor.source.StoredSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic.Kind;

/**
 * Generates a {@code …Derivatives} class for every class with {@code @Differentiable} methods. Each method is
 * processed inside its own guard: its user errors are reported on the offending code (all those of its body at once),
 * an internal failure on the method, and the other methods are still generated.
 */
@AutoService(Processor.class)
@SupportedAnnotationTypes({DifferentiableProcessor.DIFFERENTIABLE, DerivativeRules.ANNOTATION})
public final class DifferentiableProcessor extends AbstractProcessor {
  static final String DIFFERENTIABLE = "dev.nabla.Differentiable";

  private Trees trees;
  private Passes passes;
  /** The derivative rules of every round so far. */
  private DerivativeRules rules;
  private final Set<String> reported = new HashSet<>();
  /** What the build's options choose to generate; null when they are invalid. */
  private Selection selection;
  /** Whether the one error of a build under a compiler other than javac has been reported. */
  private boolean needsJavacReported;

  @Override
  public synchronized void init(ProcessingEnvironment env) {
    super.init(env);
    try {
      trees = Trees.instance(env);
    } catch (IllegalArgumentException notJavac) {
      return; // trees stays null: process reports it once and does nothing else
    }
    rules = new DerivativeRules(env.getElementUtils(), env.getTypeUtils());
    passes = new Passes(Boolean.parseBoolean(env.getOptions().get(Passes.VERIFY_OPTION)));
    try {
      selection = Choices.ofBuild(env.getOptions(), Pipeline.kindNames());
    } catch (IllegalArgumentException e) {
      env.getMessager().printMessage(Kind.ERROR, e.getMessage());
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(Passes.VERIFY_OPTION, Choices.ORDER, Choices.OMIT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (trees == null) {
      reportNeedsJavac(annotations, round);
      return false;
    }
    if (selection == null) {
      return false;
    }
    reportLocalClasses(round);
    TypeElement ruleAnnotation = processingEnv.getElementUtils().getTypeElement(DerivativeRules.ANNOTATION);
    if (ruleAnnotation != null) {
      rules.add(round.getElementsAnnotatedWith(ruleAnnotation), processingEnv.getMessager());
    }
    Map<TypeElement, List<ExecutableElement>> byClass = new LinkedHashMap<>();
    for (TypeElement annotation : annotations) {
      if (!annotation.getQualifiedName().contentEquals(DIFFERENTIABLE)) {
        continue;
      }
      for (Element e : round.getElementsAnnotatedWith(annotation)) {
        if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
          byClass.computeIfAbsent(owner, k -> new ArrayList<>()).add(m);
        }
      }
    }
    for (Map.Entry<TypeElement, List<ExecutableElement>> e : byClass.entrySet()) {
      List<GeneratedMethods> writers = new ArrayList<>();
      FieldHandles handles = new FieldHandles(ClassWriter.nameOf(processingEnv.getElementUtils(), e.getKey()));
      String stored = storedSource(e.getValue());
      Set<String> signatures = new HashSet<>();
      for (ExecutableElement m : e.getValue()) {
        GeneratedMethods w = guarded(e.getKey(), m, handles);
        if (w != null && distinct(w, m, signatures)) {
          writers.add(w);
        }
      }
      if (writers.isEmpty()) {
        continue;
      }
      try {
        ClassWriter.write(processingEnv.getFiler(), processingEnv.getElementUtils(), e.getKey(), writers,
            stored, handles);
      } catch (IOException | RuntimeException ex) {
        processingEnv.getMessager().printMessage(Kind.ERROR,
            Diagnostic.INTERNAL_ERROR.format(e.getKey().getSimpleName(), ex), e.getKey());
      }
    }
    return false;
  }

  /**
   * Under a compiler without javac's Tree API, one error for the whole build, on the first {@code @Differentiable}
   * method so that an IDE shows it in the source: every method fails for the same reason, and the fix is a setting
   * of the build, not of a method.
   */
  private void reportNeedsJavac(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (needsJavacReported) {
      return;
    }
    Set<Element> annotated = new HashSet<>();
    for (TypeElement annotation : annotations) {
      annotated.addAll(round.getElementsAnnotatedWith(annotation));
    }
    Element first = firstInSource(round.getRootElements(), annotated);
    if (first != null) {
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.NEEDS_JAVAC.format(compilerName(processingEnv)), first);
      needsJavacReported = true;
    }
  }

  /** The first of the wanted elements in source order (files in the compiler's order), or null if none is there. */
  private static Element firstInSource(Collection<? extends Element> elements, Set<Element> wanted) {
    for (Element e : elements) {
      Element found = wanted.contains(e) ? e : firstInSource(e.getEnclosedElements(), wanted);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /** The compiler running this processor, as its user knows it. */
  private static String compilerName(ProcessingEnvironment env) {
    String type = env.getClass().getName();
    return type.startsWith("org.eclipse.jdt.") ? "Eclipse's compiler (ecj)"
        : "a compiler whose processing environment is " + type;
  }

  /** Reports the {@code @Differentiable} methods of local and anonymous classes, which the round does not list. */
  private void reportLocalClasses(RoundEnvironment round) {
    Set<CompilationUnitTree> units = new LinkedHashSet<>();
    for (Element e : round.getRootElements()) {
      TreePath path = trees.getPath(e);
      if (path != null) {
        units.add(path.getCompilationUnit());
      }
    }
    for (CompilationUnitTree unit : units) {
      for (MethodTree m : LocalClasses.annotatedMethods(unit)) {
        trees.printMessage(Kind.ERROR, Diagnostic.LOCAL_CLASS.format(m.getName()), m, unit);
      }
    }
  }

  /** The source of a class's differentiable methods and their helpers, to store in its generated class; or null. */
  private String storedSource(List<ExecutableElement> methods) {
    try {
      return StoredSource.of(trees, methods);
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private GeneratedMethods guarded(TypeElement owner, ExecutableElement m, FieldHandles handles) {
    TreePath path = trees.getPath(m);
    try {
      if (path == null) {
        return null;
      }
      MethodTree tree = (MethodTree) path.getLeaf();
      Signature sig = SignatureReader.read(m, tree, path.getCompilationUnit(), processingEnv.getElementUtils(),
          trees);
      Pipeline.Result result = Pipeline.run(trees, processingEnv.getElementUtils(), sig, tree,
          path.getCompilationUnit(), com.squareup.javapoet.ClassName.get(owner), handles, rules,
          Choices.ofMethod(selection, m, tree, path.getCompilationUnit(), sig.isScalar()), passes);
      for (Smoothness.Finding finding : result.findings()) {
        warn(finding, m, path.getCompilationUnit());
      }
      return result.methods();
    } catch (CompileErrors errors) {
      errors.errors().forEach(error -> report(error, m));
    } catch (CompileError error) {
      report(error, m);
    } catch (RuntimeException | StackOverflowError ex) {
      processingEnv.getMessager().printMessage(Kind.ERROR,
          Diagnostic.INTERNAL_ERROR.format(m.getSimpleName(), describe(ex)), m);
    }
    return null;
  }

  /** Whether none of a method's generated methods has the signature of one generated before; else reports it. */
  private boolean distinct(GeneratedMethods w, ExecutableElement m, Set<String> signatures) {
    Set<String> mine = new HashSet<>();
    for (com.squareup.javapoet.MethodSpec spec : w.methods()) {
      String signature = spec.name + spec.parameters.stream().map(p -> p.type.toString()).toList();
      if (signatures.contains(signature)) {
        processingEnv.getMessager().printMessage(Kind.ERROR,
            Diagnostic.OVERLOAD_CLASH.format(spec.name, m.getSimpleName()), m);
        return false;
      }
      mine.add(signature);
    }
    signatures.addAll(mine);
    return true;
  }

  private void warn(Smoothness.Finding finding, ExecutableElement m, CompilationUnitTree unit) {
    Diagnostic d = finding.diagnostic();
    for (Element e = m; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && java.util.Arrays.asList(suppress.value()).contains(d.tag())) {
        return;
      }
    }
    String message = d.format(finding.tree() != null ? finding.tree() : m.getSimpleName());
    if (finding.tree() != null) {
      trees.printMessage(d.kind(), message, finding.tree(), unit);
    } else {
      processingEnv.getMessager().printMessage(d.kind(), message, m);
    }
  }

  /** The failure and where it happened, for the user's bug report. */
  private static String describe(Throwable ex) {
    StringBuilder sb = new StringBuilder(ex.toString());
    java.util.Arrays.stream(ex.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("dev.nabla"))
        .limit(4)
        .forEach(frame -> sb.append(" at ").append(frame));
    return sb.toString();
  }

  private void report(CompileError error, ExecutableElement m) {
    if (!reported.add(error.key())) {
      return;
    }
    if (error.tree() != null && error.unit() != null) {
      trees.printMessage(error.diagnostic().kind(), error.getMessage(), error.tree(), error.unit());
    } else {
      processingEnv.getMessager().printMessage(error.diagnostic().kind(), error.getMessage(), m);
    }
  }
}
