package io.github.attentioncourse.chart;

import java.util.List;

/**
 * What a heatmap shows. The record keeps its own copies, so later changes by the caller
 * cannot alter a chart.
 *
 * @param idPrefix    start of every id in the SVG, unique per figure on a page, e.g. {@code "i-love-ai-heatmap-"}
 * @param title       accessible name of the chart (its {@code <title>})
 * @param description longer accessible description (its {@code <desc>}), may be empty
 * @param queryTokens row labels, top to bottom; may repeat
 * @param keyTokens   column labels, left to right; may repeat
 * @param weights     one row per query and one column per key, each in [0, 1], {@code NaN} where masked
 */
public record HeatmapData(String idPrefix, String title, String description,
        List<String> queryTokens, List<String> keyTokens, double[][] weights) {

    public HeatmapData {
        Inputs.requireIdPrefix(idPrefix);
        Inputs.requireText(title, "title");
        Inputs.requireText(description, "description");
        queryTokens = Inputs.requireTokens(queryTokens, "queryTokens");
        keyTokens = Inputs.requireTokens(keyTokens, "keyTokens");
        if (weights == null || weights.length != queryTokens.size()) {
            throw new IllegalArgumentException("weights must have one row per query token ("
                    + queryTokens.size() + ")");
        }
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = Inputs.requireWeights(weights[i], keyTokens.size(), "weights row " + i);
        }
        weights = copy;
    }

    /** A copy of the weights, rows = queries, so the record stays unchanged. */
    @Override
    public double[][] weights() {
        double[][] copy = new double[weights.length][];
        for (int i = 0; i < weights.length; i++) {
            copy[i] = weights[i].clone();
        }
        return copy;
    }

    double weight(int query, int key) {
        return weights[query][key];
    }
}
