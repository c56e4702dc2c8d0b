package io.github.attentioncourse.chart;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Chart inputs shared by the tests: the seed-sized sentence, with and without a causal mask. */
final class Samples {

    static final double M = Double.NaN;
    static final List<String> TOKENS = List.of("the", "cat", "sat", "the");

    private Samples() {
    }

    static HeatmapData heatmap(String idPrefix) {
        double[][] weights = {
            {0.05, 0.15, 0.30, 0.50},
            {0.35, 0.55, 0.05, 0.05},
            {0.20, 0.50, 0.25, 0.05},
            {0.10, 0.20, 0.30, 0.40},
        };
        return new HeatmapData(idPrefix, "Attention weights", "Each row sums to 100%.", TOKENS, TOKENS, weights);
    }

    static HeatmapData causalHeatmap(String idPrefix) {
        double[][] weights = {
            {1.00, M, M, M},
            {0.35, 0.65, M, M},
            {0.20, 0.50, 0.30, M},
            {0.10, 0.20, 0.30, 0.40},
        };
        return new HeatmapData(idPrefix, "Causal attention", "Later keys are masked.", TOKENS, TOKENS, weights);
    }

    static BarData bars(String idPrefix) {
        return new BarData(idPrefix, "Weights of sat", "How much sat attends to each key.",
                TOKENS, new double[] {0.20, 0.50, 0.25, 0.05}, 1);
    }

    static BarData maskedBars(String idPrefix) {
        return new BarData(idPrefix, "Weights of cat", "Keys after cat are masked.",
                TOKENS, new double[] {0.35, 0.65, M, M}, -1);
    }

    static HeatmapData uniformHeatmap(List<String> tokens) {
        double[][] weights = new double[tokens.size()][tokens.size()];
        for (double[] row : weights) {
            Arrays.fill(row, 1.0 / tokens.size());
        }
        return new HeatmapData("u-", "Uniform", "", tokens, tokens, weights);
    }

    static BarData uniformBars(List<String> tokens) {
        double[] weights = new double[tokens.size()];
        Arrays.fill(weights, 1.0 / tokens.size());
        return new BarData("ub-", "Uniform", "", tokens, weights, -1);
    }

    static List<String> repeated(String token, int times) {
        return Collections.nCopies(times, token);
    }

    static ScatterData scatter(String idPrefix) {
        return new ScatterData(idPrefix, "Words", "Two groups of words.", "first", "second", List.of(
                new ScatterData.Group("animals", List.of("dog", "cat", "cow"), new double[] {0.5, 0.6, 0.4}, new double[] {0.1, 0.2, 0.15}),
                new ScatterData.Group("places", List.of("road", "path"), new double[] {-0.5, -0.45}, new double[] {-0.2, -0.1})));
    }

    /** A path of steps back and forth across the lowest point of a loss curve. */
    static LineData descent(String idPrefix) {
        return new LineData(idPrefix, "Gradient descent", "Steps on a parabola.", "weight w", "loss", List.of(
                new LineData.Series("loss", new double[] {-1, 0, 1, 2, 3}, new double[] {4, 1, 0, 1, 4}, false),
                new LineData.Series("steps", new double[] {-1, 2.5, 0.2}, new double[] {4, 2.25, 0.64}, true)));
    }
}
