package io.github.attentioncourse.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.regex.Pattern;

/** Text as the charts show it: token labels, titles and their measured widths. */
final class Labels {

    static final String MASKED = "masked";
    static final String MASKED_SHORT = "\u2013";

    /** Longer tokens are cut so that one odd token cannot squeeze every cell of a figure. */
    static final int MAX_TOKEN_CODE_POINTS = 14;

    /** The same render context as SVGGraphics2D, so measured widths match what JFreeChart lays out. */
    private static final FontRenderContext FRC = new FontRenderContext(null, false, true);

    /**
     * JFreeSVG leaves an {@code &} alone when it already starts an entity, so a token that is
     * literally {@code &lt;} would be shown as {@code <}. An invisible word joiner after that
     * {@code &} breaks the entity without changing what is seen or the width JFreeChart measures.
     */
    private static final Pattern ENTITY_LOOKALIKE = Pattern.compile("&(?=(?:lt|gt|amp|apos|quot);)");
    static final String WORD_JOINER = "\u2060";

    private Labels() {
    }

    static Font font(int size, boolean bold) {
        return Fonts.sans(size, bold);
    }

    /** A token as an axis shows it: legal in XML, safe from JFreeSVG's entity guess, and not too long. */
    static String token(String token) {
        StringBuilder shown = new StringBuilder();
        int[] codePoints = token.codePoints().toArray();
        int kept = Math.min(codePoints.length, MAX_TOKEN_CODE_POINTS);
        for (int i = 0; i < kept; i++) {
            shown.appendCodePoint(xmlSafe(codePoints[i]));
        }
        if (kept < codePoints.length) {
            shown.setLength(shown.offsetByCodePoints(shown.length(), -1));
            shown.append('\u2026');
        }
        return ENTITY_LOOKALIKE.matcher(shown).replaceAll("&" + WORD_JOINER);
    }

    /** Text that is not a token (titles): legal in XML, then escaped for an element or attribute. */
    static String escapeXml(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().map(Labels::xmlSafe).forEach(c -> {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /** The generic CSS family for a Java font family; any font we did not choose falls back to sans-serif. */
    static String cssFamily(String javaFamily) {
        return switch (javaFamily) {
            case Font.SERIF -> "serif";
            case Font.MONOSPACED, Font.DIALOG_INPUT -> "monospace";
            default -> "sans-serif";
        };
    }

    static double width(String text, Font font) {
        return font.getStringBounds(text, FRC).getWidth();
    }

    static double widest(String[] texts, Font font) {
        double widest = 0;
        for (String text : texts) {
            widest = Math.max(widest, width(text, font));
        }
        return widest;
    }

    /** Characters XML 1.0 forbids (control characters, lone surrogates) become U+FFFD. */
    private static int xmlSafe(int c) {
        boolean legal = c == '\t' || c == '\n' || c == '\r'
                || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
        return legal ? c : 0xFFFD;
    }
}
