package io.github.attentioncourse.chart;

import java.awt.Graphics2D;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.text.TextBlock;
import org.jfree.chart.text.TextUtils;
import org.jfree.chart.ui.RectangleEdge;

/**
 * The bar chart's key axis. JFreeChart breaks every category label into lines that fit its room,
 * with a fresh line-break iterator and a measurement per word, twice per chart; that was a tenth
 * of drawing a bar chart. A token label that fits its room with a pixel to spare comes out of that
 * as one line, so it is made one line directly. Only for Latin letters and signs, whose widths add
 * up word by word exactly as the whole label's does; anything else is broken as JFreeChart would.
 */
final class TokenCategoryAxis extends CategoryAxis {

    private static final double SPARE = 1;
    private static final char LAST_LATIN = '\u024F';

    TokenCategoryAxis(String title) {
        super(title);
    }

    @Override
    protected TextBlock createLabel(Comparable category, float width, RectangleEdge edge, Graphics2D g2) {
        String text = category.toString();
        if (latinOneLine(text) && TextUtils.getTextBounds(text, g2, g2.getFontMetrics()).getWidth() + SPARE < width) {
            return TextUtils.createTextBlock(text, getTickLabelFont(category), getTickLabelPaint(category));
        }
        return super.createLabel(category, width, edge, g2);
    }

    private static boolean latinOneLine(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > LAST_LATIN || c == '\n') {
                return false;
            }
        }
        return true;
    }
}
