package io.github.attentioncourse.chart;

import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisSpace;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.Range;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Lays out labelled points in groups, in the course's chart style, with both axes at the same
 * scale, so that distances in the picture are distances in the plane; each group has its own
 * colour and marker shape (so that it reads without colour too), and a key when there are several.
 */
final class ScatterChart {

    private static final int WIDTH = 560;
    private static final int HEIGHT = 440;
    private static final double MARKER = 8;
    /** Room around the points, as a share of their spread, for the labels beside the outermost ones. */
    private static final double MARGIN = 0.12;
    /** Fixed room for the axes, so that the plot's size, and with it the common scale, is known before drawing. */
    private static final double LEFT = Labels.width("-88.88", XyStyle.TICK_FONT) + Axes.TICK_INSETS
            + Axes.titleSpace(XyStyle.AXIS_FONT);
    private static final double BOTTOM = Axes.lineHeight(XyStyle.TICK_FONT) + Axes.TICK_INSETS
            + Axes.titleSpace(XyStyle.AXIS_FONT);

    private final ScatterData data;

    ScatterChart(ScatterData data) {
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
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(false, true);
        for (int g = 0; g < data.groups().size(); g++) {
            ScatterData.Group group = data.groups().get(g);
            XYSeries points = new XYSeries(g + ": " + group.name(), false, true);
            for (int i = 0; i < group.labels().size(); i++) {
                points.add(group.xAt(i), group.yAt(i));
            }
            dataset.addSeries(points);
            renderer.setSeriesPaint(g, Palette.SERIES[g]);
            renderer.setSeriesShape(g, marker(g));
        }
        NumberAxis x = XyStyle.axis(data.xLabel());
        NumberAxis y = XyStyle.axis(data.yLabel());
        XYPlot plot = XyStyle.plain(new XYPlot(dataset, x, y, renderer));
        AxisSpace bottom = new AxisSpace();
        bottom.setBottom(BOTTOM);
        plot.setFixedDomainAxisSpace(bottom);
        AxisSpace left = new AxisSpace();
        left.setLeft(LEFT);
        plot.setFixedRangeAxisSpace(left);
        plot.addAnnotation(new PointLabels(data.groups(), MARKER / 2));
        boolean keyed = data.groups().size() > 1;
        if (keyed) {
            renderer.setLegendItemLabelGenerator((set, series) -> data.groups().get(series).name());
        }
        JFreeChart chart = XyStyle.chart(plot, keyed);
        sameScale(chart, plot, x, y);
        return chart;
    }

    /**
     * Sets both ranges so that a unit is as many pixels across as up, around the points. The plot's
     * size in pixels is what the chart leaves for it (padding, key, axes), found by laying it out once.
     */
    private void sameScale(JFreeChart chart, XYPlot plot, NumberAxis x, NumberAxis y) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (ScatterData.Group group : data.groups()) {
            for (int i = 0; i < group.labels().size(); i++) {
                minX = Math.min(minX, group.xAt(i));
                maxX = Math.max(maxX, group.xAt(i));
                minY = Math.min(minY, group.yAt(i));
                maxY = Math.max(maxY, group.yAt(i));
            }
        }
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(new SVGGraphics2D(WIDTH, HEIGHT), new Rectangle2D.Double(0, 0, WIDTH, HEIGHT), info);
        Rectangle2D area = info.getPlotInfo().getDataArea();
        double spread = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9) * (1 + 2 * MARGIN);
        double perPixel = Math.max(spread / area.getWidth(), spread / area.getHeight());
        x.setRange(centred(minX, maxX, perPixel * area.getWidth()));
        y.setRange(centred(minY, maxY, perPixel * area.getHeight()));
    }

    private static Range centred(double min, double max, double width) {
        double middle = (min + max) / 2;
        return new Range(middle - width / 2, middle + width / 2);
    }

    /** A circle, a square, a triangle and a diamond, all about as large. */
    private static Shape marker(int group) {
        double r = MARKER / 2;
        return switch (group) {
            case 0 -> new Ellipse2D.Double(-r, -r, MARKER, MARKER);
            case 1 -> new Rectangle2D.Double(-r * 0.9, -r * 0.9, MARKER * 0.9, MARKER * 0.9);
            case 2 -> polygon(0, -r * 1.15, r * 1.1, r * 0.85, -r * 1.1, r * 0.85);
            default -> polygon(0, -r * 1.2, r * 1.2, 0, 0, r * 1.2, -r * 1.2, 0);
        };
    }

    private static Shape polygon(double... xy) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
