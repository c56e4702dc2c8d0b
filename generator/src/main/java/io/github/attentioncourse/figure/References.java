package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;
import io.github.attentioncourse.format.Numbers;
import io.github.attentioncourse.format.Weights;

/** The numbers prose may refer to, formatted as the page shows them (plain text: {@code <1%} is not escaped). */
public enum References {
    /** The weight as a whole percentage: {@code 42%}, {@code <1%} for a positive weight under half a percent. */
    PERCENT,
    /** The weight with two decimals: {@code 0.42}, {@code <0.01} for a positive weight under 0.005. */
    WEIGHT,
    /** The scaled score with two decimals: {@code 1.41}, or {@code -∞} where masked. */
    SCORE;

    /** The formatted number for query row {@code query}, key column {@code key} of head {@code head} (0-based). */
    public String format(AttentionTrace trace, int head, int query, int key) {
        HeadTrace h = trace.heads().get(head);
        return switch (this) {
            case PERCENT -> Weights.percent(ShownWeights.of(h, query, key));
            case WEIGHT -> Weights.twoDecimals(ShownWeights.of(h, query, key));
            case SCORE -> Numbers.fixed(h.scaled().get(query, key), 2);
        };
    }

    /** The key that query row {@code query} of head {@code head} gives the largest weight (the first, on a tie). */
    public static int topKey(AttentionTrace trace, int head, int query) {
        HeadTrace h = trace.heads().get(head);
        int top = 0;
        for (int key = 1; key < h.weights().numCols; key++) {
            if (h.weights().get(query, key) > h.weights().get(query, top)) {
                top = key;
            }
        }
        return top;
    }
}
