package golden;

import dev.nabla.DerivativeOf;
import dev.nabla.Differentiable;
import org.hipparchus.special.Erf;

/** A call of a library function with a derivative rule: its gradient and HVP are in golden/custom/Rules.txt. */
public class Custom {
  @DerivativeOf(type = Erf.class, method = "erf")
  static double erfPartial(double x) {
    return 2 / Math.sqrt(Math.PI) * Math.exp(-x * x);
  }

  @Differentiable public static double normalCdf(double x, double mu, double sigma) {
    return 0.5 * (1 + Erf.erf((x - mu) / (sigma * Math.sqrt(2))));
  }
}
