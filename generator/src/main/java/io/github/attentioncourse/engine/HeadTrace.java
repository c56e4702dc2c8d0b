package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Every step of one head, so that a lesson can show each of them.
 *
 * @param wQ      W_Q, d_model×d_k
 * @param wK      W_K, d_model×d_k
 * @param wV      W_V, d_model×d_v
 * @param q       Q = X·W_Q, n×d_k
 * @param k       K = Y·W_K, m×d_k
 * @param v       V = Y·W_V, m×d_v
 * @param scores  QKᵀ, n×m, unscaled; computed everywhere, masked or not
 * @param scaled  QKᵀ/scale, n×m; {@link Double#NEGATIVE_INFINITY} where the mask hides the key
 * @param weights row-wise softmax of {@code scaled}, n×m; exactly 0 where the mask hides the key
 * @param output  weights·V, n×d_v
 */
public record HeadTrace(
        DMatrixRMaj wQ, DMatrixRMaj wK, DMatrixRMaj wV,
        DMatrixRMaj q, DMatrixRMaj k, DMatrixRMaj v,
        DMatrixRMaj scores,
        DMatrixRMaj scaled,
        DMatrixRMaj weights,
        DMatrixRMaj output) {
}
