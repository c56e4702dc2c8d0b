package io.github.attentioncourse.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.ui.RectangleInsets;

/**
 * Axis styling shared by the charts, and the room axes need, computed up front from the fonts
 * so each chart can fix its axis spaces and size its SVG before drawing. The insets are set on
 * every axis so that these sums stay true.
 */
final class Axes {

    static final RectangleInsets TICK_LABEL_INSETS = new RectangleInsets(2, 4, 2, 4);
    static final RectangleInsets TITLE_INSETS = new RectangleInsets(3, 3, 3, 3);
    static final double TICK_INSETS = TICK_LABEL_INSETS.getLeft() + TICK_LABEL_INSETS.getRight();

    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    private Axes() {
    }

    static double lineHeight(Font font) {
        return font.getLineMetrics("Xg", FRC).getHeight();
    }

    /** An axis title's depth beside its axis: one line plus its insets, with a pixel to spare. */
    static double titleSpace(Font font) {
        return lineHeight(font) + TITLE_INSETS.getTop() + TITLE_INSETS.getBottom() + 1;
    }

    static int ceil(double pixels) {
        return (int) Math.ceil(pixels);
    }

    /**
     * An axis with one tick per token position. Positions, not strings, are the axis values,
     * so a repeated token still gets its own row or column.
     */
    static SymbolAxis tokenAxis(String title, String[] tokens, Font tickFont, Font titleFont) {
        SymbolAxis axis = new SymbolAxis(title, tokens);
        axis.setRange(-0.5, tokens.length - 0.5);
        axis.setTickUnit(new NumberTickUnit(1), false, true);
        axis.setGridBandsVisible(false);
        style(axis, tickFont, titleFont);
        axis.setAxisLineVisible(false);
        axis.setTickMarksVisible(false);
        return axis;
    }

    static void style(ValueAxis axis, Font tickFont, Font titleFont) {
        axis.setTickLabelFont(tickFont);
        axis.setLabelFont(titleFont);
        axis.setTickLabelInsets(TICK_LABEL_INSETS);
        axis.setLabelInsets(TITLE_INSETS);
    }
}
