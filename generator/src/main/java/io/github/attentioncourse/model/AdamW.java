package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Tensor;
import java.util.List;

/**
 * Adam with decoupled weight decay (Kingma and Ba 2015; Loshchilov and Hutter 2019), the
 * optimizer of BERT and GPT-2:
 * <pre>
 *   m ← β₁m + (1−β₁)g        v ← β₂v + (1−β₂)g²
 *   θ ← θ − η·( m̂/(√v̂ + ε) + λθ )      m̂ = m/(1−β₁ᵗ), v̂ = v/(1−β₂ᵗ); λ only on matrices
 * </pre>
 */
final class AdamW {

    static final double BETA1 = 0.9;
    static final double BETA2 = 0.98;
    static final double EPSILON = 1e-8;

    private final List<Tensor> parameters;
    private final List<Tensor> m;
    private final List<Tensor> v;
    private final double weightDecay;
    private int step;

    AdamW(Weights parameters, double weightDecay) {
        this.parameters = parameters.tensors();
        this.m = Weights.zeros(parameters.architecture(), parameters.vocabularySize()).tensors();
        this.v = Weights.zeros(parameters.architecture(), parameters.vocabularySize()).tensors();
        this.weightDecay = weightDecay;
    }

    /** One update of every parameter with the gradient {@code grad} and learning rate η. */
    void step(Weights grad, double learningRate) {
        step++;
        double correction1 = 1 - StrictMath.pow(BETA1, step);
        double correction2 = 1 - StrictMath.pow(BETA2, step);
        List<Tensor> g = grad.tensors();
        for (int t = 0; t < parameters.size(); t++) {
            double[] theta = parameters.get(t).values().data;
            double[] gradient = g.get(t).values().data;
            double[] first = m.get(t).values().data;
            double[] second = v.get(t).values().data;
            double decay = parameters.get(t).decays() ? weightDecay : 0;
            for (int i = 0; i < theta.length; i++) {
                first[i] = BETA1 * first[i] + (1 - BETA1) * gradient[i];
                second[i] = BETA2 * second[i] + (1 - BETA2) * gradient[i] * gradient[i];
                double mHat = first[i] / correction1;
                double vHat = second[i] / correction2;
                theta[i] -= learningRate * (mHat / (StrictMath.sqrt(vHat) + EPSILON) + decay * theta[i]);
            }
        }
    }
}
