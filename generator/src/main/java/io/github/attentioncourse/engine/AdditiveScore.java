package io.github.attentioncourse.engine;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Additive attention scores, the scoring of Bahdanau, Cho and Bengio ("Neural Machine Translation by
 * Jointly Learning to Align and Translate", ICLR 2015, appendix A.1.2):
 * <pre>
 *   e_ij = v_aᵀ·tanh(W_a·s_i−1 + U_a·h_j)    here   score_ij = v_aᵀ·tanh(q_i + k_j),  q_i = x_i·W_Q,  k_j = y_j·W_K
 * </pre>
 * W_Q and W_K play the paper's W_a and U_a (written as row vectors times matrices, as every
 * projection of the engine is), so q_i and k_j are the two halves of the pre-activation, and
 * each pair of query and key goes through a feed-forward layer of d_k tanh units whose outputs
 * v_a weighs. Unlike QKᵀ this is no single matrix product: every pair needs its own tanh vector.
 */
public final class AdditiveScore {

    private AdditiveScore() {
    }

    /**
     * @param Q  n×d_k queries
     * @param K  m×d_k keys
     * @param vA d_k×1 weights of the tanh units
     * @return n×m scores, unscaled
     */
    public static DMatrixRMaj scores(DMatrixRMaj Q, DMatrixRMaj K, DMatrixRMaj vA) {
        DMatrixRMaj S = new DMatrixRMaj(Q.numRows, K.numRows);
        for (int i = 0; i < Q.numRows; i++) {
            for (int j = 0; j < K.numRows; j++) {
                // h = tanh(q_i + k_j)          (1×d_k) + (1×d_k) → (1×d_k)
                DMatrixRMaj h = hidden(Q, i, K, j);
                // score_ij = h·v_a             (1×d_k)·(d_k×1) → (1×1)
                S.unsafe_set(i, j, CommonOps_DDRM.dot(h, vA));
            }
        }
        return S;
    }

    /**
     * tanh(q_i + k_j): the hidden units that score query row {@code i} against key row {@code j},
     * each within (−1, 1) however long q_i and k_j are.
     *
     * @return a new 1×d_k row
     */
    public static DMatrixRMaj hidden(DMatrixRMaj Q, int i, DMatrixRMaj K, int j) {
        DMatrixRMaj h = new DMatrixRMaj(1, Q.numCols);
        for (int c = 0; c < Q.numCols; c++) {
            // StrictMath, so that a score is the same bits on every JVM and CPU.
            h.unsafe_set(0, c, StrictMath.tanh(Q.unsafe_get(i, c) + K.unsafe_get(j, c)));
        }
        return h;
    }
}
