package dev.nabla.processor;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.util.Trees;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.ad.ScalarReplacement;
import dev.nabla.processor.ad.Simplifier;
import dev.nabla.processor.codegen.MethodsWriter;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.source.Lowering;
import dev.nabla.processor.source.Signature;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.util.Elements;

/** The compiler's phases for one method: lower, simplify, differentiate, simplify, write. */
final class Pipeline {
  private Pipeline() {}

  /** The method in IR, simplified, with its small fixed-size local arrays replaced by scalars. */
  private static Function lowered(Trees trees, Elements elements, Signature sig, MethodTree tree,
      CompilationUnitTree unit, boolean vectorJacobian) {
    Function f = Simplifier.simplify(Lowering.lower(trees, elements, sig, tree, unit, vectorJacobian));
    return Simplifier.simplify(ScalarReplacement.apply(f));
  }

  static MethodsWriter run(Trees trees, Elements elements, Signature sig, MethodTree tree, CompilationUnitTree unit,
      String owner) {
    Set<Integer> point = new HashSet<>();
    for (int i = 0; i < sig.parameters().size(); i++) {
      if (sig.parameters().get(i).differentiable()) {
        point.add(i);
      }
    }
    if (sig.isScalar()) {
      Function f = lowered(trees, elements, sig, tree, unit, false);
      Function gradient = Simplifier.simplify(ReverseMode.gradient(f, point));
      Function hessianVector = Simplifier.simplify(ForwardMode.hessianVector(gradient, point));
      return MethodsWriter.scalar(sig, owner, gradient, hessianVector);
    }
    Function f = lowered(trees, elements, sig, tree, unit, false);
    Function jvp = Simplifier.simplify(ForwardMode.jvp(f, point));
    Function dot = lowered(trees, elements, sig, tree, unit, true);
    Function vjp = Simplifier.simplify(ReverseMode.gradient(dot, point));
    return MethodsWriter.vector(sig, owner, jvp, vjp);
  }
}
