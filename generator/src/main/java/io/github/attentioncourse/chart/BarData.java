package io.github.attentioncourse.chart;

import java.util.List;

/**
 * What a bar chart shows: one query's weights over the keys, or any shares of a whole over words
 * (a model's probabilities for the next word, say). The record keeps its own copies.
 *
 * @param idPrefix    start of every id in the SVG, unique per figure on a page, e.g. {@code "i-love-ai-bars-"}
 * @param title       accessible name of the chart (its {@code <title>})
 * @param description longer accessible description (its {@code <desc>}), may be empty
 * @param keyTokens   bar labels, left to right; may repeat
 * @param weights     one per key, each in [0, 1], {@code NaN} where masked
 * @param highlight   index of the bar to emphasise, or -1 for none
 * @param keyTitle    the horizontal axis's title: "key" for attention weights
 * @param weightTitle the vertical axis's title: "weight" for attention weights
 */
public record BarData(String idPrefix, String title, String description,
        List<String> keyTokens, double[] weights, int highlight, String keyTitle, String weightTitle) {

    /** One query's attention weights over the keys, on axes titled "key" and "weight". */
    public BarData(String idPrefix, String title, String description, List<String> keyTokens, double[] weights,
            int highlight) {
        this(idPrefix, title, description, keyTokens, weights, highlight, HeatmapChart.KEY_TITLE, BarChart.WEIGHT_TITLE);
    }

    public BarData {
        Inputs.requireIdPrefix(idPrefix);
        Inputs.requireText(title, "title");
        Inputs.requireText(description, "description");
        Inputs.requireText(keyTitle, "keyTitle");
        Inputs.requireText(weightTitle, "weightTitle");
        keyTokens = Inputs.requireTokens(keyTokens, "keyTokens");
        weights = Inputs.requireWeights(weights, keyTokens.size(), "weights");
        if (highlight < -1 || highlight >= keyTokens.size()) {
            throw new IllegalArgumentException("highlight must be -1 or an index below "
                    + keyTokens.size() + ", was " + highlight);
        }
    }

    /** A copy of the weights, so the record stays unchanged. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    double weight(int key) {
        return weights[key];
    }
}
