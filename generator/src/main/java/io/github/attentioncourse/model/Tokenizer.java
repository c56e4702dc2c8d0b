package io.github.attentioncourse.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits text into the model's words: lower case; a word is a run of letters, digits,
 * apostrophes and hyphens ({@code didn't}, {@code well-known}); every other visible character
 * (. , ! ?) is a word of its own; {@code [MASK]}, in any case, is the mask token. The corpus and
 * every sentence a lesson or a reader gives the model pass through here, so they agree.
 */
public final class Tokenizer {

    public static final String MASK = "[MASK]";

    private Tokenizer() {
    }

    public static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        String lower = text.toLowerCase(Locale.ROOT);
        int i = 0;
        while (i < lower.length()) {
            int c = lower.codePointAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i += Character.charCount(c);
            } else if (lower.startsWith("[mask]", i)) {
                words.add(MASK);
                i += MASK.length();
            } else if (isWordPart(c)) {
                int start = i;
                while (i < lower.length() && isWordPart(lower.codePointAt(i))) {
                    i += Character.charCount(lower.codePointAt(i));
                }
                words.add(lower.substring(start, i));
            } else {
                words.add(new String(Character.toChars(c)));
                i += Character.charCount(c);
            }
        }
        return words;
    }

    private static boolean isWordPart(int c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '-' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
