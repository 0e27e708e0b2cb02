/*
 * Source: zhufengGNSS/odtbx_nasa, vendor/Jat/jat/alg/opt/test/functions/Rosenbrock.java
 * (JAT: Java Astrodynamics Toolkit, vendored in NASA ODTBX). Licence: NASA Open Source Agreement 1.3 (OSI-approved), per header.
 * Computes: the 2-D Rosenbrock test function 100(x0^2 - x1)^2 + (1 - x0)^2.
 * Edit: "implements ScalarfromArrayFunction" (jat.alg) dropped so the file compiles alone; the method is unchanged.
 */
package corpus.optim;

public class Rosenbrock
{
	@dev.nabla.Differentiable
	public double evaluate(double[] x)
	{
		// Rosenbrock
		double term1 = x[0] * x[0] - x[1];
		double term2 = 1 - x[0];
		return (100. * term1 * term1 + term2 * term2);
	}
}
