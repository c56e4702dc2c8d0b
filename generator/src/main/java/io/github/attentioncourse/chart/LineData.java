package io.github.attentioncourse.chart;

import java.util.List;
import java.util.Objects;

/**
 * What a line chart shows: one or more series of (x, y) points over two numeric axes, such as a
 * training run's loss by step. The record keeps its own copies.
 *
 * @param idPrefix    start of every id in the SVG, unique per figure on a page
 * @param title       accessible name of the chart (its {@code <title>})
 * @param description longer accessible description (its {@code <desc>}), may be empty
 * @param xLabel      the horizontal axis's title, e.g. "training step"
 * @param yLabel      the vertical axis's title, e.g. "loss"
 * @param series      the lines, drawn in order; at most {@link #MAX_SERIES}
 */
public record LineData(String idPrefix, String title, String description, String xLabel, String yLabel,
        List<Series> series) {

    public static final int MAX_SERIES = 3;

    /**
     * One line.
     *
     * @param name   shown in the key when there are several lines
     * @param x      ascending x values for a curve; for marked points, any order, joined in the
     *               order given (a path, such as the steps of gradient descent back and forth
     *               across a minimum)
     * @param y      one finite y per x
     * @param points whether each point is also marked (a few points, such as optimizer steps)
     */
    public record Series(String name, double[] x, double[] y, boolean points) {

        public Series {
            Objects.requireNonNull(name, "name");
            if (x == null || y == null || x.length != y.length || x.length == 0) {
                throw new IllegalArgumentException("a series needs as many y as x values, at least one");
            }
            x = x.clone();
            y = y.clone();
            for (int i = 0; i < x.length; i++) {
                if (!Double.isFinite(x[i]) || !Double.isFinite(y[i]) || !points && i > 0 && x[i] < x[i - 1]) {
                    throw new IllegalArgumentException("point " + i + " of " + name + " is not finite or not in order");
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
    }

    public LineData {
        Inputs.requireAxes(idPrefix, title, description, xLabel, yLabel);
        series = List.copyOf(series);
        if (series.isEmpty() || series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("a line chart shows 1 to " + MAX_SERIES + " series, not " + series.size());
        }
    }
}
