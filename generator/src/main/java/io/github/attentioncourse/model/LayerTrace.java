package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.AttentionTrace;
import org.ejml.data.DMatrixRMaj;

/**
 * Every intermediate of one block on one sentence of n tokens, in the order they are computed.
 *
 * @param input          x, n×d_model: the residual stream entering the block
 * @param norm1          LN₁(x), whose output is what attention reads
 * @param attention      the engine's trace: per head Q, K, V, scores, weights and output, then ·W_O
 * @param afterAttention x + MultiHead(LN₁(x)), n×d_model
 * @param norm2          LN₂ of that
 * @param hidden         LN₂(·)·W₁ + b₁, n×d_ff, before the activation
 * @param activated      GELU(hidden), n×d_ff
 * @param feedForward    activated·W₂ + b₂, n×d_model
 * @param output         afterAttention + feedForward, n×d_model: the next block's input
 */
public record LayerTrace(
        DMatrixRMaj input,
        NormTrace norm1,
        AttentionTrace attention,
        DMatrixRMaj afterAttention,
        NormTrace norm2,
        DMatrixRMaj hidden,
        DMatrixRMaj activated,
        DMatrixRMaj feedForward,
        DMatrixRMaj output) {
}
