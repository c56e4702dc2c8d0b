package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Mask;
import java.util.List;
import org.ejml.data.DMatrixRMaj;

/**
 * The forward pass on one sentence with every intermediate, as the lessons show it and the
 * backward pass reads it.
 *
 * @param tokens             the n vocabulary indices read
 * @param mask               none (masked-word) or causal (next-word)
 * @param tokenEmbeddings    E[token_i] per position, n×d_model
 * @param positionEmbeddings P[i] per position, n×d_model
 * @param embedded           their sum, n×d_model: the first block's input
 * @param layers             one trace per block
 * @param finalNorm          LN of the last block's output
 * @param logits             LN(x)·Eᵀ + b, n×V
 * @param probabilities      softmax of each row of the logits, n×V
 */
public record ForwardTrace(
        int[] tokens,
        Mask mask,
        DMatrixRMaj tokenEmbeddings,
        DMatrixRMaj positionEmbeddings,
        DMatrixRMaj embedded,
        List<LayerTrace> layers,
        NormTrace finalNorm,
        DMatrixRMaj logits,
        DMatrixRMaj probabilities) {

    public ForwardTrace {
        tokens = tokens.clone();
        layers = List.copyOf(layers);
    }

    @Override
    public int[] tokens() {
        return tokens.clone();
    }

    public int length() {
        return tokens.length;
    }
}
