package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.geom.Ellipse2D;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
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
            // Keyed by position, so two series may share a name; not sorted, so a path keeps its order.
            XYSeries points = new XYSeries(s + ": " + series.name(), false, true);
            double[] x = series.x();
            double[] y = series.y();
            for (int i = 0; i < x.length; i++) {
                points.add(x[i], y[i]);
            }
            dataset.addSeries(points);
            renderer.setSeriesPaint(s, Palette.SERIES[s]);
            renderer.setSeriesStroke(s, new BasicStroke(2f));
            renderer.setSeriesShapesVisible(s, series.points());
            renderer.setSeriesShape(s, new Ellipse2D.Double(-POINT / 2, -POINT / 2, POINT, POINT));
        }
        XYPlot plot = XyStyle.plain(new XYPlot(dataset, XyStyle.axis(data.xLabel()), XyStyle.axis(data.yLabel()), renderer));
        boolean keyed = data.series().size() > 1;
        if (keyed) {
            renderer.setLegendItemLabelGenerator((set, series) -> data.series().get(series).name());
        }
        return XyStyle.chart(plot, keyed);
    }
}
