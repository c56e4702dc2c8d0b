package io.github.attentioncourse.figure;

import io.github.attentioncourse.format.Html;
import java.util.List;

/**
 * What the figures of a model's computed blocks share: the frame, a fold for their tables, the
 * caption that says where the numbers come from and links them as JSON, and labels for vectors.
 */
final class FigureFrame {

    private FigureFrame() {
    }

    /** Opens the figure; {@code kind} is its own class beside the shared one. */
    static StringBuilder open(String kind, String htmlId, int capacity) {
        return new StringBuilder(capacity).append("<figure class=\"computed-figure ").append(kind).append("\" id=\"")
                .append(htmlId).append("\">");
    }

    /** Tables behind a summary, open on request (as an attention example's are). */
    static String fold(String summary, String tables) {
        return "<details class=\"part part-tables\"><summary>" + summary + "</summary>" + tables + "</details>";
    }

    /**
     * Closes the figure with its caption, and gives its HTML.
     *
     * @param source   where the numbers come from, or null
     * @param caption  the author's text, or null
     * @param linkText what the JSON link says, e.g. "Every number of this figure as JSON"
     */
    static String close(StringBuilder html, String source, String caption, String jsonHref, String linkText) {
        html.append("<figcaption>");
        if (source != null) {
            html.append("<span class=\"figure-source\">").append(Html.escape(source)).append("</span> ");
        }
        if (caption != null) {
            html.append(Html.escape(caption)).append(' ');
        }
        return html.append("<a class=\"json-link\" href=\"").append(Html.escape(jsonHref)).append("\">").append(linkText)
                .append("</a></figcaption></figure>").toString();
    }

    /** A chart in its box. */
    static String chart(String kind, String svg) {
        return "<div class=\"chart chart-" + kind + "\">" + svg + "</div>";
    }

    /** Entry labels 1…count, for the dimensions of a vector on a chart's axis. */
    static List<String> numbered(int count) {
        return java.util.stream.IntStream.rangeClosed(1, count).mapToObj(Integer::toString).toList();
    }

    /** Ends every caption of a figure's tables, so that a screen reader's list of regions tells figures apart. */
    static String in(String what, String id) {
        return "<span class=\"visually-hidden\"> in " + what + " " + Html.escape(id) + "</span>";
    }
}
