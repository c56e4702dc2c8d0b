package io.github.attentioncourse.model;

import org.ejml.data.DMatrixRMaj;

/**
 * One attention head, counted from 1 as the lessons and the weights file count them.
 *
 * @param layer the block, 1 to L
 * @param head  the head in that block, 1 to h
 */
public record HeadId(int layer, int head) {

    public HeadId {
        if (layer < 1 || head < 1) {
            throw new IllegalArgumentException("layer " + layer + ", head " + head + ": both count from 1");
        }
    }

    /** Whether the model has this head. */
    public boolean in(Architecture a) {
        return layer <= a.layers() && head <= a.heads();
    }

    /** The head's attention weights in a forward pass, n×n: row i is where word i looks. */
    public DMatrixRMaj weights(ForwardTrace t) {
        return t.layers().get(layer - 1).attention().heads().get(head - 1).weights();
    }

    /** The key the query at {@code query} gives most weight; the first of equals. */
    public int topKey(ForwardTrace t, int query) {
        DMatrixRMaj w = weights(t);
        int best = 0;
        for (int k = 1; k < w.numCols; k++) {
            if (w.unsafe_get(query, k) > w.unsafe_get(query, best)) {
                best = k;
            }
        }
        return best;
    }

    @Override
    public String toString() {
        return "layer " + layer + ", head " + head;
    }
}
