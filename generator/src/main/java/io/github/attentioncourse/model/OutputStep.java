package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Softmax;
import org.ejml.data.DMatrixRMaj;

/**
 * The output layer at one position of a forward pass, and what training does with it: the logits
 * z = h·Eᵀ + b (h the final LayerNorm's output there, E the word vectors, tied), p = softmax(z);
 * with a target word t, the loss −ln p_t, its gradient ∂loss/∂z = p − onehot(t), which is also its
 * gradient with respect to the output bias b (∂z/∂b is the identity); and one step of gradient
 * descent on b alone, b ← b − η·(p − onehot(t)), with the logits, probabilities and loss it gives.
 *
 * @param position      the position read
 * @param hidden        h, d_model numbers
 * @param logits        z, one per word of the vocabulary
 * @param probabilities softmax(z)
 * @param target        t's index in the vocabulary, or -1 for none
 * @param learningRate  η, or NaN for no step
 */
public record OutputStep(int position, double[] hidden, double[] logits, double[] probabilities, int target,
        double learningRate) {

    public OutputStep {
        hidden = hidden.clone();
        logits = logits.clone();
        probabilities = probabilities.clone();
    }

    /** The output layer at {@code position} of {@code trace}; {@code target} -1 and {@code learningRate} NaN for neither. */
    public static OutputStep of(ForwardTrace trace, int position, int target, double learningRate) {
        return new OutputStep(position, row(trace.finalNorm().output(), position), row(trace.logits(), position),
                row(trace.probabilities(), position), target, learningRate);
    }

    public boolean hasTarget() {
        return target >= 0;
    }

    public boolean hasStep() {
        return hasTarget() && !Double.isNaN(learningRate);
    }

    /** −ln p_t. */
    public double loss() {
        return -StrictMath.log(probabilities[target]);
    }

    /** ∂loss/∂z = ∂loss/∂b = p − onehot(t). */
    public double[] gradient() {
        double[] g = probabilities.clone();
        g[target] -= 1;
        return g;
    }

    /** The logits after the step: the bias, and so every logit, moves by −η·(p − onehot(t)). */
    public double[] logitsAfter() {
        double[] g = gradient();
        double[] z = logits.clone();
        for (int v = 0; v < z.length; v++) {
            z[v] -= learningRate * g[v];
        }
        return z;
    }

    /** softmax of {@link #logitsAfter()}. */
    public double[] probabilitiesAfter() {
        DMatrixRMaj z = new DMatrixRMaj(1, logits.length, true, logitsAfter());
        return Softmax.rows(z).data;
    }

    /** −ln of the target's probability after the step. */
    public double lossAfter() {
        return -StrictMath.log(probabilitiesAfter()[target]);
    }

    @Override
    public double[] hidden() {
        return hidden.clone();
    }

    @Override
    public double[] logits() {
        return logits.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    private static double[] row(DMatrixRMaj m, int row) {
        double[] values = new double[m.numCols];
        System.arraycopy(m.data, row * m.numCols, values, 0, m.numCols);
        return values;
    }
}
