/*
 * Source: finmath/finmath-lib, src/main/java/net/finmath/functions/BachelierModel.java,
 * commit 07f76a4ba811c31d7a05f994bd639a7071d89c11. Licence: Apache-2.0 (finmath-lib).
 * Computes: the Bachelier (normal) model's European call value, delta and vega: branches on the maturity and on
 * forward == strike, and the normal distribution function and density through finmath's NormalDistribution
 * (NormalDistribution.java here), which calls a static distribution object.
 * Edits: package changed; the imports of GoldenSectionSearch and RandomVariable and the members using them (the
 * RandomVariable overloads, the implied volatilities) and all members after bachelierHomogeneousOptionVega are
 * omitted; the three double methods and the constructor are verbatim.
 */
package corpus.pricing;

/**
 * This class implements some functions as static class methods related to the Bachelier model.
 * 
 * There are different variants of the Bachelier model, depending on if the volatility of the stock
 * or the volatility of the forward are assumed to be constant.
 * 
 * @see net.finmath.m
 *
 * @author Christian Fries
 * @version 1.10
 * @date 27.04.2012
 */
public class BachelierModel {

	// Suppress default constructor for non-instantiability
	private BachelierModel() {
		// This constructor will never be invoked
	}

	/**
	 * Calculates the option value of a call, i.e., the payoff max(S(T)-K,0), where S follows a
	 * normal process with numeraire scaled volatility, i.e., a Homogeneous Bachelier model
	 * \[
	 * 	\mathrm{d} S(t) = r S(t) \mathrm{d} t + \sigma exp(r t) \mathrm{d}W(t)
	 * \]
	 * Considering the numeraire \( N(t) = exp( r t ) \), this implies that \( F(t) = S(t)/N(t) \) follows
	 * \[
	 * 	\mathrm{d} F(t) = \sigma \mathrm{d}W(t) \text{.}
	 * \]
	 *
	 * @param forward The forward of the underlying \( F = S(0) \exp(r T) \).
	 * @param volatility The Bachelier volatility \( \sigma \).
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike K.
	 * @param payoffUnit The payoff unit (e.g., the discount factor)
	 * @return Returns the value of a European call option under the Bachelier model.
	 */
	@dev.nabla.Differentiable
	public static double bachelierHomogeneousOptionValue(
			final double forward,
			final double volatility,
			final double optionMaturity,
			final double optionStrike,
			final double payoffUnit)
	{
		double volatilityBachelier = volatility / payoffUnit;
		
		if(optionMaturity < 0) {
			return 0;
		}
		else if(forward == optionStrike) {
			return volatilityBachelier * Math.sqrt(optionMaturity / Math.PI / 2.0) * payoffUnit;
		}
		else
		{
			// Calculate analytic value
			final double dPlus = (forward - optionStrike) / (volatilityBachelier * Math.sqrt(optionMaturity));

			final double valueAnalytic = ((forward - optionStrike) * NormalDistribution.cumulativeDistribution(dPlus)
					+ volatilityBachelier * Math.sqrt(optionMaturity) * NormalDistribution.density(dPlus)) * payoffUnit;

			return valueAnalytic;
		}
	}

	/**
	 * Calculates the option delta dV(0)/dS(0) of a call option, i.e., the payoff V(T)=max(S(T)-K,0), where S follows a
	 * normal process with numeraire scaled volatility, i.e., a Homogeneous Bachelier model
	 * \[
	 * 	\mathrm{d} S(t) = r S(t) \mathrm{d} t + \sigma exp(r t) \mathrm{d}W(t)
	 * \]
	 * Considering the numeraire \( N(t) = exp( r t ) \), this implies that \( F(t) = S(t)/N(t) \) follows
	 * \[
	 * 	\mathrm{d} F(t) = \sigma \mathrm{d}W(t) \text{.}
	 * \]
	 *
	 * @param forward The forward of the underlying \( F = S(0) \exp(r T) \).
	 * @param volatility The Bachelier volatility \( \sigma \).
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike K.
	 * @param payoffUnit The payoff unit (e.g., the discount factor)
	 * @return Returns the value of the option delta (dV/dS(0)) of a European call option under the Bachelier model.
	 */
	@dev.nabla.Differentiable
	public static double bachelierHomogeneousOptionDelta(
			final double forward,
			final double volatility,
			final double optionMaturity,
			final double optionStrike,
			final double payoffUnit)
	{
		double volatilityBachelier = volatility / payoffUnit;

		if(optionMaturity < 0) {
			return 0;
		}
		else if(forward == optionStrike) {
			return 1.0 / 2.0;
		}
		else
		{
			// Calculate analytic value
			final double dPlus = (forward - optionStrike) / (volatilityBachelier * Math.sqrt(optionMaturity));

			final double deltaAnalytic = NormalDistribution.cumulativeDistribution(dPlus);

			return deltaAnalytic;
		}
	}

	/**
	 * Calculates the vega of a call, i.e., the payoff max(S(T)-K,0) P, where S follows a
	 * normal process with numeraire scaled volatility, i.e., a Homogeneous Bachelier model
	 * \[
	 * 	\mathrm{d} S(t) = r S(t) \mathrm{d} t + \sigma exp(r t) \mathrm{d}W(t)
	 * \]
	 * Considering the numeraire \( N(t) = exp( r t ) \), this implies that \( F(t) = S(t)/N(t) \) follows
	 * \[
	 * 	\mathrm{d} F(t) = \sigma \mathrm{d}W(t) \text{.}
	 * \]
	 *
	 * @param forward The forward of the underlying \( F = S(0) \exp(r T) \).
	 * @param volatility The Bachelier volatility \( \sigma \).
	 * @param optionMaturity The option maturity T.
	 * @param optionStrike The option strike.
	 * @param payoffUnit The payoff unit (e.g., the discount factor)
	 * @return Returns the vega of a European call option under the Bachelier model.
	 */
	@dev.nabla.Differentiable
	public static double bachelierHomogeneousOptionVega(
			final double forward,
			final double volatility,
			final double optionMaturity,
			final double optionStrike,
			final double payoffUnit)
	{
		double volatilityBachelier = volatility / payoffUnit;

		if(optionMaturity < 0) {
			return 0;
		}
		else if(forward == optionStrike) {

			return Math.sqrt(optionMaturity / (Math.PI * 2.0)) * payoffUnit;
		}
		else
		{
			// Calculate analytic value
			final double dPlus = (forward - optionStrike) / (volatilityBachelier * Math.sqrt(optionMaturity));

			final double vegaAnalytic = Math.sqrt(optionMaturity) * NormalDistribution.density(dPlus) * payoffUnit;

			return vegaAnalytic * volatilityBachelier / volatility;
		}
	}
}
