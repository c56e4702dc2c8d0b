package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;

/**
 * Every step of one head, so that a lesson can show each of them.
 *
 * @param wQ       W_Q, d_model×d_k
 * @param wK       W_K, d_model×d_k
 * @param wV       W_V, d_model×d_v
 * @param q        Q = X·W_Q, n×d_k
 * @param k        K = Y·W_K, m×d_k
 * @param v        V = Y·W_V, m×d_v
 * @param scores   n×m, unscaled: QKᵀ, or v_aᵀ·tanh(q_i + k_j) for additive scores, or Q̃K̃ᵀ with
 *                 rotary embeddings; computed everywhere, masked or not
 * @param scaled   scores/scale, n×m; {@link Double#NEGATIVE_INFINITY} where the mask hides the key
 * @param weights  row-wise softmax of {@code scaled}, n×m; exactly 0 where the mask hides the key
 * @param output   weights·V, n×d_v
 * @param vA       v_a, d_k×1, for additive scores; null for dot products
 * @param qRotated Q̃, n×d_k: Q with row pos turned by its position (RoPE); null without rotary embeddings
 * @param kRotated K̃, m×d_k: K turned likewise; null without rotary embeddings
 */
public record HeadTrace(
        DMatrixRMaj wQ, DMatrixRMaj wK, DMatrixRMaj wV,
        DMatrixRMaj q, DMatrixRMaj k, DMatrixRMaj v,
        DMatrixRMaj scores,
        DMatrixRMaj scaled,
        DMatrixRMaj weights,
        DMatrixRMaj output,
        DMatrixRMaj vA,
        DMatrixRMaj qRotated,
        DMatrixRMaj kRotated) {

    /** The queries that meet the keys: Q̃ with rotary embeddings, Q otherwise. */
    public DMatrixRMaj scoredQ() {
        return qRotated == null ? q : qRotated;
    }

    /** The keys the queries meet: K̃ with rotary embeddings, K otherwise. */
    public DMatrixRMaj scoredK() {
        return kRotated == null ? k : kRotated;
    }
}
