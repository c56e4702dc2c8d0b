package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleInsets;

/** The look the charts over two numeric axes share (line charts, scatter plots): fonts, ink, grid and key. */
final class XyStyle {

    static final int PAD = 6;
    static final Font TICK_FONT = Labels.font(12, false);
    static final Font AXIS_FONT = Labels.font(12, true);

    private XyStyle() {
    }

    /** A numeric axis with the course's tick labels, ink and fonts; its range is not forced to hold zero. */
    static NumberAxis axis(String title) {
        NumberAxis axis = new NumberAxis(title);
        Axes.style(axis, TICK_FONT, AXIS_FONT);
        axis.setAutoRangeIncludesZero(false);
        axis.setAxisLinePaint(Palette.INK);
        axis.setTickMarksVisible(false);
        axis.setNumberFormatOverride(TickFormat.PLAIN);
        return axis;
    }

    /** A transparent plot without outline or insets, with light grid lines. */
    static XYPlot plain(XYPlot plot) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinePaint(Palette.GRID);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        return plot;
    }

    /** The chart around a plot, padded, with a key on top when {@code keyed}. */
    static JFreeChart chart(XYPlot plot, boolean keyed) {
        return Plots.chart(plot, PAD, keyed ? TICK_FONT : null);
    }
}
