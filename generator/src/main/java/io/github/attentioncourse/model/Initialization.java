package io.github.attentioncourse.model;

import io.github.attentioncourse.model.Weights.Tensor;

/**
 * The weights before the first step, drawn from the seed. Matrices are uniform with Glorot and
 * Bengio's (2010) limit √(6/(fan_in+fan_out)), so that a layer keeps the size of what passes
 * through it; embeddings are uniform in ±{@value #EMBEDDING_LIMIT}; LayerNorm starts as the identity
 * (gain 1, bias 0) and every bias at 0.
 */
final class Initialization {

    /** Std 0.29: tied to the output, a larger start would make the first logits confidently wrong. */
    static final double EMBEDDING_LIMIT = 0.5;

    private Initialization() {
    }

    static Weights draw(Architecture a, int vocabulary, SplitMix64 random) {
        Weights w = Weights.blank(a, vocabulary);
        for (Tensor t : w.tensors()) {
            String name = t.name();
            if (name.endsWith(".gain") || name.endsWith(".bias") || name.endsWith(".b1") || name.endsWith(".b2")
                    || name.equals("output_bias")) {
                continue;
            }
            double limit = name.endsWith("_embedding") ? EMBEDDING_LIMIT
                    : StrictMath.sqrt(6.0 / (t.values().numRows + t.values().numCols));
            double[] data = t.values().data;
            for (int i = 0; i < data.length; i++) {
                data[i] = random.uniform(limit);
            }
        }
        return w;
    }
}
