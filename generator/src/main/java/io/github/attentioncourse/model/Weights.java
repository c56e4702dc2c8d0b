package io.github.attentioncourse.model;

import io.github.attentioncourse.engine.HeadWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;

/**
 * Every parameter of the model; the same shape also holds their gradients and the optimizer's
 * moments. Vectors are 1×k matrices, so that one type serves every tensor.
 *
 * @param architecture      the sizes the matrices have
 * @param tokenEmbedding    E, V×d_model: one row per word of the vocabulary; also the output layer (tied)
 * @param positionEmbedding P, context×d_model: one learned row per position
 * @param blocks            the L transformer blocks, first to last
 * @param finalNorm         the LayerNorm before the output layer
 * @param outputBias        b, 1×V, added to the logits
 */
public record Weights(
        Architecture architecture,
        DMatrixRMaj tokenEmbedding,
        DMatrixRMaj positionEmbedding,
        List<Block> blocks,
        Norm finalNorm,
        DMatrixRMaj outputBias) {

    public Weights {
        blocks = List.copyOf(blocks);
    }

    /**
     * One pre-norm block: x + MultiHead(LN₁(x)), then that + FFN(LN₂(·)).
     *
     * @param heads per head W_Q, W_K, W_V, each d_model×d_k
     * @param wO    W_O, (h·d_k)×d_model
     * @param w1    W₁, d_model×d_ff; {@code b1} 1×d_ff
     * @param w2    W₂, d_ff×d_model; {@code b2} 1×d_model
     */
    public record Block(Norm norm1, List<HeadWeights> heads, DMatrixRMaj wO, Norm norm2,
            DMatrixRMaj w1, DMatrixRMaj b1, DMatrixRMaj w2, DMatrixRMaj b2) {

        public Block {
            heads = List.copyOf(heads);
        }
    }

    /** LayerNorm's gain γ and bias β, each 1×d_model. */
    public record Norm(DMatrixRMaj gain, DMatrixRMaj bias) {
    }

    /** A parameter tensor with the name the weights file and the gradient check give it. */
    public record Tensor(String name, DMatrixRMaj values) {

        /** Weight decay shrinks matrices, never gains, biases or other vectors (Loshchilov and Hutter 2019). */
        public boolean decays() {
            return values.numRows > 1;
        }
    }

    /** All zeros, in the given shape: gradients and moments start here. */
    public static Weights zeros(Architecture a, int vocabulary) {
        return filled(a, vocabulary, 0);
    }

    /** Gains 1, everything else 0; {@link Initialization} then draws the matrices. */
    static Weights blank(Architecture a, int vocabulary) {
        Weights w = filled(a, vocabulary, 1);
        for (Tensor t : w.tensors()) {
            if (!t.name().endsWith(".gain")) {
                t.values().zero();
            }
        }
        return w;
    }

    private static Weights filled(Architecture a, int vocabulary, double value) {
        int d = a.dModel();
        List<Block> blocks = new ArrayList<>();
        for (int l = 0; l < a.layers(); l++) {
            List<HeadWeights> heads = new ArrayList<>();
            for (int h = 0; h < a.heads(); h++) {
                heads.add(new HeadWeights(matrix(d, a.dHead(), value), matrix(d, a.dHead(), value),
                        matrix(d, a.dHead(), value)));
            }
            blocks.add(new Block(norm(d, value), heads, matrix(a.heads() * a.dHead(), d, value), norm(d, value),
                    matrix(d, a.dFf(), value), matrix(1, a.dFf(), value), matrix(a.dFf(), d, value),
                    matrix(1, d, value)));
        }
        return new Weights(a, matrix(vocabulary, d, value), matrix(a.context(), d, value), blocks, norm(d, value),
                matrix(1, vocabulary, value));
    }

    public int vocabularySize() {
        return tokenEmbedding.numRows;
    }

    /**
     * Every tensor in one fixed order, the order of the weights file, of the optimizer's loop and of
     * the random draws that initialise them. Names are 1-based as the lessons count blocks and heads.
     */
    public List<Tensor> tensors() {
        List<Tensor> all = new ArrayList<>();
        all.add(new Tensor("token_embedding", tokenEmbedding));
        all.add(new Tensor("position_embedding", positionEmbedding));
        for (int l = 0; l < blocks.size(); l++) {
            Block b = blocks.get(l);
            String block = "block" + (l + 1) + ".";
            add(all, block + "norm1", b.norm1());
            for (int h = 0; h < b.heads().size(); h++) {
                String head = block + "head" + (h + 1) + ".";
                all.add(new Tensor(head + "w_q", b.heads().get(h).wQ()));
                all.add(new Tensor(head + "w_k", b.heads().get(h).wK()));
                all.add(new Tensor(head + "w_v", b.heads().get(h).wV()));
            }
            all.add(new Tensor(block + "w_o", b.wO()));
            add(all, block + "norm2", b.norm2());
            all.add(new Tensor(block + "ffn.w1", b.w1()));
            all.add(new Tensor(block + "ffn.b1", b.b1()));
            all.add(new Tensor(block + "ffn.w2", b.w2()));
            all.add(new Tensor(block + "ffn.b2", b.b2()));
        }
        add(all, "final_norm", finalNorm);
        all.add(new Tensor("output_bias", outputBias));
        return all;
    }

    /** The number of parameters, Σ rows·cols over every tensor. */
    public int count() {
        int count = 0;
        for (Tensor t : tensors()) {
            count += t.values().getNumElements();
        }
        return count;
    }

    /** A deep copy with each entry passed through {@code f}. */
    public Weights map(DoubleUnaryOperator f) {
        Weights copy = zeros(architecture, vocabularySize());
        List<Tensor> from = tensors();
        List<Tensor> to = copy.tensors();
        for (int t = 0; t < from.size(); t++) {
            double[] source = from.get(t).values().data;
            double[] target = to.get(t).values().data;
            for (int i = 0; i < source.length; i++) {
                target[i] = f.applyAsDouble(source[i]);
            }
        }
        return copy;
    }

    public Weights copy() {
        return map(x -> x);
    }

    /**
     * Every entry rounded to the nearest float32. Training ends here, so that the weights file
     * stores them exactly in 4 bytes each and a float64 reader (the bake, a browser) computes
     * from the very same numbers.
     */
    public Weights roundedToFloat() {
        return map(x -> (float) x);
    }

    private static void add(List<Tensor> all, String name, Norm norm) {
        all.add(new Tensor(name + ".gain", norm.gain()));
        all.add(new Tensor(name + ".bias", norm.bias()));
    }

    private static Norm norm(int d, double value) {
        return new Norm(matrix(1, d, value), matrix(1, d, value));
    }

    private static DMatrixRMaj matrix(int rows, int cols, double value) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        m.fill(value);
        return m;
    }
}
