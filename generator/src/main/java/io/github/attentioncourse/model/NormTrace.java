package io.github.attentioncourse.model;

import org.ejml.data.DMatrixRMaj;

/**
 * One LayerNorm, row by row: y = γ ⊙ (x − μ)/√(σ² + ε) + β (Ba, Kiros and Hinton 2016).
 *
 * @param input      x, n×d
 * @param mean       μ per row, n
 * @param variance   σ² per row (the biased variance, over d), n
 * @param normalized x̂ = (x − μ)/√(σ² + ε), n×d: every row with mean 0 and variance about 1
 * @param output     y = γ ⊙ x̂ + β, n×d
 */
public record NormTrace(DMatrixRMaj input, double[] mean, double[] variance, DMatrixRMaj normalized,
        DMatrixRMaj output) {

    /** ε, which keeps √(σ² + ε) away from 0 for a row whose entries are all equal; PyTorch's default. */
    public static final double EPSILON = 1e-5;
}
