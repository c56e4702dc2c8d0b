package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;

/**
 * The frame the course's charts share: a plot without background, outline or insets, its grid a
 * light grey, in a padded chart with a key on top when it shows several series.
 */
final class Plots {

    private Plots() {
    }

    /**
     * A bar plot's frame, its axes given the room they were measured to need (so that the slots land
     * on whole pixels).
     *
     * @param bottom room for the category axis: its labels and title
     * @param left   room for the value axis
     */
    static void bars(CategoryPlot plot, int bottom, int left) {
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setRangeGridlinePaint(Palette.GRID);
        plot.setRangeGridlineStroke(new BasicStroke(1f));
        AxisSpace categorySpace = new AxisSpace();
        categorySpace.setBottom(bottom);
        plot.setFixedDomainAxisSpace(categorySpace);
        AxisSpace valueSpace = new AxisSpace();
        valueSpace.setLeft(left);
        plot.setFixedRangeAxisSpace(valueSpace);
    }

    /**
     * The chart around a plot, padded, transparent, with the plot's series named in a key on top
     * when {@code keyFont} is given.
     */
    static JFreeChart chart(Plot plot, int pad, Font keyFont) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(null);
        chart.setPadding(new RectangleInsets(pad, pad, pad, pad));
        if (keyFont != null) {
            LegendTitle key = new LegendTitle(plot);
            key.setItemFont(keyFont);
            key.setPosition(RectangleEdge.TOP);
            key.setBackgroundPaint(null);
            chart.addLegend(key);
        }
        return chart;
    }
}
