package io.github.attentioncourse.figure;

import io.github.attentioncourse.format.Html;

/** The frame the figures of the kinds beyond attention examples share: the box, and a caption that links the numbers. */
final class FigureFrame {

    private FigureFrame() {
    }

    /** Opens the figure: {@code kind} names its style besides the common one, {@code htmlId} is unique on the page. */
    static StringBuilder open(String kind, String htmlId) {
        return new StringBuilder(16_384).append("<figure class=\"computed-figure ").append(kind).append("\" id=\"")
                .append(htmlId).append("\">");
    }

    /**
     * Closes it with its caption: where the numbers come from (a trained model's line, or null for
     * numbers the author wrote), the author's caption (or null), and the link to the JSON.
     *
     * @param what the figure's numbers, as the link names them, e.g. "this chart"
     */
    static String close(StringBuilder html, String source, String caption, String jsonHref, String what) {
        html.append("<figcaption>");
        if (source != null) {
            html.append("<span class=\"figure-source\">").append(Html.escape(source)).append("</span> ");
        }
        if (caption != null) {
            html.append(Html.escape(caption)).append(' ');
        }
        return html.append("<a class=\"json-link\" href=\"").append(Html.escape(jsonHref)).append("\">Every number of ")
                .append(what).append(" as JSON</a></figcaption></figure>").toString();
    }
}
