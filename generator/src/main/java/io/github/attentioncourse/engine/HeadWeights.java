package io.github.attentioncourse.engine;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * The learned projections of one attention head.
 *
 * @param wQ W_Q, d_model×d_k: turns an input row into a query
 * @param wK W_K, d_model×d_k: turns an input row into a key
 * @param wV W_V, d_model×d_v: turns an input row into a value
 * @param vA v_a, d_k×1, for additive scores v_aᵀ·tanh(q + k) ({@link AdditiveScore}); null for
 *           dot-product scores q·k
 */
public record HeadWeights(DMatrixRMaj wQ, DMatrixRMaj wK, DMatrixRMaj wV, DMatrixRMaj vA) {

    public HeadWeights {
        Objects.requireNonNull(wQ, "wQ");
        Objects.requireNonNull(wK, "wK");
        Objects.requireNonNull(wV, "wV");
    }

    /** A head that scores with dot products. */
    public HeadWeights(DMatrixRMaj wQ, DMatrixRMaj wK, DMatrixRMaj wV) {
        this(wQ, wK, wV, null);
    }

    /** Whether this head scores additively, v_aᵀ·tanh(q + k), rather than with q·k. */
    public boolean additive() {
        return vA != null;
    }
}
