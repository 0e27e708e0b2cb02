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
import javax.lang.model.util.Elements;

/** The compiler's phases for one method: lower, simplify, differentiate, optimize, write. */
final class Pipeline {
  private final Trees trees;
  private final Elements elements;
  private final Signature sig;
  private final MethodTree tree;
  private final CompilationUnitTree unit;

  /** The generated methods, and the warnings about where the derivative is not smooth. */
  record Result(MethodsWriter writer, List<Smoothness.Finding> findings) {}

  private Pipeline(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit) {
    this.trees = trees;
    this.elements = elements;
    this.sig = sig;
    this.tree = tree;
    this.unit = unit;
  }

  static Result run(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      com.squareup.javapoet.ClassName owner) {
    return new Pipeline(trees, elements, sig, tree, unit).run(owner);
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
      Function gradient = optimized(ReverseMode.gradient(f, point));
      Function differentiated = Simplifier.simplify(ReverseMode.gradientToDifferentiate(f, point));
      Function hessianVector = optimized(ForwardMode.hessianVector(differentiated, point));
      Chunk hessianChunk = Chunk.widest(sig, w -> optimized(ForwardMode.hessianChunk(differentiated, point, w)));
      Function derivative = sig.isUnivariate() ? optimized(ReverseMode.derivative(f, point)) : null;
      return new Result(MethodsWriter.scalar(sig, owner, gradient, hessianVector, hessianChunk, derivative),
          findings);
    }
    Function jvp = optimized(ForwardMode.jvp(f, point));
    Chunk jacobianChunk = Chunk.widest(sig, w -> optimized(ForwardMode.jacobianChunk(f, point, w)));
    Function dot = simplified(Lowering.lower(trees, elements, sig, tree, unit, true));
    Function vjp = optimized(ReverseMode.gradient(dot, point));
    int m = knownResultLength(f);
    int n = sig.fixedPointSize();
    // reverse sweeps make the Jacobian when m < n; none are needed when the sizes are known and it is not so
    Chunk jacobianRows = m >= 0 && n >= 0 && m >= n ? null
        : Chunk.widest(m, w -> optimized(ReverseMode.jacobianRows(dot, point, w, m)));
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
  private static Function optimized(Function generated) {
    return Simplifier.simplify(CarriedValues.apply(Simplifier.simplify(generated)));
  }

  /** The method in IR, simplified, with its small fixed-size local arrays replaced by scalars. */
  private static Function simplified(Lowering.Lowered lowered) {
    Function f = Simplifier.simplify(lowered.function());
    return Simplifier.simplify(ScalarReplacement.apply(f));
  }
}
