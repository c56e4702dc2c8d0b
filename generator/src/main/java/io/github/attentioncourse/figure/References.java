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

    /** Whether the number can be compared with another: every weight can, a masked score (−∞) cannot. */
    public boolean comparable(AttentionTrace trace, int head, int query, int key) {
        return this != SCORE || !ShownWeights.masked(trace.heads().get(head), query, key);
    }

    /**
     * How the first number stands to the second, as the page shows both: "3 percentage points
     * higher than", "0.41 lower than", "the same as". The difference is that of the two shown
     * numbers, so prose that puts both beside it reads true; where they differ by less than the
     * last shown digit (a "&lt;1%" against a "0%") it says "less than 1 percentage point".
     * Both numbers must be {@link #comparable}.
     */
    public String compare(Cell first, Cell second) {
        String shownFirst = format(first.trace(), first.head(), first.query(), first.key());
        String shownSecond = format(second.trace(), second.head(), second.query(), second.key());
        if (shownFirst.equals(shownSecond)) {
            return "the same as";
        }
        double a = value(first);
        double b = value(second);
        long difference = Numbers.units(a, 2) - Numbers.units(b, 2);
        String direction = difference > 0 || difference == 0 && a > b ? " higher than" : " lower than";
        long size = Math.abs(difference);
        if (this == PERCENT) {
            return (size == 0 ? "less than 1 percentage point" : size + (size == 1 ? " percentage point" : " percentage points"))
                    + direction;
        }
        return (size == 0 ? "less than 0.01" : Numbers.fixed(size / 100.0, 2)) + direction;
    }

    private double value(Cell n) {
        HeadTrace h = n.trace().heads().get(n.head());
        return this == SCORE ? h.scaled().get(n.query(), n.key()) : ShownWeights.of(h, n.query(), n.key());
    }

    /** One number of an example: query row {@code query} against key column {@code key} of head {@code head}, 0-based. */
    public record Cell(AttentionTrace trace, int head, int query, int key) {
    }

    /** An embedding as its block writes it, e.g. {@code [1, 0.5, -2]}. */
    public static String vector(double[] embedding) {
        StringBuilder text = new StringBuilder("[");
        for (int c = 0; c < embedding.length; c++) {
            text.append(c == 0 ? "" : ", ").append(Numbers.plain(embedding[c]));
        }
        return text.append(']').toString();
    }
}
