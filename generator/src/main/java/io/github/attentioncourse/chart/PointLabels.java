package io.github.attentioncourse.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.annotations.AbstractXYAnnotation;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.PlotRenderingInfo;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;

/**
 * Writes each point's label beside it where it covers no other point and no other label: of eight
 * places around the point (right, left, above, below, then the corners) the first that is free and
 * inside the plot, or else the one that overlaps least. Points are labelled in the order given, so
 * the same points always get the same places.
 */
final class PointLabels extends AbstractXYAnnotation {

    private static final long serialVersionUID = 1L;
    private static final Font FONT = Labels.font(11, false);
    private static final double GAP = 2;

    private final transient List<ScatterData.Group> groups;
    private final double radius;

    PointLabels(List<ScatterData.Group> groups, double radius) {
        this.groups = List.copyOf(groups);
        this.radius = radius;
    }

    @Override
    public void draw(Graphics2D g2, XYPlot plot, Rectangle2D dataArea, ValueAxis domainAxis, ValueAxis rangeAxis,
            int rendererIndex, PlotRenderingInfo info) {
        List<double[]> points = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (ScatterData.Group group : groups) {
            for (int i = 0; i < group.labels().size(); i++) {
                points.add(new double[] {
                    domainAxis.valueToJava2D(group.xAt(i), dataArea, RectangleEdge.BOTTOM),
                    rangeAxis.valueToJava2D(group.yAt(i), dataArea, RectangleEdge.LEFT)});
                labels.add(Labels.token(group.labels().get(i)));
            }
        }
        List<Rectangle2D> taken = new ArrayList<>();
        for (double[] p : points) {
            taken.add(new Rectangle2D.Double(p[0] - radius, p[1] - radius, 2 * radius, 2 * radius));
        }
        double height = Axes.lineHeight(FONT);
        double ascent = FONT.getLineMetrics("Xg", g2.getFontRenderContext()).getAscent();
        g2.setFont(FONT);
        g2.setPaint(Palette.INK);
        for (int i = 0; i < points.size(); i++) {
            Rectangle2D box = place(points.get(i), Labels.width(labels.get(i), FONT), height, dataArea, taken);
            taken.add(box);
            g2.drawString(labels.get(i), (float) box.getX(), (float) (box.getY() + ascent));
        }
    }

    /** The first free place of eight around the point, or the one that overlaps the least. */
    private Rectangle2D place(double[] p, double width, double height, Rectangle2D area, List<Rectangle2D> taken) {
        double off = radius + GAP;
        double[][] corners = {
            {p[0] + off, p[1] - height / 2}, {p[0] - off - width, p[1] - height / 2},
            {p[0] - width / 2, p[1] - off - height}, {p[0] - width / 2, p[1] + off},
            {p[0] + off * 0.7, p[1] - off * 0.7 - height}, {p[0] + off * 0.7, p[1] + off * 0.7},
            {p[0] - off * 0.7 - width, p[1] - off * 0.7 - height}, {p[0] - off * 0.7 - width, p[1] + off * 0.7},
        };
        Rectangle2D best = null;
        double bestOverlap = Double.POSITIVE_INFINITY;
        for (double[] corner : corners) {
            Rectangle2D box = new Rectangle2D.Double(corner[0], corner[1], width, height);
            double overlap = outside(box, area);
            for (Rectangle2D other : taken) {
                overlap += area(box.createIntersection(other));
            }
            if (overlap < bestOverlap) {
                best = box;
                bestOverlap = overlap;
            }
            if (overlap == 0) {
                break;
            }
        }
        return best;
    }

    private static double outside(Rectangle2D box, Rectangle2D area) {
        return area(box) - area(box.createIntersection(area));
    }

    private static double area(Rectangle2D r) {
        return r.isEmpty() ? 0 : r.getWidth() * r.getHeight();
    }
}
