package io.github.attentioncourse.engine;

/**
 * A linear layer and a softmax: the scores (logits) z = x·W + b, one per class, and the
 * probabilities p = softmax(z); with a right answer, the cross-entropy loss −ln p_target, which is
 * what training makes small. A transformer's output layer is this, with a word per class.
 *
 * @param input   x, 1×d
 * @param weights W, d×c: row i says how much input i speaks for each class
 * @param bias    b, 1×c
 */
public record LinearClassifier(double[] input, double[][] weights, double[] bias) {

    public LinearClassifier {
        if (weights.length != input.length || bias.length == 0) {
            throw new IllegalArgumentException("W needs one row per input and b one entry per class");
        }
        for (double[] row : weights) {
            if (row.length != bias.length) {
                throw new IllegalArgumentException("every row of W needs one entry per class");
            }
        }
        input = input.clone();
        weights = weights.clone();
        bias = bias.clone();
    }

    /** z = x·W + b: (1×d)·(d×c) + (1×c) → (1×c), summed in input order. */
    public double[] logits() {
        double[] z = bias.clone();
        for (int j = 0; j < z.length; j++) {
            double sum = 0;
            for (int i = 0; i < input.length; i++) {
                sum += input[i] * weights[i][j];
            }
            z[j] = sum + bias[j];
        }
        return z;
    }

    /** softmax(z): positive, summing to 1. */
    public double[] probabilities() {
        return Softmax.withTemperature(logits(), 1);
    }

    /** −ln p_target: 0 when the classifier is sure of the right class, large when it is sure of a wrong one. */
    public double loss(int target) {
        return -StrictMath.log(probabilities()[target]);
    }
}
