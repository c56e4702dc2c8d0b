package io.github.attentioncourse.engine;

import java.util.List;
import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * Everything {@link Attention#compute} needs. The matrices are read, never written.
 *
 * @param queryInputs    X, n×d_model: rows fed to the query projection, after any positional encoding
 * @param keyValueInputs Y, m×d_model: rows fed to the key and value projections; the same
 *                       matrix as {@code queryInputs} for self-attention
 * @param heads          one or more heads, all with the same d_k and the same d_v, and all scoring
 *                       the same way (dot product or additive)
 * @param wO             W_O, (h·d_v)×d_model; required for several heads, optional for one
 * @param scale          divisor of the scores; {@link Double#NaN} means the default: √d_k for dot
 *                       products, 1 for additive scores (Bahdanau et al. did not scale them)
 * @param mask           which keys each query may see
 * @param rotary         turns every query and key by its position before they are scored (RoPE),
 *                       positions counted from 0 in X and in Y; null for none
 */
public record AttentionInput(
        DMatrixRMaj queryInputs,
        DMatrixRMaj keyValueInputs,
        List<HeadWeights> heads,
        DMatrixRMaj wO,
        double scale,
        Mask mask,
        RotaryEmbedding rotary) {

    public AttentionInput {
        Objects.requireNonNull(queryInputs, "queryInputs");
        Objects.requireNonNull(keyValueInputs, "keyValueInputs");
        heads = List.copyOf(heads);
        Objects.requireNonNull(mask, "mask");
    }

    /** Without rotary position embeddings. */
    public AttentionInput(DMatrixRMaj queryInputs, DMatrixRMaj keyValueInputs, List<HeadWeights> heads,
            DMatrixRMaj wO, double scale, Mask mask) {
        this(queryInputs, keyValueInputs, heads, wO, scale, mask, null);
    }

    /** Whether the heads score additively, v_aᵀ·tanh(q + k), rather than with dot products. */
    public boolean additive() {
        return !heads.isEmpty() && heads.get(0).additive();
    }
}
