package io.github.attentioncourse.format;

import com.vladsch.flexmark.util.sequence.Escaping;

/** HTML text and attribute escaping, delegated to flexmark so there is one escaper in the site. */
public final class Html {

    /** Closes what {@link #tableStart} opened. */
    public static final String TABLE_END = "</table></div>";

    private Html() {
    }

    /** Escapes {@code & < > "} so that any author text appears as text, in content or attributes. */
    public static String escape(String text) {
        return Escaping.escapeHtml(text == null ? "" : text, false);
    }

    /**
     * The start of a table in a box that scrolls sideways when the table is wider than the screen,
     * up to its caption; the table's rows and {@link #TABLE_END} follow. The box is a region named
     * by the caption that takes the focus, so a keyboard can scroll it, with or without JavaScript.
     *
     * @param captionId   unique on the page
     * @param captionHtml markup, already escaped
     */
    public static String tableStart(String tableClass, String captionId, String captionHtml) {
        return "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-labelledby=\"" + captionId + "\">"
                + "<table class=\"" + tableClass + "\"><caption id=\"" + captionId + "\">" + captionHtml + "</caption>";
    }
}
