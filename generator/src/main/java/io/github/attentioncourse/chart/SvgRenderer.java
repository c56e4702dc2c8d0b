package io.github.attentioncourse.chart;

import io.github.attentioncourse.format.Numbers;
import java.awt.geom.Rectangle2D;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart with JFreeSVG and turns the result into an element that can be inlined in
 * HTML5: our own root with an accessible name, no JFreeSVG namespace, no clip paths.
 */
final class SvgRenderer {

    private SvgRenderer() {
    }

    static String render(JFreeChart chart, int width, int height, String idPrefix, String title,
            String description) {
        return render(g2 -> chart.draw(g2, new Rectangle2D.Double(0, 0, width, height)), width, height, idPrefix, title,
                description);
    }

    /** The same, for anything that paints itself on a Graphics2D (a typeset formula). */
    static String render(java.util.function.Consumer<SVGGraphics2D> painter, int width, int height, String idPrefix,
            String title, String description) {
        // JFreeSVG draws into this builder; reading it directly skips the document that
        // getSVGElement() would build around it (its root and its clip-path definitions).
        StringBuilder drawn = new StringBuilder(16_384);
        SVGGraphics2D g2 = new SVGGraphics2D(width, height, null, drawn);
        // JFreeSVG's default prefix is the current nanoTime: fixed ids keep the output reproducible.
        g2.setDefsKeyPrefix(idPrefix);
        g2.setGeomDoubleConverter(SvgRenderer::twoDecimals);
        g2.setTransformDoubleConverter(SvgRenderer::twoDecimals);
        // Logical font names map to generic CSS families, so no machine's installed fonts leak out.
        g2.setFontFunction(Labels::cssFamily);
        // JFreeChart asks for pure strokes; writing shape-rendering on every line adds nothing visible.
        g2.setCheckStrokeControlHint(false);
        painter.accept(g2);
        StringBuilder svg = new StringBuilder(drawn.length() + 512);
        root(svg, width, height, idPrefix, title, description);
        SvgBody.appendCleaned(drawn, svg);
        return svg.append("</svg>").toString();
    }

    private static void root(StringBuilder svg, int width, int height, String idPrefix, String title,
            String description) {
        String titleId = idPrefix + "title";
        String descId = idPrefix + "desc";
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(titleId).append(' ').append(descId).append("\">")
                .append("<title id=\"").append(titleId).append("\">").append(Labels.escapeXml(title)).append("</title>")
                .append("<desc id=\"").append(descId).append("\">").append(Labels.escapeXml(description)).append("</desc>");
    }

    /** At most two decimals, never an exponent or a locale's comma, no trailing zeros, no "-0". */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("chart geometry is not finite: " + value);
        }
        return Numbers.trimmed(value, 2);
    }
}
