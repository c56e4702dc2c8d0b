package io.github.attentioncourse.chart;

import org.jfree.chart.text.TextUtils;

/**
 * Draws the course's attention figures. Every method returns one standalone {@code <svg>…</svg>}
 * element, ready to inline in HTML5: labelled for screen readers by its own {@code <title>} and
 * {@code <desc>} (ids {@code idPrefix + "title"} and {@code idPrefix + "desc"}), every id starting
 * with the input's {@code idPrefix}, and byte-identical for the same input whatever the default
 * locale, time zone or installed fonts: labels are measured with a bundled DejaVu Sans.
 */
public final class Charts {

    static {
        // JFreeChart measures text through AWT, which must not look for a display on a build machine.
        System.setProperty("java.awt.headless", "true");
        // On by default, for an old on-screen JDK bug; it draws rotated text (the "query" title,
        // upright token labels) as glyph outlines, which are large and unreadable to screen readers.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private Charts() {
    }

    /**
     * An N×M attention-weight heatmap: one row per query token (top to bottom), one column per
     * key token (left to right), each cell coloured on a viridis scale and labelled with its
     * percentage; masked cells are grey, hatched and labelled; a colour legend runs 0–100%.
     */
    public static String heatmap(HeatmapData data) {
        HeatmapChart chart = new HeatmapChart(data);
        return SvgRenderer.render(chart.build(), chart.width(), chart.height(),
                data.idPrefix(), data.title(), data.description());
    }

    /**
     * One query's weights over the keys: a bar per key token in order, labelled with its
     * percentage, on a 0–100% axis; a masked key is an empty grey slot labelled "masked".
     */
    public static String bars(BarData data) {
        BarChart chart = new BarChart(data);
        return SvgRenderer.render(chart.build(), chart.width(), chart.height(),
                data.idPrefix(), data.title(), data.description());
    }

    /**
     * Lines over two numeric axes, such as a training run's loss by step: each series in its own
     * colour, with its points marked where asked, and a key when there are several.
     */
    public static String line(LineData data) {
        LineChart chart = new LineChart(data);
        return SvgRenderer.render(chart.build(), chart.width(), chart.height(),
                data.idPrefix(), data.title(), data.description());
    }

    /**
     * Vectors as bars above and below zero, side by side per entry: a word's hidden state before
     * and after a step of the model, say, with a key when there are several.
     */
    public static String vectors(VectorData data) {
        VectorChart chart = new VectorChart(data);
        return SvgRenderer.render(chart.build(), chart.width(), chart.height(),
                data.idPrefix(), data.title(), data.description());
    }

    /**
     * Labelled points in groups over two numeric axes at the same scale, such as words placed by the
     * first two principal components of their vectors: each group in its own colour and marker,
     * each label beside its point where it covers no other, and a key when there are several groups.
     */
    public static String scatter(ScatterData data) {
        ScatterChart chart = new ScatterChart(data);
        return SvgRenderer.render(chart.build(), chart.width(), chart.height(),
                data.idPrefix(), data.title(), data.description());
    }
}
