package dev.nabla.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.ad.PassiveCode;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.ad.Smoothness;
import dev.nabla.processor.codegen.FieldHandles;
import dev.nabla.processor.codegen.GeneratedMethods;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.kinds.Derivative;
import dev.nabla.processor.kinds.Generation;
import dev.nabla.processor.kinds.Gradient;
import dev.nabla.processor.kinds.Hessian;
import dev.nabla.processor.kinds.HessianVector;
import dev.nabla.processor.kinds.Jacobian;
import dev.nabla.processor.kinds.Jvp;
import dev.nabla.processor.kinds.MethodKind;
import dev.nabla.processor.kinds.ObjectiveAdapter;
import dev.nabla.processor.kinds.SecondDerivative;
import dev.nabla.processor.kinds.Selection;
import dev.nabla.processor.kinds.Sources;
import dev.nabla.processor.kinds.VectorAdapter;
import dev.nabla.processor.kinds.Vjp;
import dev.nabla.processor.opt.CarriedValues;
import dev.nabla.processor.opt.PartialsDropped;
import dev.nabla.processor.opt.ScalarReplacement;
import dev.nabla.processor.opt.Simplifier;
import dev.nabla.processor.source.DerivativeRules;
import dev.nabla.processor.source.Lowering;
import dev.nabla.processor.source.Signature;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.util.Elements;

/** The compiler's phases for one method: lower, simplify, then each method kind differentiates, optimizes, writes. */
final class Pipeline {
  private final Trees trees;
  private final Elements elements;
  private final Signature sig;
  private final MethodTree tree;
  private final CompilationUnitTree unit;
  private final Passes passes;
  private final DerivativeRules rules;

  /** The kinds of generated methods, in the order they appear in the generated class. */
  private static final List<MethodKind> KINDS = List.of(
      new Gradient(),
      new HessianVector(),
      new Hessian(),
      new Jvp(),
      new Vjp(),
      new Jacobian(),
      new Derivative(),
      new SecondDerivative(),
      new ObjectiveAdapter(),
      VectorAdapter.leastSquares(),
      VectorAdapter.vectorFunction());

  /** The generated methods, and the warnings about where the derivative is not smooth. */
  record Result(GeneratedMethods methods, List<Smoothness.Finding> findings) {}

  private Pipeline(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      DerivativeRules rules, Passes passes) {
    this.trees = trees;
    this.elements = elements;
    this.sig = sig;
    this.tree = tree;
    this.unit = unit;
    this.passes = passes;
    this.rules = rules;
  }

  /** The names of the method kinds, as options name them. */
  static Set<String> kindNames() {
    Set<String> names = new LinkedHashSet<>();
    KINDS.forEach(k -> names.add(k.name()));
    return names;
  }

  static Result run(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      com.squareup.javapoet.ClassName owner, FieldHandles handles, DerivativeRules rules, Selection selection,
      Passes passes) {
    return new Pipeline(trees, elements, sig, tree, unit, rules, passes).run(owner, handles, selection);
  }

  private Result run(com.squareup.javapoet.ClassName owner, FieldHandles handles, Selection selection) {
    Set<Integer> point = new HashSet<>();
    for (int i = 0; i < sig.parameters().size(); i++) {
      if (sig.parameters().get(i).differentiable()) {
        point.add(i);
      }
    }
    Lowering.Lowered primal = Lowering.lower(trees, elements, rules, sig, tree, unit, false);
    PassiveCode.check(primal, point, Generation.highestOrder(KINDS, selection, sig));
    List<Smoothness.Finding> findings = Smoothness.of(primal, point);
    Sources sources = new Built(primal, point, selection.tapeLimit());
    return new Result(Generation.generate(KINDS, selection, sig, owner, handles, sources), findings);
  }

  /** The IR the kinds differentiate, built by this pipeline's passes on first use. */
  private final class Built implements Sources {
    private final Lowering.Lowered lowered;
    private final Function primal;
    private final Set<Integer> point;
    private final int tapeLimit;
    private Function differentiated;
    private Function dot;

    Built(Lowering.Lowered lowered, Set<Integer> point, int tapeLimit) {
      this.lowered = lowered;
      this.primal = simplified(lowered);
      this.point = point;
      this.tapeLimit = tapeLimit;
    }

    @Override
    public int tapeLimit() {
      return tapeLimit;
    }

    @Override
    public Function primal() {
      return primal;
    }

    @Override
    public Set<Integer> point() {
      return point;
    }

    @Override
    public Set<String> reservedNames() {
      return lowered.reserved();
    }

    @Override
    public Function differentiated() {
      if (differentiated == null) {
        differentiated = passes.apply("Simplifier", Simplifier::simplify, passes.apply(
            "ReverseMode.gradientToDifferentiate", g -> ReverseMode.gradientToDifferentiate(g, point),
            sig.isScalar() ? primal : dot()));
      }
      return differentiated;
    }

    @Override
    public Function dot() {
      if (dot == null) {
        dot = simplified(Lowering.lower(trees, elements, rules, sig, tree, unit, true));
      }
      return dot;
    }

    @Override
    public Function optimized(String transform, Function generated) {
      return Pipeline.this.optimized(passes.apply(transform, UnaryOperator.identity(), generated));
    }

    @Override
    public Function pass(String name, UnaryOperator<Function> pass, Function generated) {
      return passes.apply(name, pass, generated);
    }
  }

  /**
   * A generated function without the partials of calls with derivative rules, simplified, with the costly values its
   * loops would compute twice carried over.
   */
  private Function optimized(Function generated) {
    Function f = passes.apply("PartialsDropped", PartialsDropped::apply, generated);
    f = passes.apply("Simplifier", Simplifier::simplify, f);
    f = passes.apply("CarriedValues", CarriedValues::apply, f);
    return passes.apply("Simplifier", Simplifier::simplify, f);
  }

  /** The method in IR, simplified, with its small fixed-size local arrays replaced by scalars. */
  private Function simplified(Lowering.Lowered lowered) {
    Function f = passes.applyToSource("Lowering", UnaryOperator.identity(), lowered.function());
    f = passes.applyToSource("Simplifier", Simplifier::simplify, f);
    f = passes.applyToSource("ScalarReplacement", ScalarReplacement::apply, f);
    return passes.applyToSource("Simplifier", Simplifier::simplify, f);
  }
}
