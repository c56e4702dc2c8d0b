package io.github.attentioncourse.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The typeface every chart is measured with: DejaVu Sans, read from the jasperreports-fonts jar
 * rather than looked up among the machine's fonts. JFreeChart places each label from measured
 * widths, so with the logical "SansSerif" two machines with different fonts installed would bake
 * different SVG. The SVG still names only the generic {@code sans-serif} ({@link Labels#cssFamily}),
 * so readers see their own sans-serif, a little wider or narrower than what was measured.
 */
final class Fonts {

    private static final String FOLDER = "/net/sf/jasperreports/fonts/dejavu/";
    private static final Font REGULAR = load("DejaVuSans.ttf");
    private static final Font BOLD = load("DejaVuSans-Bold.ttf");

    private Fonts() {
    }

    /**
     * DejaVu Sans at {@code size} pixels. The bold face is its own file, so asking it for BOLD
     * adds no synthetic emboldening; the style only tells JFreeSVG to write {@code font-weight: bold}.
     */
    static Font sans(float size, boolean bold) {
        return bold ? BOLD.deriveFont(Font.BOLD, size) : REGULAR.deriveFont(Font.PLAIN, size);
    }

    private static Font load(String file) {
        try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IllegalStateException(FOLDER + file + " is not on the class path; the generator"
                        + " needs the jasperreports-fonts jar beside it in lib/");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot read the chart font " + FOLDER + file, e);
        }
    }
}
