package io.github.attentioncourse.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.TextAnchor;

/**
 * How both charts show a masked weight: grey, hatched and labelled, so it reads as "not
 * allowed" rather than as a small weight, in colour, in grey print and without colour vision.
 */
final class MaskedArea {

    static final double HATCH_STEP = 10;
    static final double LABEL_PADDING = 2;

    private MaskedArea() {
    }

    /**
     * Fills {@code area}, hatches it and writes {@code label} across its centre on a plain patch,
     * upright when only that way fits (a narrow, tall bar slot).
     */
    static void draw(Graphics2D g2, Rectangle2D area, String label, Font font) {
        g2.setPaint(Palette.MASKED);
        g2.fill(area);
        hatch(g2, area);

        g2.setFont(font);
        double along = Labels.width(label, font) + 2 * LABEL_PADDING;
        double across = Axes.lineHeight(font);
        boolean vertical = !fitsAcross(label, font, area.getWidth()) && area.getHeight() > area.getWidth();
        double w = vertical ? across : along;
        double h = vertical ? along : across;
        g2.setPaint(Palette.MASKED);
        g2.fill(new Rectangle2D.Double(area.getCenterX() - w / 2, area.getCenterY() - h / 2, w, h));
        g2.setPaint(Palette.textOn(Palette.MASKED));
        float x = (float) area.getCenterX();
        float y = (float) area.getCenterY();
        if (vertical) {
            TextUtils.drawRotatedString(label, g2, x, y, TextAnchor.CENTER, -Math.PI / 2, x, y);
        } else {
            TextUtils.drawAlignedString(label, g2, x, y, TextAnchor.CENTER);
        }
    }

    static boolean fitsAcross(String label, Font font, double width) {
        return Labels.width(label, font) + 2 * LABEL_PADDING <= width;
    }

    /** Diagonals from lower left to upper right, all in one path to keep the SVG small. */
    private static void hatch(Graphics2D g2, Rectangle2D area) {
        Path2D lines = new Path2D.Double();
        double width = area.getWidth();
        double height = area.getHeight();
        for (double d = HATCH_STEP; d < width + height; d += HATCH_STEP) {
            lines.moveTo(area.getMinX() + Math.max(0, d - height), area.getMinY() + Math.min(d, height));
            lines.lineTo(area.getMinX() + Math.min(d, width), area.getMinY() + Math.max(0, d - width));
        }
        g2.setPaint(Palette.HATCH);
        g2.setStroke(new BasicStroke(1f));
        g2.draw(lines);
    }
}
