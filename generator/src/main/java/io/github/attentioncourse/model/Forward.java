package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.Attention;
import io.github.attentioncourse.engine.AttentionInput;
import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.Mask;
import io.github.attentioncourse.engine.Softmax;
import io.github.attentioncourse.model.Weights.Block;
import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;

/**
 * The transformer's forward pass, pre-norm as in GPT-2:
 * <pre>
 *   x₀ = E[tokens] + P[0..n−1]
 *   x  ← x + MultiHead(LN₁(x))          (the engine's attention, with W_O)
 *   x  ← x + GELU(LN₂(x)·W₁ + b₁)·W₂ + b₂
 *   logits = LN(x)·Eᵀ + b               (the output layer is the token embedding, tied)
 * </pre>
 */
public final class Forward {

    private Forward() {
    }

    /**
     * @param tokens vocabulary indices, 1 to context of them
     * @param mask   {@link Mask#none()} or {@link Mask#causal()}
     */
    public static ForwardTrace run(Weights w, int[] tokens, Mask mask) {
        return run(w, tokens, mask, null);
    }

    /**
     * As {@link #run(Weights, int[], Mask)}, with logits and probabilities only in the rows that have
     * a target (the others stay 0): training needs no more, and the output layer over the whole
     * vocabulary is most of the work.
     *
     * @param targets per position a target or {@link Backward#NO_TARGET}; null computes every row
     */
    static ForwardTrace run(Weights w, int[] tokens, Mask mask, int[] targets) {
        int n = tokens.length;
        int d = w.architecture().dModel();
        if (n < 1 || n > w.architecture().context()) {
            throw new IllegalArgumentException(n + " tokens: the model reads 1 to " + w.architecture().context());
        }
        DMatrixRMaj tokenRows = new DMatrixRMaj(n, d);
        DMatrixRMaj positionRows = new DMatrixRMaj(n, d);
        for (int i = 0; i < n; i++) {
            CommonOps_DDRM.extract(w.tokenEmbedding(), tokens[i], tokens[i] + 1, 0, d, tokenRows, i, 0);
            CommonOps_DDRM.extract(w.positionEmbedding(), i, i + 1, 0, d, positionRows, i, 0);
        }
        // x₀ = E[tokens] + P                  (n×d) + (n×d) → (n×d)
        DMatrixRMaj x = CommonOps_DDRM.add(tokenRows, positionRows, null);
        DMatrixRMaj embedded = x;
        List<LayerTrace> layers = new ArrayList<>();
        for (Block block : w.blocks()) {
            LayerTrace layer = block(x, block, mask);
            layers.add(layer);
            x = layer.output();
        }
        NormTrace finalNorm = LayerNorm.forward(x, w.finalNorm());
        DMatrixRMaj logits;
        DMatrixRMaj probabilities;
        if (targets == null) {
            // logits = LN(x)·Eᵀ + b           (n×d)·(d×V) → (n×V)
            logits = CommonOps_DDRM.multTransB(finalNorm.output(), w.tokenEmbedding(), null);
            addRow(logits, w.outputBias());
            probabilities = Softmax.rows(logits);
        } else {
            logits = new DMatrixRMaj(n, w.vocabularySize());
            probabilities = new DMatrixRMaj(n, w.vocabularySize());
            for (int i = 0; i < n; i++) {
                if (targets[i] != Backward.NO_TARGET) {
                    outputRow(finalNorm.output(), i, w, logits, probabilities);
                }
            }
        }
        return new ForwardTrace(tokens, mask, tokenRows, positionRows, embedded, layers, finalNorm, logits,
                probabilities);
    }

    /** Row i of the logits, z_i·Eᵀ + b (1×V), and its softmax. */
    private static void outputRow(DMatrixRMaj z, int i, Weights w, DMatrixRMaj logits, DMatrixRMaj probabilities) {
        DMatrixRMaj row = CommonOps_DDRM.extract(z, i, i + 1, 0, z.numCols);
        DMatrixRMaj rowLogits = CommonOps_DDRM.multTransB(row, w.tokenEmbedding(), null);
        addRow(rowLogits, w.outputBias());
        CommonOps_DDRM.insert(rowLogits, logits, i, 0);
        CommonOps_DDRM.insert(Softmax.rows(rowLogits), probabilities, i, 0);
    }

    private static LayerTrace block(DMatrixRMaj x, Block block, Mask mask) {
        NormTrace norm1 = LayerNorm.forward(x, block.norm1());
        // MultiHead(LN₁(x)) = Concat(head₁, …, head_h)·W_O       (n×d) → (n×d)
        AttentionTrace attention = Attention.compute(new AttentionInput(norm1.output(), norm1.output(),
                block.heads(), block.wO(), Double.NaN, mask));
        // x + MultiHead(LN₁(x))              (n×d) + (n×d) → (n×d)
        DMatrixRMaj afterAttention = CommonOps_DDRM.add(x, attention.output(), null);
        NormTrace norm2 = LayerNorm.forward(afterAttention, block.norm2());
        // LN₂(·)·W₁ + b₁                     (n×d)·(d×d_ff) → (n×d_ff)
        DMatrixRMaj hidden = CommonOps_DDRM.mult(norm2.output(), block.w1(), null);
        addRow(hidden, block.b1());
        DMatrixRMaj activated = new DMatrixRMaj(hidden.numRows, hidden.numCols);
        for (int i = 0; i < hidden.data.length; i++) {
            activated.data[i] = Gelu.apply(hidden.data[i]);
        }
        // GELU(·)·W₂ + b₂                    (n×d_ff)·(d_ff×d) → (n×d)
        DMatrixRMaj feedForward = CommonOps_DDRM.mult(activated, block.w2(), null);
        addRow(feedForward, block.b2());
        DMatrixRMaj output = CommonOps_DDRM.add(afterAttention, feedForward, null);
        return new LayerTrace(x, norm1, attention, afterAttention, norm2, hidden, activated, feedForward, output);
    }

    /** Adds the 1×k row to every row of the n×k matrix. */
    static void addRow(DMatrixRMaj m, DMatrixRMaj row) {
        for (int i = 0; i < m.numRows; i++) {
            for (int c = 0; c < m.numCols; c++) {
                m.unsafe_set(i, c, m.unsafe_get(i, c) + row.data[c]);
            }
        }
    }
}
