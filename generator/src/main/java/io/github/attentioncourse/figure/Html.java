package io.github.attentioncourse.figure;

import com.vladsch.flexmark.util.sequence.Escaping;

/** HTML text and attribute escaping, delegated to flexmark so there is one escaper in the site. */
public final class Html {

    private Html() {
    }

    /** Escapes {@code & < > "} so that any author text appears as text, in content or attributes. */
    public static String escape(String text) {
        return Escaping.escapeHtml(text == null ? "" : text, false);
    }
}
