package io.github.attentioncourse.chart;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/** Checks shared by the chart inputs, so a bad figure fails when it is described, not half drawn. */
final class Inputs {

    /** Ids must work unescaped in HTML, CSS selectors and {@code url(#…)} references. */
    private static final Pattern ID_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    /** Softmax sums can land a hair outside [0, 1]; anything further is a caller's bug. */
    private static final double TOLERANCE = 1e-9;

    private Inputs() {
    }

    static void requireIdPrefix(String idPrefix) {
        if (idPrefix == null || !ID_PREFIX.matcher(idPrefix).matches()) {
            throw new IllegalArgumentException("idPrefix must match " + ID_PREFIX + ", was " + idPrefix);
        }
    }

    static void requireText(String text, String name) {
        Objects.requireNonNull(text, name);
    }

    /** The texts of a chart over two numeric axes: its ids' prefix, its accessible name and description, its axes' titles. */
    static void requireAxes(String idPrefix, String title, String description, String xLabel, String yLabel) {
        requireIdPrefix(idPrefix);
        requireText(title, "title");
        requireText(description, "description");
        requireText(xLabel, "xLabel");
        requireText(yLabel, "yLabel");
    }

    static List<String> requireTokens(List<String> tokens, String name) {
        Objects.requireNonNull(tokens, name);
        List<String> copy = List.copyOf(tokens);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    static double[] requireWeights(double[] weights, int length, String name) {
        if (weights == null || weights.length != length) {
            throw new IllegalArgumentException(name + " must hold " + length + " weights");
        }
        double[] copy = weights.clone();
        for (int i = 0; i < copy.length; i++) {
            double w = copy[i];
            if (Double.isNaN(w)) {
                continue;
            }
            if (!(w >= -TOLERANCE && w <= 1 + TOLERANCE)) {
                throw new IllegalArgumentException(name + "[" + i + "] must be in [0, 1] or NaN, was " + w);
            }
            copy[i] = Math.min(1, Math.max(0, w));
        }
        return copy;
    }
}
