package io.github.attentioncourse.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart with JFreeSVG and turns the result into an element that can be inlined in
 * HTML5: our own root with an accessible name, no JFreeSVG namespace, no clip paths.
 */
final class SvgRenderer {

    /**
     * JFreeChart clips to the chart and to the plot area and JFreeSVG repeats that clip on every
     * element. The charts set their axis ranges so nothing is drawn outside either area, so the
     * clips only cost bytes. Text content cannot match these patterns: JFreeSVG escapes its
     * quotes and angle brackets.
     */
    private static final Pattern CLIP_REFERENCE = Pattern.compile(" clip-path='url\\(#[^')]*\\)'");
    private static final Pattern CLIP_PATH = Pattern.compile("<clipPath id='[^']*'><path [^>]*/></clipPath>");
    private static final Pattern JFREESVG_ATTRIBUTE = Pattern.compile(" jfreesvg:[A-Za-z-]+='[^']*'");
    /** JFreeSVG wraps each text in a group that carries nothing once the clip is gone. */
    private static final Pattern BARE_TEXT_GROUP = Pattern.compile("<g>(<text [^>]*>[^<]*</text>)</g>");

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
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        // JFreeSVG's default prefix is the current nanoTime: fixed ids keep the output reproducible.
        g2.setDefsKeyPrefix(idPrefix);
        g2.setGeomDoubleConverter(SvgRenderer::twoDecimals);
        g2.setTransformDoubleConverter(SvgRenderer::twoDecimals);
        // Logical font names map to generic CSS families, so no machine's installed fonts leak out.
        g2.setFontFunction(Labels::cssFamily);
        // JFreeChart asks for pure strokes; writing shape-rendering on every line adds nothing visible.
        g2.setCheckStrokeControlHint(false);
        painter.accept(g2);
        return root(width, height, idPrefix, title, description) + body(g2.getSVGElement());
    }

    private static String root(int width, int height, String idPrefix, String title, String description) {
        String titleId = idPrefix + "title";
        String descId = idPrefix + "desc";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + width + "\" height=\"" + height
                + "\" viewBox=\"0 0 " + width + " " + height + "\" role=\"img\" aria-labelledby=\""
                + titleId + " " + descId + "\">"
                + "<title id=\"" + titleId + "\">" + Labels.escapeXml(title) + "</title>"
                + "<desc id=\"" + descId + "\">" + Labels.escapeXml(description) + "</desc>";
    }

    /** Everything after JFreeSVG's root start tag, which is replaced by ours. */
    private static String body(String svg) {
        String content = svg.substring(svg.indexOf('>') + 1);
        content = CLIP_REFERENCE.matcher(content).replaceAll("");
        content = CLIP_PATH.matcher(content).replaceAll("");
        content = content.replace("<defs></defs>", "");
        content = JFREESVG_ATTRIBUTE.matcher(content).replaceAll("");
        return BARE_TEXT_GROUP.matcher(content).replaceAll("$1");
    }

    /** At most two decimals, never an exponent or a locale's comma, no trailing zeros, no "-0". */
    static String twoDecimals(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalStateException("chart geometry is not finite: " + value);
        }
        // Every coordinate of every chart passes here. Away from a rounding tie, rounding the
        // binary value gives the decimal's rounding without BigDecimal's cost; near one, the
        // decimal decides, as it always did.
        double hundredths = value * 100;
        double fraction = Math.abs(hundredths - Math.floor(hundredths) - 0.5);
        if (Math.abs(hundredths) < 1e9 && fraction > 1e-6) {
            return hundredths(Math.round(hundredths));
        }
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0) {
            return "0";
        }
        return rounded.stripTrailingZeros().toPlainString();
    }

    /** A whole number of hundredths as a decimal without trailing zeros. */
    private static String hundredths(long n) {
        if (n == 0) {
            return "0";
        }
        long whole = Math.abs(n) / 100;
        int cents = (int) (Math.abs(n) % 100);
        String sign = n < 0 ? "-" : "";
        if (cents == 0) {
            return sign + whole;
        }
        return sign + whole + (cents % 10 == 0 ? "." + cents / 10 : cents < 10 ? ".0" + cents : "." + cents);
    }
}
