package io.github.attentioncourse.figure;

import io.github.attentioncourse.engine.AttentionTrace;
import io.github.attentioncourse.engine.HeadTrace;

/** The numbers prose may refer to, formatted as the page shows them. */
public enum References {
    /** The weight as a whole percentage: {@code 42%}. */
    PERCENT,
    /** The weight with two decimals: {@code 0.42}. */
    WEIGHT,
    /** The scaled score with two decimals: {@code 1.41}, or {@code -∞} where masked. */
    SCORE;

    /** The formatted number for query row {@code query}, key column {@code key} of head {@code head} (0-based). */
    public String format(AttentionTrace trace, int head, int query, int key) {
        HeadTrace h = trace.heads().get(head);
        return switch (this) {
            case PERCENT -> Numbers.percent(h.weights().get(query, key));
            case WEIGHT -> Numbers.fixed(h.weights().get(query, key), 2);
            case SCORE -> Numbers.fixed(h.scaled().get(query, key), 2);
        };
    }
}
