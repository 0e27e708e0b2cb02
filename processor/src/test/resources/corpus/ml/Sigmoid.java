/*
 * Source: neuroph/neuroph, neuroph-2.9/Core/src/main/java/org/neuroph/core/transfer/Sigmoid.java,
 * commit 1b54ed2ea0dfff9a14f135b074436b73ec8c5a5a (base class TransferFunction.java at
 * 3e57d4be2f06db287d6b3ff09f35e55873567860). Licence: Apache-2.0 (file header).
 * Computes: logistic transfer 1/(1+exp(-slope x)) with saturation branches; instance method reading the private
 * field slope and WRITING the inherited field output (a receiver field written by the method).
 * Edits: the Sigmoid(org.neuroph.util.Properties) constructor is omitted (not on our class path);
 * TransferFunction is copied verbatim as a package-private top-level class.
 */
package corpus.ml;

import java.io.Serializable;

/**
 * <pre>
 * Sigmoid neuron transfer function.
 * 
 * output = 1/(1+ e^(-slope*input))
 * </pre>
 * @author Zoran Sevarac <sevarac@gmail.com>
 */
public class Sigmoid extends TransferFunction implements Serializable {
	/**
	 * The class fingerprint that is set to indicate serialization
	 * compatibility with a previous version of the class.
	 */		
	private static final long serialVersionUID = 2L;
	
	/**
	 * The slope parametetar of the sigmoid function
	 */
	private double slope = 1d;

	/**
	 * Creates an instance of Sigmoid neuron transfer function with default
	 * slope=1.
	 */	
	public Sigmoid() {
	}

	/**
	 * Creates an instance of Sigmoid neuron transfer function with specified
	 * value for slope parametar.
	 * @param slope the slope parametar for the sigmoid function
	 */
	public Sigmoid(double slope) {
		this.slope = slope;
	}

	/**
	 * Returns the slope parametar of this function
	 * @return  slope parametar of this function 
	 */
	public double getSlope() {
		return this.slope;
	}

	/**
	 * Sets the slope parametar for this function
	 * @param slope value for the slope parametar
	 */
	public void setSlope(double slope) {
		this.slope = slope;
	}

	@Override
	@dev.nabla.Differentiable
	public double getOutput(double netInput) {
                // conditional logic helps to avoid NaN
                if (netInput > 100) {
                    return 1.0;
                }else if (netInput < -100) {
                    return 0.0;
                }

		double den = 1 + Math.exp(-this.slope * netInput);
                this.output = (1d / den);
                
		return this.output;
	}

	@Override
	public double getDerivative(double net) { // remove net parameter? maybe we dont need it since we use cached output value
                // +0.1 is fix for flat spot see http://www.heatonresearch.com/wiki/Flat_Spot
		double derivative = this.slope * this.output * (1d - this.output) + 0.1;
		return derivative;
	}

}

/**
 * Abstract base class for all neuron tranfer functions.
 * 
 * @author Zoran Sevarac <sevarac@gmail.com>
 * @see org.neuroph.core.Neuron
 */
abstract class TransferFunction implements Serializable {
	
	/**
	 * The class fingerprint that is set to indicate serialization
	 * compatibility with a previous version of the class.
	 */		
	private static final long serialVersionUID = 1L;
        
        /**
         * Output result
         */
        protected double output; // cached output value to avoid double calculation for derivative

	/**
	 * Returns the ouput of this function.
	 * 
	 * @param totalInput
	 *            total input 
	 */
	abstract public double getOutput(double totalInput);

	/**
	 * Returns the first derivative of this function.
	 * Note: should this method should be abstract?
	 * @param totalInput
	 *            total  input
	 */
	public double getDerivative(double totalInput) {
		return 1d;
	}

}
