package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.MATRIX;
import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.codegen.Chunk;
import dev.nabla.processor.opt.FreshMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code fHessian}: the n×n Hessian (of cotangentᵀf for a vector function f, as for {@link HessianVector}), by chunks
 * of columns in forward-over-reverse sweeps ({@code fHessianChunk}), or, when a chunk would be one column, by one
 * {@link HessianVector Hessian–vector product} per row; made exactly symmetric by the mean of each pair of mirrored
 * entries, which differ by rounding only.
 */
public final class Hessian extends MethodKind {
  public Hessian() {
    super("Hessian", 2, sig -> true, Set.of("n", "i", "j", "v", "hessian", "first", "mean", "cotangent"),
        Set.of(HessianVector.class));
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    // fHessian, the chunk's only caller, passes a new matrix: its zeros need no stores
    Chunk chunk = Chunk.widest(c.sig(), w -> s.pass("FreshMatrix", FreshMatrix::withoutZeroStores,
        s.optimized("ForwardMode.hessianChunk", ForwardMode.hessianChunk(s.differentiated(), s.point(), w))));
    if (chunk != null) {
      MethodSpec.Builder h = c.helper("HessianChunk", TypeName.DOUBLE, "Returns $L and writes $L of its "
          + "Hessian into {@code hessian}, by one forward-over-reverse sweep.", c.secondOrderSubject("Hessian"),
          Context.columns(chunk.width()));
      c.secondOrderWeights().forEach(w -> h.addParameter(VECTOR, w));
      c.emit(h.addParameter(TypeName.INT, "first").addParameter(MATRIX, "hessian"), chunk.function(),
          c.secondOrderNames("first", "hessian"));
    }
    c.add(hessian(c, chunk));
  }

  private static MethodSpec hessian(Context c, Chunk chunk) {
    MethodSpec.Builder m = c.method("Hessian", MATRIX, "Returns the n×n Hessian of $L, $L.",
        c.secondOrderSubject("Hessian"), chunk == null ? "one Hessian–vector product per row"
            : chunk.width() + " columns per forward-over-reverse sweep");
    c.secondOrderWeights().forEach(w -> m.addParameter(VECTOR, w));
    m.addCode(c.prologue())
        .addStatement("double[][] hessian = new double[n][n]");
    if (chunk != null) {
      m.addCode(c.eachChunk("HessianChunk", c.secondOrderWeights(), "hessian", chunk.width(), 0));
    } else {
      // row i is H·e_i, since the Hessian is symmetric
      m.addStatement("double[] v = new double[n]")
          .beginControlFlow("for (int i = 0; i < n; i++)")
          .addStatement("v[i] = 1.0")
          .addStatement("$LHessianVector($L)", c.f(), c.arguments(rowArguments(c)))
          .addStatement("v[i] = 0.0")
          .endControlFlow();
    }
    // H[i][j] and H[j][i] come from different sweeps, which round differently: their mean makes H exactly symmetric
    return m.beginControlFlow("for (int i = 1; i < n; i++)")
        .beginControlFlow("for (int j = 0; j < i; j++)")
        .beginControlFlow("if (hessian[i][j] != hessian[j][i])")
        .addStatement("double mean = 0.5 * hessian[i][j] + 0.5 * hessian[j][i]")
        .addStatement("hessian[i][j] = mean")
        .addStatement("hessian[j][i] = mean")
        .endControlFlow()
        .endControlFlow()
        .endControlFlow()
        .addStatement("return hessian").build();
  }

  /** The arguments after the user's of the Hessian–vector product that computes row i. */
  private static String[] rowArguments(Context c) {
    List<String> extra = new ArrayList<>(c.secondOrderWeights());
    extra.add("v");
    extra.add("hessian[i]");
    return extra.toArray(String[]::new);
  }
}
