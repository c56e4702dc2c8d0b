package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Lays out series of points as lines on two numeric axes, in the course's chart style: the
 * same fonts, ink and grid as the bar charts, Okabe–Ito colours that stay apart for every
 * common colour-vision deficiency, and a key only when there is more than one line.
 */
final class LineChart {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 260;
    private static final int PAD = 6;
    private static final Font TICK_FONT = Labels.font(12, false);
    private static final Font AXIS_FONT = Labels.font(12, true);
    /** Okabe–Ito blue, vermillion and bluish green. */
    private static final Color[] LINES = {Palette.BAR, Palette.BAR_HIGHLIGHT, new Color(0, 158, 115)};
    private static final double POINT = 6;

    private final LineData data;

    LineChart(LineData data) {
        this.data = data;
    }

    int width() {
        return WIDTH;
    }

    int height() {
        return HEIGHT;
    }

    JFreeChart build() {
        XYSeriesCollection dataset = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        // One path per line, not a line element per segment: a curve of a thousand steps stays small.
        renderer.setDrawSeriesLineAsPath(true);
        for (int s = 0; s < data.series().size(); s++) {
            LineData.Series series = data.series().get(s);
            // Keyed by position, so two series may share a name.
            XYSeries points = new XYSeries(s + ": " + series.name(), false, true);
            double[] x = series.x();
            double[] y = series.y();
            for (int i = 0; i < x.length; i++) {
                points.add(x[i], y[i]);
            }
            dataset.addSeries(points);
            renderer.setSeriesPaint(s, LINES[s]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShapesVisible(s, series.points());
            renderer.setSeriesShape(s, new Ellipse2D.Double(-POINT / 2, -POINT / 2, POINT, POINT));
        }
        XYPlot plot = new XYPlot(dataset, axis(data.xLabel()), axis(data.yLabel()), renderer);
        plot.setBackgroundPaint(null);
        plot.setOutlineVisible(false);
        plot.setInsets(RectangleInsets.ZERO_INSETS);
        plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
        plot.setDomainGridlinePaint(Plots.GRID);
        plot.setRangeGridlinePaint(Plots.GRID);
        plot.setDomainGridlineStroke(new BasicStroke(1f));
        plot.setRangeGridlineStroke(new BasicStroke(1f));

        renderer.setLegendItemLabelGenerator((set, series) -> data.series().get(series).name());
        return Plots.chart(plot, PAD, data.series().size() > 1 ? TICK_FONT : null);
    }

    private static NumberAxis axis(String title) {
        NumberAxis axis = new NumberAxis(title);
        Axes.style(axis, TICK_FONT, AXIS_FONT);
        axis.setAutoRangeIncludesZero(false);
        axis.setAxisLinePaint(Palette.INK);
        axis.setTickMarksVisible(false);
        axis.setNumberFormatOverride(TickFormat.PLAIN);
        return axis;
    }
}
