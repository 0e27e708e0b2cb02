package dev.nabla.processor.kinds;

import static dev.nabla.processor.kinds.Context.MATRIX;
import static dev.nabla.processor.kinds.Context.VECTOR;

import com.squareup.javapoet.CodeBlock;
import com.squareup.javapoet.MethodSpec;
import com.squareup.javapoet.TypeName;
import dev.nabla.processor.ad.ForwardMode;
import dev.nabla.processor.ad.ReverseMode;
import dev.nabla.processor.codegen.Chunk;
import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Op;
import dev.nabla.processor.ir.Statements;
import dev.nabla.processor.ir.Stmt;
import java.util.List;
import java.util.Set;

/**
 * {@code fJacobian}: a vector function's m×n Jacobian, by m reverse sweeps when m &lt; n (chunks of rows, {@code
 * fJacobianRows}, the rest by {@link Vjp}), else by chunks of columns ({@code fJacobianChunk}) or, when a chunk would
 * be one column, one {@link Jvp} per column.
 */
public final class Jacobian extends MethodKind {
  public Jacobian() {
    super("Jacobian", 1, sig -> !sig.isScalar(),
        Set.of("n", "m", "i", "j", "jacobian", "value", "first", "column", "row", "tangent", "cotangent"),
        Set.of(Jvp.class, Vjp.class));
  }

  @Override
  protected void generate(Context c) {
    Sources s = c.sources();
    Function f = s.primal();
    Chunk chunk = Chunk.widest(c.sig(),
        w -> s.optimized("ForwardMode.jacobianChunk", ForwardMode.jacobianChunk(f, s.point(), w)));
    int m = knownResultLength(f);
    int n = c.sig().fixedPointSize();
    // reverse sweeps make the Jacobian when m < n; none are needed when the sizes are known and it is not so
    Chunk rows = m >= 0 && n >= 0 && m >= n ? null
        : Chunk.widest(m,
            w -> s.optimized("ReverseMode.jacobianRows", ReverseMode.jacobianRows(s.dot(), s.point(), w, m)));
    if (chunk != null) {
      c.emit(c.helper("JacobianChunk", VECTOR, "Returns {@code $L} and writes $L of its Jacobian into "
          + "{@code jacobian}, by one forward sweep.", c.f(), Context.columns(chunk.width()))
          .addParameter(TypeName.INT, "first")
          .addParameter(MATRIX, "jacobian"),
          chunk.function(), c.names("first", "jacobian"));
    }
    if (rows != null) {
      c.emit(c.helper("JacobianRows", TypeName.DOUBLE, "Writes rows first to first + $L of the Jacobian "
          + "of {@code $L} into {@code jacobian}, by one reverse sweep; returns 0.", rows.width() - 1, c.f())
          .addParameter(TypeName.INT, "first")
          .addParameter(MATRIX, "jacobian"),
          rows.function(), c.names("first", "jacobian"));
    }
    CodeBlock value = c.primal(c.declaredArguments());
    c.add(jacobian(c, chunk, rows, value));
    c.add(c.method("Jacobian", MATRIX, "Returns the m×n Jacobian of {@code $L}: row i is the gradient of f_i.", c.f())
        .addStatement("double[][] jacobian = new double[$L.length][$L]", value, c.pointSize())
        .addStatement("$LJacobian($L)", c.f(), c.arguments("jacobian"))
        .addStatement("return jacobian")
        .build());
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

  /** {@code fJacobian(P..., jacobian)}: by row chunks, column chunks, JVPs or VJPs, as the class comment says. */
  private static MethodSpec jacobian(Context c, Chunk chunk, Chunk rows, CodeBlock value) {
    MethodSpec.Builder m = c.method("Jacobian", VECTOR, "Returns {@code $L} and fills {@code jacobian} (m×n) with its "
        + "Jacobian: by $L when m < n, else by $L.", c.f(), rows == null ? "one reverse sweep per row"
        : "reverse sweeps of " + rows.width() + " rows each", chunk == null ? "one forward sweep per column"
        : "forward sweeps of " + chunk.width() + " columns each")
        .addParameter(MATRIX, "jacobian")
        .addCode(c.prologue())
        .addStatement("int m = jacobian.length")
        .beginControlFlow("for (double[] row : jacobian)")
        .addStatement("requireLength(row.length, n, $S)", "jacobian row")
        .endControlFlow();
    if (chunk != null) {
      m.beginControlFlow("if (m >= n)")
          .addStatement("double[] value = $LJacobianChunk($L)", c.f(), c.arguments("0", "jacobian"))
          .addCode(c.eachChunk("JacobianChunk", List.of(), "jacobian", chunk.width(), chunk.width()))
          .addStatement("return value")
          .endControlFlow();
    }
    m.addStatement("double[] value = $L", value)
        .addStatement("requireLength(m, value.length, $S)", "jacobian");
    if (chunk == null) {
      m.beginControlFlow("if (m >= n)")
          .addStatement("double[] tangent = new double[n]")
          .beginControlFlow("for (int j = 0; j < n; j++)")
          .addStatement("tangent[j] = 1.0")
          .addStatement("double[] column = $LJvp($L)", c.f(), c.arguments("tangent"))
          .addStatement("tangent[j] = 0.0")
          .beginControlFlow("for (int i = 0; i < m; i++)")
          .addStatement("jacobian[i][j] = column[i]")
          .endControlFlow()
          .endControlFlow()
          .addStatement("return value")
          .endControlFlow();
    }
    CodeBlock vjps = CodeBlock.builder()
        .addStatement("double[] cotangent = new double[m]")
        .beginControlFlow("for (int i = $L; i < m; i++)", rows == null ? "0" : "first")
        .addStatement("cotangent[i] = 1.0")
        .addStatement("$LVjpInto($L)", c.f(), c.arguments("cotangent", "jacobian[i]"))
        .addStatement("cotangent[i] = 0.0")
        .endControlFlow()
        .build();
    if (rows == null) {
      return m.addCode(vjps).addStatement("return value").build();
    }
    return m.addStatement("int first = 0")
        .beginControlFlow("for (; first + $L <= m; first += $L)", rows.width(), rows.width())
        .addStatement("$LJacobianRows($L)", c.f(), c.arguments("first", "jacobian"))
        .endControlFlow()
        .addComment("the rows that make no whole sweep, one reverse sweep each")
        .beginControlFlow("if (first < m)")
        .addCode(vjps)
        .endControlFlow()
        .addStatement("return value")
        .build();
  }
}
