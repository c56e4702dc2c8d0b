package io.github.attentioncourse.chart;

import java.awt.Color;
import java.awt.Insets;
import org.jfree.svg.SVGHints;
import org.scilab.forge.jlatexmath.ParseException;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * A LaTeX formula typeset by JLaTeXMath at build time and drawn as SVG outlines, so the page
 * needs no math script or font. The glyphs take the text colour of the page, for light and
 * dark themes alike; the formula's source is its accessible name.
 */
public final class Formula {

    private static final float SIZE = 20f;

    private Formula() {
    }

    /**
     * Synchronized: lessons compile on several threads, and JLaTeXMath fills static caches of
     * macros and fonts as it meets them; formulas are few, so taking turns costs nothing.
     *
     * @param latex    the formula, e.g. {@code \mathrm{softmax}(QK^T/\sqrt{d_k})V}
     * @param idPrefix prefix of every id in the SVG, unique on the page
     * @param spoken   how the formula reads aloud, used as its title
     * @throws IllegalArgumentException with JLaTeXMath's message when the LaTeX does not parse
     */
    public static synchronized String svg(String latex, String idPrefix, String spoken) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(latex).createTeXIcon(TeXConstants.STYLE_DISPLAY, SIZE);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        icon.setInsets(new Insets(2, 2, 2, 2));
        icon.setForeground(Color.BLACK);
        int width = icon.getIconWidth();
        int height = icon.getIconHeight();
        String svg = SvgRenderer.render(g2 -> {
            // Outlines, not text: the browser has none of JLaTeXMath's fonts.
            g2.setRenderingHint(SVGHints.KEY_DRAW_STRING_TYPE, SVGHints.VALUE_DRAW_STRING_TYPE_VECTOR);
            icon.paintIcon(null, g2, 0, 0);
        }, width, height, idPrefix, spoken, "Formula: " + latex);
        return svg.replace("rgb(0,0,0)", "currentColor");
    }
}
