/*
 * Source: BayesWitnesses/m2cgen, m2cgen/interpreters/java/softmax.java (commit not shown; LICENSE at
 * ad9c8bc0746f7219d525d8a11db2e1c6e9fb8e20). Licence: MIT (repository licence).
 * Computes: numerically stable softmax of a double[] (max shift, three loops), a private static method
 * that m2cgen pastes into generated Java models.
 * Edit: the source is a bare method snippet; it is wrapped in class Softmax (name chosen here).
 */
package corpus.ml;

public class Softmax {
@dev.nabla.Differentiable
private static double[] softmax(double[] x) {
    int size = x.length;
    double[] result = new double[size];
    double max = x[0];
    for (int i = 1; i < size; ++i) {
        if (x[i] > max)
            max = x[i];
    }
    double sum = 0.0;
    for (int i = 0; i < size; ++i) {
        result[i] = Math.exp(x[i] - max);
        sum += result[i];
    }
    for (int i = 0; i < size; ++i)
        result[i] /= sum;
    return result;
}
}
