package io.github.attentioncourse.model;

/**
 * The shape of a model: how many blocks, heads and dimensions, and the longest sentence.
 *
 * @param layers  L, the number of blocks
 * @param heads   h, attention heads per block
 * @param dModel  d_model, the width of every hidden state; a multiple of {@code heads}
 * @param dFf     d_ff, the width of the feed-forward network's hidden layer
 * @param context the most tokens a sentence may have (rows of the position embedding)
 */
public record Architecture(int layers, int heads, int dModel, int dFf, int context) {

    public Architecture {
        if (layers < 1 || heads < 1 || dModel < 1 || dFf < 1 || context < 1 || dModel % heads != 0) {
            throw new IllegalArgumentException("architecture " + layers + " layers, " + heads + " heads, d_model "
                    + dModel + ", d_ff " + dFf + ", context " + context
                    + ": every size must be positive and d_model a multiple of heads");
        }
    }

    /** d_k = d_v = d_model / h, as in Vaswani et al. 2017: the heads together cost one full-width head. */
    public int dHead() {
        return dModel / heads;
    }
}
