package io.github.attentioncourse.example;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A validated {@code attention} block: everything the engine and the figure need, nothing
 * left to check.
 *
 * @param id            the example id, given or defaulted to {@code example-N}
 * @param idLine        1-based line of the {@code id:} key in the lesson file, or of the opening fence when the id is defaulted
 * @param line          1-based line of the block's opening fence in the lesson file
 * @param tokens        query tokens, in order (from {@code sentence} or {@code tokens})
 * @param contextTokens key/value tokens for cross-attention; empty for self-attention
 * @param embeddings    one vector per distinct token, all of length d_model, in the order written
 * @param heads         one entry for single-head attention, several for multi-head
 * @param wO            (heads·d_v) × d_model output projection; given with {@code heads}, {@code null} without
 * @param scale         divisor of the scores; {@code null} means the default: √d_k for dot products, 1 for additive scores
 * @param mask          how queries are kept from keys
 * @param score         how a query meets a key: a dot product, or additively through v_a
 * @param positional    how positions enter: not at all, sinusoidal encodings added to the embeddings,
 *                      or queries and keys turned by their positions (RoPE)
 * @param focus         index into {@code tokens} of the query walked through step by step
 * @param show          which parts of the figure to draw
 * @param caption       text under the figure, or {@code null}
 * @param model         where a model example's inputs and projections come from; {@code null} for
 *                      an example whose numbers the author wrote (then embeddings and heads are empty
 *                      for a model example, whose numbers the model supplies)
 */
public record ExampleSpec(
        String id,
        int idLine,
        int line,
        List<String> tokens,
        List<String> contextTokens,
        Map<String, double[]> embeddings,
        List<HeadSpec> heads,
        double[][] wO,
        Double scale,
        MaskKind mask,
        ScoreKind score,
        Positional positional,
        int focus,
        Set<Part> show,
        String caption,
        ModelRef model) {

    /**
     * The projections of one head, each a d_model × d_k (or d_v) matrix as rows, and for additive
     * scores the d_k weights v_a (null for dot products).
     */
    public record HeadSpec(double[][] wQ, double[][] wK, double[][] wV, double[] vA) {

        public HeadSpec(double[][] wQ, double[][] wK, double[][] wV) {
            this(wQ, wK, wV, null);
        }
    }

    /** The masks an author can ask for. */
    public enum MaskKind { NONE, CAUSAL }

    /** How a query meets a key: q·k (Vaswani et al. 2017) or v_aᵀ·tanh(q + k) (Bahdanau et al. 2015). */
    public enum ScoreKind { DOT, ADDITIVE }

    /** How word order enters: not at all, added sinusoids, or rotated queries and keys. */
    public enum Positional { NONE, SINUSOIDAL, ROPE }

    /** The parts of a figure, in the order they are drawn. */
    public enum Part { STEPS, HEATMAP, BARS }

    /** True when the block has no {@code id:} and its id is {@code example-N}. */
    public boolean idDefaulted() {
        return idLine == line;
    }

    /** True when the numbers come from a trained model, not from the block. */
    public boolean fromModel() {
        return model != null;
    }

    /** True when keys and values come from a second sequence. */
    public boolean isCrossAttention() {
        return !contextTokens.isEmpty();
    }

    /** The tokens keys and values come from: the context, or the sentence itself. */
    public List<String> keyTokens() {
        return isCrossAttention() ? contextTokens : tokens;
    }
}
