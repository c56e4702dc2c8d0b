package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.figure.Figures.Figure;
import java.util.List;

/**
 * Where the figures go in a rendered lesson. Flexmark copies whatever it is given character by
 * character through its line-aware writer, and a lesson's figures are most of its HTML, so the
 * renderer writes a short slot for each and the figures are put into the finished HTML in one
 * pass. A slot is delimited by NUL, which no lesson can contain: Markdown parsers replace it.
 */
public final class FigureSlots {

    private static final char DELIMITER = '\0';

    private FigureSlots() {
    }

    static String slot(int index) {
        return DELIMITER + Integer.toString(index) + DELIMITER;
    }

    /** The HTML with every slot replaced by its figure (an empty string for a figure that failed). */
    public static String fill(String html, List<Figure> figures) {
        int open = html.indexOf(DELIMITER);
        if (open < 0) {
            return html;
        }
        int length = html.length();
        for (Figure figure : figures) {
            length += figure == null ? 0 : figure.html().length();
        }
        StringBuilder filled = new StringBuilder(length);
        int from = 0;
        while (open >= 0) {
            int close = html.indexOf(DELIMITER, open + 1);
            Figure figure = figures.get(Integer.parseInt(html, open + 1, close, 10));
            filled.append(html, from, open).append(figure == null ? "" : figure.html());
            from = close + 1;
            open = html.indexOf(DELIMITER, from);
        }
        return filled.append(html, from, html.length()).toString();
    }
}
