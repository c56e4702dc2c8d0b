package io.github.attentioncourse.engine;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * Scaled dot-product attention and its multi-head form (Vaswani et al. 2017):
 * <pre>
 *   Attention(Q, K, V) = softmax(QKᵀ/√d_k)V      Q = XW_Q,  K = YW_K,  V = YW_V
 *   MultiHead(X, Y)    = Concat(head_1, …, head_h)W_O
 * </pre>
 * X holds the n query rows and Y the m key/value rows, both d_model wide; Y is X itself in
 * self-attention. Two variants change how a query meets a key: additive scores
 * v_aᵀ·tanh(q_i + k_j) in place of QKᵀ ({@link AdditiveScore}, Bahdanau et al. 2015), and rotary
 * position embeddings, which turn Q and K by their positions before QKᵀ ({@link RotaryEmbedding},
 * Su et al. 2021). Every intermediate is kept in the trace, because a lesson shows each step,
 * not only the result.
 */
public final class Attention {

    private Attention() {
    }

    /**
     * Runs every head of {@code in} and combines their outputs. Reads the input's matrices,
     * never writes them.
     *
     * @throws IllegalArgumentException if the shapes do not fit together, or the scale is
     *                                  neither NaN nor positive and finite
     */
    public static AttentionTrace compute(AttentionInput in) {
        InputCheck.require(in);
        double scale = Double.isNaN(in.scale()) ? defaultScale(in) : in.scale();
        List<HeadTrace> heads = new ArrayList<>();
        for (HeadWeights w : in.heads()) {
            heads.add(head(in.queryInputs(), in.keyValueInputs(), w, scale, in));
        }
        // A copy, so that the combined output and the head's own never alias.
        DMatrixRMaj output = in.wO() == null ? heads.get(0).output().copy() : combine(heads, in.wO());
        return new AttentionTrace(in, scale, heads, output);
    }

    // Additive scores were never scaled: tanh already keeps each of their terms within ±|v_a,c|.
    private static double defaultScale(AttentionInput in) {
        return in.additive() ? 1 : StrictMath.sqrt(in.heads().get(0).wQ().numCols);
    }

    private static HeadTrace head(DMatrixRMaj X, DMatrixRMaj Y, HeadWeights w, double scale, AttentionInput in) {
        // Q = X·W_Q                      (n×d_model)·(d_model×d_k) → (n×d_k)
        DMatrixRMaj Q = CommonOps_DDRM.mult(X, w.wQ(), null);
        // K = Y·W_K                      (m×d_model)·(d_model×d_k) → (m×d_k)
        DMatrixRMaj K = CommonOps_DDRM.mult(Y, w.wK(), null);
        // V = Y·W_V                      (m×d_model)·(d_model×d_v) → (m×d_v)
        DMatrixRMaj V = CommonOps_DDRM.mult(Y, w.wV(), null);
        RotaryEmbedding rotary = in.rotary();
        // Q̃ = R(pos)·Q, row by row       (n×d_k) → (n×d_k)
        DMatrixRMaj Qr = rotary == null ? null : rotary.rotate(Q);
        // K̃ = R(pos)·K, row by row       (m×d_k) → (m×d_k)
        DMatrixRMaj Kr = rotary == null ? null : rotary.rotate(K);
        DMatrixRMaj scoredQ = Qr == null ? Q : Qr;
        DMatrixRMaj scoredK = Kr == null ? K : Kr;
        // S = QKᵀ                        (n×d_k)·(d_k×m) → (n×m)
        // or S_ij = v_aᵀ·tanh(q_i + k_j)  (n×d_k), (m×d_k), (d_k×1) → (n×m)
        DMatrixRMaj S = w.additive()
                ? AdditiveScore.scores(scoredQ, scoredK, w.vA())
                : CommonOps_DDRM.multTransB(scoredQ, scoredK, null);
        // S/scale, −∞ where hidden       (n×m) → (n×m)
        DMatrixRMaj scaled = CommonOps_DDRM.divide(S, scale, null);
        hide(scaled, in.mask());
        // A = softmax(S/scale), by row   (n×m) → (n×m)
        DMatrixRMaj A = Softmax.rows(scaled);
        // A·V                            (n×m)·(m×d_v) → (n×d_v)
        DMatrixRMaj output = CommonOps_DDRM.mult(A, V, null);
        return new HeadTrace(w.wQ(), w.wK(), w.wV(), Q, K, V, S, scaled, A, output, w.vA(), Qr, Kr);
    }

    // −∞ rather than a large negative number, so that a hidden key's weight is exactly 0.
    private static void hide(DMatrixRMaj scaled, Mask mask) {
        for (int i = 0; i < scaled.numRows; i++) {
            for (int j = 0; j < scaled.numCols; j++) {
                if (!mask.visible(i, j)) {
                    scaled.unsafe_set(i, j, Double.NEGATIVE_INFINITY);
                }
            }
        }
    }

    private static DMatrixRMaj combine(List<HeadTrace> heads, DMatrixRMaj wO) {
        int n = heads.get(0).output().numRows;
        int dV = heads.get(0).output().numCols;
        // H = Concat(head_1, …, head_h)  h × (n×d_v) → (n×h·d_v)
        DMatrixRMaj H = new DMatrixRMaj(n, heads.size() * dV);
        for (int h = 0; h < heads.size(); h++) {
            CommonOps_DDRM.insert(heads.get(h).output(), H, 0, h * dV);
        }
        // H·W_O                          (n×h·d_v)·(h·d_v×d_model) → (n×d_model)
        return CommonOps_DDRM.mult(H, wO, null);
    }
}
