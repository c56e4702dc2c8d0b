package io.github.attentioncourse.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a vector chart shows: one or more vectors of the same length, such as a word's hidden
 * state before and after a layer, as bars side by side per entry, above and below zero. The
 * record keeps its own copies.
 *
 * @param idPrefix    start of every id in the SVG, unique per figure on a page
 * @param title       accessible name of the chart (its {@code <title>})
 * @param description longer accessible description (its {@code <desc>}), may be empty
 * @param entryTitle  the horizontal axis's title, e.g. "dimension"
 * @param valueTitle  the vertical axis's title, e.g. "value"
 * @param entries     one label per entry, left to right, e.g. "1", "2", …
 * @param series      the vectors, drawn side by side in each entry's slot; at most {@link #MAX_SERIES}
 */
public record VectorData(String idPrefix, String title, String description, String entryTitle, String valueTitle,
        List<String> entries, List<Series> series) {

    public static final int MAX_SERIES = 3;

    /**
     * One vector.
     *
     * @param name   shown in the key when there are several vectors
     * @param values one finite number per entry
     */
    public record Series(String name, double[] values) {

        public Series {
            Objects.requireNonNull(name, "name");
            values = values.clone();
            for (double value : values) {
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("the vector " + name + " has a value that is not finite");
                }
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    public VectorData {
        Inputs.requireIdPrefix(idPrefix);
        Inputs.requireText(title, "title");
        Inputs.requireText(description, "description");
        Inputs.requireText(entryTitle, "entryTitle");
        Inputs.requireText(valueTitle, "valueTitle");
        entries = Inputs.requireTokens(entries, "entries");
        series = List.copyOf(series);
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a vector chart shows 1 to " + MAX_SERIES + " vectors, not " + series.size());
        }
        for (Series s : series) {
            if (s.values.length != entries.size()) {
                throw new IllegalArgumentException("the vector " + s.name() + " has " + s.values.length + " values for "
                        + entries.size() + " entries");
            }
        }
    }
}
