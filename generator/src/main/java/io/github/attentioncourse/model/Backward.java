package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Block;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The hand-written backward pass: the gradient of the cross-entropy loss
 * L = Σ_i −log p_i[target_i], over the positions that have a target, with respect to every
 * parameter. Gradients are added, so that a batch sums its sentences in one fixed order.
 */
final class Backward {

    /** Marks a position without a target: a word the masked-word task did not hide, or the last word. */
    static final int NO_TARGET = -1;

    private Backward() {
    }

    /**
     * Adds ∂L/∂θ for one sentence into {@code grad} and returns L.
     *
     * @param targets per position the vocabulary index to predict, or {@link #NO_TARGET}
     */
    static double accumulate(Weights w, ForwardTrace t, int[] targets, Weights grad) {
        int n = t.length();
        int d = w.architecture().dModel();
        DMatrixRMaj z = t.finalNorm().output();
        DMatrixRMaj dZ = new DMatrixRMaj(n, d);
        double loss = 0;
        for (int i = 0; i < n; i++) {
            if (targets[i] != Backward.NO_TARGET) {
                loss += CrossEntropy.loss(t.logits(), i, targets[i]);
                outputRow(w, t, z, i, targets[i], dZ, grad);
            }
        }
        DMatrixRMaj dX = LayerNorm.backward(t.finalNorm(), w.finalNorm(), dZ, grad.finalNorm());
        for (int l = w.blocks().size() - 1; l >= 0; l--) {
            dX = block(t.layers().get(l), w.blocks().get(l), dX, grad.blocks().get(l));
        }
        // x₀ = E[tokens] + P: each position's gradient goes to its word's row and its position's row
        for (int i = 0; i < n; i++) {
            int token = t.tokens()[i];
            for (int c = 0; c < d; c++) {
                double g = dX.unsafe_get(i, c);
                grad.tokenEmbedding().unsafe_set(token, c, grad.tokenEmbedding().unsafe_get(token, c) + g);
                grad.positionEmbedding().unsafe_set(i, c, grad.positionEmbedding().unsafe_get(i, c) + g);
            }
        }
        return loss;
    }

    /**
     * Row i of the output layer, logits_i = z_i·Eᵀ + b, whose gradient is ∂L/∂logits_i = p_i − onehot(target):
     * ∂L/∂E_v += (∂L/∂logits_iv)·z_i, ∂L/∂b_v += ∂L/∂logits_iv and ∂L/∂z_i = Σ_v (∂L/∂logits_iv)·E_v.
     * Only rows with a target have a gradient, so they are all that is computed.
     */
    private static void outputRow(Weights w, ForwardTrace t, DMatrixRMaj z, int i, int target, DMatrixRMaj dZ,
            Weights grad) {
        int d = z.numCols;
        DMatrixRMaj E = w.tokenEmbedding();
        for (int v = 0; v < E.numRows; v++) {
            double dLogit = t.probabilities().unsafe_get(i, v) - (v == target ? 1 : 0);
            grad.outputBias().data[v] += dLogit;
            for (int c = 0; c < d; c++) {
                grad.tokenEmbedding().unsafe_set(v, c, grad.tokenEmbedding().unsafe_get(v, c) + dLogit * z.unsafe_get(i, c));
                dZ.unsafe_set(i, c, dZ.unsafe_get(i, c) + dLogit * E.unsafe_get(v, c));
            }
        }
    }

    /** ∂L/∂(block input), given ∂L/∂(block output); adds the block's parameter gradients into {@code grad}. */
    private static DMatrixRMaj block(LayerTrace t, Block w, DMatrixRMaj dOut, Block grad) {
        // out = x₁ + GELU(h)·W₂ + b₂: ∂L/∂W₂ += GELU(h)ᵀ·∂L/∂out     (d_ff×n)·(n×d) → (d_ff×d)
        CommonOps_DDRM.multAddTransA(t.activated(), dOut, grad.w2());
        addColumnSums(dOut, grad.b2());
        // ∂L/∂h = ∂L/∂out·W₂ᵀ ⊙ GELU′(h)     (n×d)·(d×d_ff) → (n×d_ff)
        DMatrixRMaj dHidden = CommonOps_DDRM.multTransB(dOut, w.w2(), null);
        for (int i = 0; i < dHidden.data.length; i++) {
            dHidden.data[i] *= Gelu.derivative(t.hidden().data[i]);
        }
        // h = LN₂(x₁)·W₁ + b₁: ∂L/∂W₁ += LN₂(x₁)ᵀ·∂L/∂h               (d×n)·(n×d_ff) → (d×d_ff)
        CommonOps_DDRM.multAddTransA(t.norm2().output(), dHidden, grad.w1());
        addColumnSums(dHidden, grad.b1());
        DMatrixRMaj dNorm2 = CommonOps_DDRM.multTransB(dHidden, w.w1(), null);
        // The residual passes ∂L/∂out through unchanged, beside the feed-forward path.
        DMatrixRMaj dAfterAttention = CommonOps_DDRM.add(dOut,
                LayerNorm.backward(t.norm2(), w.norm2(), dNorm2, grad.norm2()), null);
        DMatrixRMaj dNorm1 = AttentionGradient.backward(t.attention(), w, dAfterAttention, grad);
        return CommonOps_DDRM.add(dAfterAttention, LayerNorm.backward(t.norm1(), w.norm1(), dNorm1, grad.norm1()),
                null);
    }

    /** row += Σ_i m_i, the gradient of a bias added to every row. */
    private static void addColumnSums(DMatrixRMaj m, DMatrixRMaj row) {
        for (int i = 0; i < m.numRows; i++) {
            for (int c = 0; c < m.numCols; c++) {
                row.data[c] += m.unsafe_get(i, c);
            }
        }
    }
}
