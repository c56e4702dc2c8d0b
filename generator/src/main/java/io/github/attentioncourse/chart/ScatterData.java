package io.github.attentioncourse.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a scatter plot shows: labelled points in groups over two numeric axes drawn to the same
 * scale, such as words placed by the first two principal components of their vectors. The record
 * keeps its own copies.
 *
 * @param idPrefix    start of every id in the SVG, unique per figure on a page
 * @param title       accessible name of the chart (its {@code <title>})
 * @param description longer accessible description (its {@code <desc>}), may be empty
 * @param xLabel      the horizontal axis's title
 * @param yLabel      the vertical axis's title
 * @param groups      1 to {@link #MAX_GROUPS} groups, each with its own colour and marker
 */
public record ScatterData(String idPrefix, String title, String description, String xLabel, String yLabel,
        List<Group> groups) {

    /** As many as there are marker shapes and colours that stay apart for every common colour-vision deficiency. */
    public static final int MAX_GROUPS = 4;

    /**
     * Points that belong together: shown in one colour and marker, named in the chart's key.
     *
     * @param name   shown in the key when there are several groups
     * @param labels one label per point, written beside it
     * @param x      one finite x per label
     * @param y      one finite y per label
     */
    public record Group(String name, List<String> labels, double[] x, double[] y) {

        public Group {
            Objects.requireNonNull(name, "name");
            labels = Inputs.requireTokens(labels, "labels");
            if (x == null || y == null || x.length != labels.size() || y.length != labels.size()) {
                throw new IllegalArgumentException("a group needs one x and one y per label");
            }
            x = x.clone();
            y = y.clone();
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                    throw new IllegalArgumentException("point " + labels.get(i) + " of " + name + " is not finite");
                }
            }
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }

        double xAt(int i) {
            return x[i];
        }

        double yAt(int i) {
            return y[i];
        }
    }

    public ScatterData {
        Inputs.requireAxes(idPrefix, title, description, xLabel, yLabel);
        groups = List.copyOf(groups);
        if (groups.isEmpty() || groups.size() > MAX_GROUPS) {
            throw new IllegalArgumentException("a scatter plot shows 1 to " + MAX_GROUPS + " groups, not " + groups.size());
        }
    }
}
