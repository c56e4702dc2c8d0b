package io.github.attentioncourse.engine;

import java.util.Set;

/**
 * Which keys a query may see. A hidden key gets a scaled score of −∞, and so a weight of
 * exactly 0 after the softmax.
 */
public interface Mask {

    /**
     * @param query 0-based row of the query
     * @param key   0-based row of the key
     * @return whether that query may attend to that key
     */
    boolean visible(int query, int key);

    /** The mask's name as lessons and the published numbers write it: "none", "causal" or "padding". */
    String name();

    /** Every key is visible to every query. */
    static Mask none() {
        return Masks.NONE;
    }

    /** Key j is visible to query i iff j ≤ i: a decoder must not read tokens it has yet to produce. */
    static Mask causal() {
        return Masks.CAUSAL;
    }

    /**
     * Hides the given keys from every query, as a batch hides the padding that evens out
     * sentence lengths.
     *
     * @param paddedKeys 0-based key rows to hide; copied, so later changes to the set do not leak in
     */
    static Mask padding(Set<Integer> paddedKeys) {
        return new Masks.Padding(paddedKeys);
    }
}
