/*
 * Source: finmath/finmath-lib, src/main/java/net/finmath/functions/AnalyticFormulas.java (stored version, index
 * lists commit 7fd253a06877cc4d93e50e02c6697634a2034eb4; the text was read from stored copy id 3179313652).
 * Licence: Apache-2.0 (finmath-lib).
 * Computes: SABR pieces - Hagan lognormal (Black) implied-vol approximation (argument checks with throw,
 * reassigned parameters for the displacement, ATM branch, ternary guard |x-z| < 1e-10, overload that forwards
 * with displacement 0), Berestycki normal-vol approximation (branches, x == 0 test, Math.max), the normal-vol
 * skew (calls the Berestycki helper), and the exact ATM lognormal -> normal vol conversion, which calls the
 * library special function Erf.erf.
 * Edit: the conversion calls org.apache.commons.math3.special.Erf.erf fully qualified; Hipparchus has the same
 * API, so it is written org.hipparchus.special.Erf.erf here. Only these methods are copied (verbatim).
 * Added later (issue 14), at the end of the class: the Black-Scholes call's gamma, vega and theta (branches on the
 * strike and maturity; theta calls finmath's NormalDistribution.cumulativeDistribution, NormalDistribution.java here),
 * copied verbatim from the same file at commit 8a3dc1e19fee736a2a6dfa7ea4e936995871a339 (finmath-lib's newest stored
 * snapshot).
 */
package corpus.pricing;

public class AnalyticFormulas {

	/**
	 * Calculated the approximation to the lognormal Black volatility using the
	 * standard SABR model and the standard Hagan approximation.
	 *
	 * @param alpha initial value of the stochastic volatility process of the SABR model.
	 * @param beta CEV parameter of the SABR model.
	 * @param rho Correlation (leverages) of the stochastic volatility.
	 * @param nu Volatility of the stochastic volatility (vol-of-vol).
	 * @param underlying Underlying (spot) value.
	 * @param strike Strike.
	 * @param maturity Maturity.
	 * @return Implied lognormal Black volatility.
	 */
	@dev.nabla.Differentiable
	public static double sabrHaganLognormalBlackVolatilityApproximation(final double alpha, final double beta, final double rho, final double nu, final double underlying, final double strike, final double maturity)
	{
		return sabrHaganLognormalBlackVolatilityApproximation(alpha, beta, rho, nu, 0.0, underlying, strike, maturity);
	}

	/**
	 * Calculated the approximation to the lognormal Black volatility using the
	 * standard SABR model and the standard Hagan approximation.
	 *
	 * @param alpha initial value of the stochastic volatility process of the SABR model.
	 * @param beta CEV parameter of the SABR model.
	 * @param rho Correlation (leverages) of the stochastic volatility.
	 * @param nu Volatility of the stochastic volatility (vol-of-vol).
	 * @param displacement The displacement parameter d.
	 * @param underlying Underlying (spot) value.
	 * @param strike Strike.
	 * @param maturity Maturity.
	 * @return Implied lognormal Black volatility.
	 */
	public static double sabrHaganLognormalBlackVolatilityApproximation(final double alpha, final double beta, final double rho, final double nu, final double displacement, double underlying, double strike, final double maturity)
	{

		if(alpha <= 0) {
			throw new IllegalArgumentException("&alpha; must be greater than 0.");
		}

		if(rho > 1 || rho < -1) {
			throw new IllegalArgumentException("&rho; must be between -1 and 1.");
		}

		if(nu <= 0) {
			throw new IllegalArgumentException("&nu; must be greater than 0.");
		}

		if(underlying <= 0) {
			throw new IllegalArgumentException("Approximation not definied for non-positive underlyings.");
		}

		// Apply displacement. Displaced model is just a shift on underlying and strike.
		underlying += displacement;
		strike += displacement;

		if(Math.abs(underlying - strike) < 0.0001 * (1+Math.abs(underlying))) {
			/*
			 * ATM case - we assume underlying = strike
			 */

			final double term1 = alpha / (Math.pow(underlying,1-beta));

			final double term2 = Math.pow(1-beta,2)/24 * Math.pow(alpha,2)/Math.pow(underlying,2*(1-beta))
					+ rho*beta*alpha*nu/(4*Math.pow(underlying,1-beta))
					+ (2-3*rho*rho)*nu*nu/24;
			return term1 * (1+ term2 * maturity);
		}
		else{
			/*
			 * General non-ATM case no prob with log(F/K)
			 */
			final double forwardTimesStrike = underlying * strike;

			final double z = nu/alpha * Math.pow(forwardTimesStrike, (1-beta)/2) * Math.log(underlying / strike);

			final double x = Math.log((Math.sqrt(1- 2*rho * z + z*z) + z - rho)/(1 - rho));

			final double term1 = alpha / Math.pow(forwardTimesStrike,(1-beta)/2)
					/ (1 + Math.pow(1-beta,2)/24*Math.pow(Math.log(underlying/strike),2)
							+ Math.pow(1-beta,4)/1920 * Math.pow(Math.log(underlying/strike),4));

			final double term2 = (Math.abs(x-z) < 1E-10) ? 1 : z / x;

			final double term3 = 1 + (Math.pow(1 - beta,2)/24 *Math.pow(alpha, 2)/Math.pow(forwardTimesStrike, 1-beta)
					+ rho*beta*nu*alpha / 4 / Math.pow(forwardTimesStrike, (1-beta)/2)
					+ (2-3*rho*rho)/24 * nu*nu) *maturity;


			return term1 * term2 * term3;
		}
	}


	/**
	 * Return the implied normal volatility (Bachelier volatility) under a SABR model using the
	 * approximation of Berestycki.
	 *
	 * @param alpha initial value of the stochastic volatility process of the SABR model.
	 * @param beta CEV parameter of the SABR model.
	 * @param rho Correlation (leverages) of the stochastic volatility.
	 * @param nu Volatility of the stochastic volatility (vol-of-vol).
	 * @param displacement The displacement parameter d.
	 * @param underlying Underlying (spot) value.
	 * @param strike Strike.
	 * @param maturity Maturity.
	 * @return The implied normal volatility (Bachelier volatility)
	 */
	@dev.nabla.Differentiable
	public static double sabrBerestyckiNormalVolatilityApproximation(final double alpha, final double beta, final double rho, final double nu, final double displacement, double underlying, double strike, final double maturity)
	{
		// Apply displacement. Displaced model is just a shift on underlying and strike.
		underlying += displacement;
		strike += displacement;

		final double forwardStrikeAverage = (underlying+strike) / 2.0;		// Original paper uses a geometric average here

		double z;
		if(beta < 1.0) {
			z = nu / alpha * (Math.pow(underlying, 1.0-beta) - Math.pow(strike, 1.0-beta)) / (1.0-beta);
		} else {
			z = nu / alpha * Math.log(underlying/strike);
		}

		final double x = Math.log((Math.sqrt(1.0 - 2.0*rho*z + z*z) + z - rho) / (1.0-rho));

		double term1;
		if(Math.abs(underlying - strike) < 1E-10 * (1+Math.abs(underlying))) {
			// ATM case - we assume underlying = strike
			term1 = alpha * Math.pow(underlying, beta);
		}
		else if(x == 0) {
			// x ~ z for z small
			if(beta < 1.0) {
				term1 = (underlying-strike) * alpha / (Math.pow(underlying, 1.0-beta) - Math.pow(strike, 1.0-beta)) / (1.0-beta);
			} else {
				term1 = (underlying-strike) * alpha / Math.log(underlying/strike);
			}
		}
		else {
			term1 = nu * (underlying-strike) / x;
		}
		final double sigma = term1 * (1.0 + maturity * ((-beta*(2-beta)*alpha*alpha)/(24*Math.pow(forwardStrikeAverage,2.0*(1.0-beta))) + beta*alpha*rho*nu / (4*Math.pow(forwardStrikeAverage,(1.0-beta))) + (2.0 -3.0*rho*rho)*nu*nu/24));

		return Math.max(sigma, 0.0);
	}

	/**
	 * Return the skew of the implied normal volatility (Bachelier volatility) under a SABR model using the
	 * approximation of Berestycki. The skew is the first derivative of the implied vol w.r.t. the strike,
	 * evaluated at the money.
	 *
	 * @param alpha initial value of the stochastic volatility process of the SABR model.
	 * @param beta CEV parameter of the SABR model.
	 * @param rho Correlation (leverages) of the stochastic volatility.
	 * @param nu Volatility of the stochastic volatility (vol-of-vol).
	 * @param displacement The displacement parameter d.
	 * @param underlying Underlying (spot) value.
	 * @param maturity Maturity.
	 * @return The skew of the implied normal volatility (Bachelier volatility)
	 */
	@dev.nabla.Differentiable
	public static double sabrNormalVolatilitySkewApproximation(final double alpha, final double beta, final double rho, final double nu, final double displacement, double underlying, final double maturity)
	{
		final double sigma = sabrBerestyckiNormalVolatilityApproximation(alpha, beta, rho, nu, displacement, underlying, underlying, maturity);

		// Apply displacement. Displaced model is just a shift on underlying and strike.
		underlying += displacement;

		final double a = alpha/Math.pow(underlying, 1-beta);
		final double c = 1.0/24*Math.pow(a, 3)*beta*(1.0-beta);

		final double skew = + (rho*nu/a + beta) * (1.0/2.0*sigma/underlying) - maturity*c*(3.0*rho*nu/a + beta - 2.0);

		// Some alternative representations
		//		double term1dterm21 = (beta*(2-beta)*alpha*alpha*alpha)/24*Math.pow(underlying,-3.0*(1.0-beta)) * (1.0-beta);
		//		double term1dterm22 = beta*alpha*alpha*rho*nu / 4 * Math.pow(underlying,-2.0*(1.0-beta)) * -(1.0-beta) * 0.5;
		//		skew = + 1.0/2.0*sigma/underlying*(rho*nu/alpha * Math.pow(underlying, 1-beta) + beta) + maturity * (term1dterm21+term1dterm22);
		//		skew = + (rho*nu/a + beta) * (1.0/2.0*sigma/underlying - maturity*3.0*c) + maturity*2.0*c*(1+beta);
		//		skew = + (rho*nu/a + beta) * (1.0/2.0*sigma/underlying - maturity*c) - maturity*c*(2.0*rho*nu/a - 2.0);

		// The follwoing may be used as approximations (for beta=0 the approximation is exact).
		//		double approximation = (rho*nu/a + beta) * (1.0/2.0*sigma/underlying);
		//		double residual =  skew - approximation;

		return  skew;
	}

	/**
	 * Exact conversion of displaced lognormal ATM volatility to normal ATM volatility.
	 *
	 * @param forward The forward
	 * @param displacement The displacement (considering a displaced lognormal model, otherwise 0.
	 * @param optionMaturity The maturity
	 * @param lognormalVolatility The (implied) lognormal volatility.
	 * @return The (implied) normal volatility.
	 * @see <a href="http://papers.ssrn.com/sol3/papers.cfm?abstract_id=2687742">Dimitroff, Fries, Lichtner and Rodi: Lognormal vs Normal Volatilities and Sensitivities in Practice</a>
	 */
	@dev.nabla.Differentiable
	public static double volatilityConversionLognormalATMtoNormalATM(final double forward, final double displacement, final double optionMaturity, final double lognormalVolatility) {
		final double x = lognormalVolatility * Math.sqrt(optionMaturity / 8);
		final double y = org.hipparchus.special.Erf.erf(x);
		final double normalVol = Math.sqrt(2*Math.PI / optionMaturity) * (forward+displacement) * y;

		return normalVol;
	}

	/**
	 * This static method calculated the gamma of a call option under a Black-Scholes model
	 *
	 * @param initialStockValue The initial value of the underlying, i.e., the spot.
	 * @param riskFreeRate The risk free rate of the bank account numerarie.
	 * @param volatility The Black-Scholes volatility.
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike.
	 * @return The gamma of the option
	 */
	@dev.nabla.Differentiable
	public static double blackScholesOptionGamma(
			final double initialStockValue,
			final double riskFreeRate,
			final double volatility,
			final double optionMaturity,
			final double optionStrike)
	{
		if(optionStrike <= 0.0 || optionMaturity <= 0.0)
		{
			// The Black-Scholes model does not consider it being an option
			return 0.0;
		}
		else
		{
			// Calculate gamma
			final double dPlus = (Math.log(initialStockValue / optionStrike) + (riskFreeRate + 0.5 * volatility * volatility) * optionMaturity) / (volatility * Math.sqrt(optionMaturity));

			final double gamma = Math.exp(-0.5*dPlus*dPlus) / (Math.sqrt(2.0 * Math.PI * optionMaturity) * initialStockValue * volatility);

			return gamma;
		}
	}

	/**
	 * Calculates the vega of a call, i.e., the payoff max(S(T)-K,0) P, where S follows a
	 * normal process with constant volatility, i.e., a Black-Scholes model
	 * \[
	 * 	\mathrm{d} S(t) = r S(t) \mathrm{d} t + \sigma S(t)\mathrm{d}W(t)
	 * \]
	 *
	 * @param initialStockValue The initial value of the underlying, i.e., the spot.
	 * @param riskFreeRate The risk free rate of the bank account numerarie.
	 * @param volatility The Black-Scholes volatility.
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike.
	 * @return The vega of the option
	 */
	@dev.nabla.Differentiable
	public static double blackScholesOptionVega(
			final double initialStockValue,
			final double riskFreeRate,
			final double volatility,
			final double optionMaturity,
			final double optionStrike)
	{
		if(optionStrike <= 0.0 || optionMaturity <= 0.0)
		{
			// The Black-Scholes model does not consider it being an option
			return 0.0;
		}
		else
		{
			// Calculate vega
			final double dPlus = (Math.log(initialStockValue / optionStrike) + (riskFreeRate + 0.5 * volatility * volatility) * optionMaturity) / (volatility * Math.sqrt(optionMaturity));

			final double vega = Math.exp(-0.5*dPlus*dPlus) / Math.sqrt(2.0 * Math.PI) * initialStockValue * Math.sqrt(optionMaturity);

			return vega;
		}
	}

	/**
	 * This static method calculated the vega of a call option under a Black-Scholes model
	 *
	 * @param initialStockValue The initial value of the underlying, i.e., the spot.
	 * @param riskFreeRate The risk free rate of the bank account numerarie.
	 * @param volatility The Black-Scholes volatility.
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike.
	 * @return The vega of the option
	 */
	@dev.nabla.Differentiable
	public static double blackScholesOptionTheta(
			final double initialStockValue,
			final double riskFreeRate,
			final double volatility,
			final double optionMaturity,
			final double optionStrike)
	{
		if(optionStrike <= 0.0 || optionMaturity <= 0.0)
		{
			// The Black-Scholes model does not consider it being an option
			return 0.0;
		}
		else
		{
			// Calculate theta
			final double dPlus = (Math.log(initialStockValue / optionStrike) + (riskFreeRate + 0.5 * volatility * volatility) * optionMaturity) / (volatility * Math.sqrt(optionMaturity));
			final double dMinus = dPlus - volatility * Math.sqrt(optionMaturity);

			final double theta = -volatility * Math.exp(-0.5*dPlus*dPlus) / Math.sqrt(2.0 * Math.PI) / Math.sqrt(optionMaturity) / 2 * initialStockValue - riskFreeRate * optionStrike * Math.exp(-riskFreeRate * optionMaturity) * NormalDistribution.cumulativeDistribution(dMinus);

			return theta;
		}
	}
}
