package dev.nabla.processor;

import static dev.nabla.processor.Reflect.checkScalar;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A value a loop reads but never assigns is not carried from one iteration to the next, so it is not taped either: an
 * Euler loop that reads {@code -p} pushes only its state x (and x's tangents), not p each step (issue 15: a unary minus
 * counted as an assignment, which made p a carried slot, pushed with its tangents, 6 pushes per step where 3 would do
 * in a Hessian chunk).
 */
class LoopInvariantValuesTest {
  @Test
  void aNegatedParameterIsNotTapedAndTheDerivativesStayRight(@TempDir Path dir) throws Exception {
    InProcessCompiler.Fixture euler = InProcessCompiler.compileFixture(dir, "invariant.Euler");
    assertEquals(2, pushes(euler.generated(), "static double decayGradient("),
        "the gradient's loop pushes x only, in its two taped copies: the prefix, and the turns of its checkpoints");
    assertEquals(2, pushes(euler.generated(), "decayHessianVector("), "H·v's loop pushes x and its tangent");
    assertEquals(3, pushes(euler.generated(), "decayHessianChunk("), "a Hessian chunk's loop pushes x, xDot0, xDot1");
    for (int steps : new int[] {0, 1, 50}) {
      checkScalar(euler.type(), euler.derivatives(), "decay", p -> new Object[] {p[0], p[1], steps},
          new double[] {0.8, 1.3}, 1e-6, 1e-5);
    }
  }

  /** The {@code tape.push} statements in the generated method whose declaration contains {@code signature}. */
  private static int pushes(String generated, String signature) {
    int start = generated.indexOf(signature);
    String body = generated.substring(start, generated.indexOf("\n  }\n", start));
    return body.split("tape\\.push\\(", -1).length - 1;
  }
}
