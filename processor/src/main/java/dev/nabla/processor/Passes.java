package dev.nabla.processor;

import dev.nabla.processor.ir.Function;
import dev.nabla.processor.ir.Verifier;
import dev.nabla.processor.ir.Verifier.Contract;
import java.util.function.UnaryOperator;

/**
 * Runs the compiler's passes by name and, when asked ({@code -Anabla.verifyIr=true}, as every test compile does),
 * verifies the IR after each, so that a broken function names the pass that broke it.
 */
final class Passes {
  /** The processor option that turns verification on. */
  static final String VERIFY_OPTION = "nabla.verifyIr";

  private final boolean verify;

  Passes(boolean verify) {
    this.verify = verify;
  }

  /** The result of the pass {@code name} on {@code input}, verified as generated code. */
  Function apply(String name, UnaryOperator<Function> pass, Function input) {
    return checked(name, pass.apply(input), Contract.GENERATED);
  }

  /** The result of the pass {@code name} on {@code input}, verified as standing for the user's method. */
  Function applyToSource(String name, UnaryOperator<Function> pass, Function input) {
    return checked(name, pass.apply(input), Contract.SOURCE);
  }

  private Function checked(String name, Function f, Contract contract) {
    return verify ? Verifier.verify(f, name, contract) : f;
  }
}
