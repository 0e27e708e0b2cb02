package dev.nabla.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.ad.Smoothness;
import dev.nabla.processor.codegen.Chunk;
import dev.nabla.processor.codegen.MethodsWriter;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import dev.nabla.processor.opt.CarriedValues;
import dev.nabla.processor.opt.ScalarReplacement;
import dev.nabla.processor.opt.Simplifier;
import dev.nabla.processor.source.Lowering;
import dev.nabla.processor.source.Signature;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.lang.model.util.Elements;

/** The compiler's phases for one method: lower, simplify, differentiate, optimize, write. */
final class Pipeline {
  private final Trees trees;
  private final Elements elements;
  private final Signature sig;
  private final MethodTree tree;
  private final CompilationUnitTree unit;
  private final Passes passes;

  /** The generated methods, and the warnings about where the derivative is not smooth. */
  record Result(MethodsWriter writer, List<Smoothness.Finding> findings) {}

  private Pipeline(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      Passes passes) {
    this.trees = trees;
    this.elements = elements;
    this.sig = sig;
    this.tree = tree;
    this.unit = unit;
    this.passes = passes;
  }

  static Result run(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      com.squareup.javapoet.ClassName owner, Passes passes) {
    return new Pipeline(trees, elements, sig, tree, unit, passes).run(owner);
  }

  private Result run(com.squareup.javapoet.ClassName owner) {
    Set<Integer> point = new HashSet<>();
    for (int i = 0; i < sig.parameters().size(); i++) {
      if (sig.parameters().get(i).differentiable()) {
        point.add(i);
      }
    }
    Lowering.Lowered primal = Lowering.lower(trees, elements, sig, tree, unit, false);
    List<Smoothness.Finding> findings = Smoothness.of(primal, point);
    Function f = simplified(primal);
    if (sig.isScalar()) {
      Function gradient = optimized(passes.apply("ReverseMode.gradient", g -> ReverseMode.gradient(g, point), f));
      Function differentiated = passes.apply("Simplifier", Simplifier::simplify,
          passes.apply("ReverseMode.gradientToDifferentiate", g -> ReverseMode.gradientToDifferentiate(g, point), f));
      Function hessianVector = optimized(passes.apply("ForwardMode.hessianVector",
          g -> ForwardMode.hessianVector(g, point), differentiated));
      Chunk hessianChunk = Chunk.widest(sig, w -> optimized(passes.apply("ForwardMode.hessianChunk",
          g -> ForwardMode.hessianChunk(g, point, w), differentiated)));
      Function derivative = sig.isUnivariate()
          ? optimized(passes.apply("ReverseMode.derivative", g -> ReverseMode.derivative(g, point), f)) : null;
      return new Result(MethodsWriter.scalar(sig, owner, gradient, hessianVector, hessianChunk, derivative),
          findings);
    }
    Function jvp = optimized(passes.apply("ForwardMode.jvp", g -> ForwardMode.jvp(g, point), f));
    Chunk jacobianChunk = Chunk.widest(sig, w -> optimized(passes.apply("ForwardMode.jacobianChunk",
        g -> ForwardMode.jacobianChunk(g, point, w), f)));
    Function dot = simplified(Lowering.lower(trees, elements, sig, tree, unit, true));
    Function vjp = optimized(passes.apply("ReverseMode.gradient", g -> ReverseMode.gradient(g, point), dot));
    int m = knownResultLength(f);
    int n = sig.fixedPointSize();
    // reverse sweeps make the Jacobian when m < n; none are needed when the sizes are known and it is not so
    Chunk jacobianRows = m >= 0 && n >= 0 && m >= n ? null
        : Chunk.widest(m, w -> optimized(passes.apply("ReverseMode.jacobianRows",
            g -> ReverseMode.jacobianRows(g, point, w, m), dot)));
    return new Result(MethodsWriter.vector(sig, owner, jvp, jacobianChunk, vjp, jacobianRows), findings);
  }

  /** m, the length of the array a vector function returns, when it is allocated with a constant length; else −1. */
  private static int knownResultLength(Function f) {
    int[] m = {-1};
    Statements.forEach(f.body().stmts(), s -> {
      if (s instanceof Stmt.Let let && let.result().equals(f.result()) && let.op() instanceof Op.NewArray
          && f.constants().get(let.args().get(0)) instanceof Integer length) {
        m[0] = length;
      }
    });
    return m[0];
  }

  /** A generated function, simplified, with the costly values its loops would compute twice carried over. */
  private Function optimized(Function generated) {
    Function f = passes.apply("Simplifier", Simplifier::simplify, generated);
    f = passes.apply("CarriedValues", CarriedValues::apply, f);
    return passes.apply("Simplifier", Simplifier::simplify, f);
  }

  /** The method in IR, simplified, with its small fixed-size local arrays replaced by scalars. */
  private Function simplified(Lowering.Lowered lowered) {
    Function f = passes.applyToSource("Lowering", UnaryOperator.identity(), lowered.function());
    f = passes.applyToSource("Simplifier", Simplifier::simplify, f);
    // checked as generated code: ScalarReplacement gives an element's load the origin of the statement before, or none
    f = passes.apply("ScalarReplacement", ScalarReplacement::apply, f);
    return passes.apply("Simplifier", Simplifier::simplify, f);
  }
}
