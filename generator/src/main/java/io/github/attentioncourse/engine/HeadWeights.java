package io.github.attentioncourse.engine;

import java.util.Objects;
import org.ejml.data.DMatrixRMaj;

/**
 * The learned projections of one attention head.
 *
 * @param wQ W_Q, d_model×d_k: turns an input row into a query
 * @param wK W_K, d_model×d_k: turns an input row into a key
 * @param wV W_V, d_model×d_v: turns an input row into a value
 */
public record HeadWeights(DMatrixRMaj wQ, DMatrixRMaj wK, DMatrixRMaj wV) {

    public HeadWeights {
        Objects.requireNonNull(wQ, "wQ");
        Objects.requireNonNull(wK, "wK");
        Objects.requireNonNull(wV, "wV");
    }
}
