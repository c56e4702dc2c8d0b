package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.engine.HeadWeights;
import io.github.attentioncourse.model.Weights.Block;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The gradient of multi-head self-attention, read from the engine's trace of the forward pass:
 * the engine computes attention, this class only undoes it.
 */
final class AttentionGradient {

    private AttentionGradient() {
    }

    /**
     * Adds ∂L/∂W_Q, ∂L/∂W_K, ∂L/∂W_V of every head and ∂L/∂W_O into {@code grad}, and returns
     * ∂L/∂X for the n×d_model input X that queries, keys and values were all computed from.
     *
     * @param dOut ∂L/∂(Concat(heads)·W_O), n×d_model
     */
    static DMatrixRMaj backward(AttentionTrace t, Block w, DMatrixRMaj dOut, Block grad) {
        DMatrixRMaj X = t.input().queryInputs();
        int n = X.numRows;
        int dHead = t.heads().get(0).output().numCols;
        // H = Concat(head₁, …, head_h)        (n×h·d_v)
        DMatrixRMaj H = new DMatrixRMaj(n, t.heads().size() * dHead);
        for (int h = 0; h < t.heads().size(); h++) {
            CommonOps_DDRM.insert(t.heads().get(h).output(), H, 0, h * dHead);
        }
        // ∂L/∂W_O += Hᵀ·∂L/∂Out             (h·d_v×n)·(n×d) → (h·d_v×d)
        CommonOps_DDRM.multAddTransA(H, dOut, grad.wO());
        // ∂L/∂H = ∂L/∂Out·W_Oᵀ               (n×d)·(d×h·d_v) → (n×h·d_v)
        DMatrixRMaj dH = CommonOps_DDRM.multTransB(dOut, w.wO(), null);
        DMatrixRMaj dX = new DMatrixRMaj(n, X.numCols);
        for (int h = 0; h < t.heads().size(); h++) {
            DMatrixRMaj dHeadOut = CommonOps_DDRM.extract(dH, 0, n, h * dHead, (h + 1) * dHead);
            head(X, t.heads().get(h), t.scale(), dHeadOut, w.heads().get(h), grad.heads().get(h), dX);
        }
        return dX;
    }

    private static void head(DMatrixRMaj X, HeadTrace t, double scale, DMatrixRMaj dO, HeadWeights w,
            HeadWeights grad, DMatrixRMaj dX) {
        DMatrixRMaj A = t.weights();
        // O = A·V: ∂L/∂A = ∂L/∂O·Vᵀ          (n×d_v)·(d_v×m) → (n×m)
        DMatrixRMaj dA = CommonOps_DDRM.multTransB(dO, t.v(), null);
        // ∂L/∂V = Aᵀ·∂L/∂O                   (m×n)·(n×d_v) → (m×d_v)
        DMatrixRMaj dV = CommonOps_DDRM.multTransA(A, dO, null);
        // A = softmax(S/scale) by row: ∂L/∂S = A ⊙ (∂L/∂A − Σ_j A_ij ∂L/∂A_ij) / scale; 0 where masked (A = 0)
        DMatrixRMaj dS = new DMatrixRMaj(A.numRows, A.numCols);
        for (int i = 0; i < A.numRows; i++) {
            double dot = 0;
            for (int j = 0; j < A.numCols; j++) {
                dot += A.unsafe_get(i, j) * dA.unsafe_get(i, j);
            }
            for (int j = 0; j < A.numCols; j++) {
                dS.unsafe_set(i, j, A.unsafe_get(i, j) * (dA.unsafe_get(i, j) - dot) / scale);
            }
        }
        // S = Q·Kᵀ: ∂L/∂Q = ∂L/∂S·K          (n×m)·(m×d_k) → (n×d_k)
        DMatrixRMaj dQ = CommonOps_DDRM.mult(dS, t.k(), null);
        // ∂L/∂K = ∂L/∂Sᵀ·Q                   (m×n)·(n×d_k) → (m×d_k)
        DMatrixRMaj dK = CommonOps_DDRM.multTransA(dS, t.q(), null);
        // Q = X·W_Q: ∂L/∂W_Q += Xᵀ·∂L/∂Q     (d×n)·(n×d_k) → (d×d_k); likewise W_K, W_V
        CommonOps_DDRM.multAddTransA(X, dQ, grad.wQ());
        CommonOps_DDRM.multAddTransA(X, dK, grad.wK());
        CommonOps_DDRM.multAddTransA(X, dV, grad.wV());
        // ∂L/∂X += ∂L/∂Q·W_Qᵀ + ∂L/∂K·W_Kᵀ + ∂L/∂V·W_Vᵀ      (n×d_k)·(d_k×d) → (n×d)
        CommonOps_DDRM.multAddTransB(dQ, w.wQ(), dX);
        CommonOps_DDRM.multAddTransB(dK, w.wK(), dX);
        CommonOps_DDRM.multAddTransB(dV, w.wV(), dX);
    }
}
