package io.github.attentioncourse.example;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Tokens of a sentence, and how authors point at one: {@code tok}, or {@code tok#k} for its k-th occurrence. */
public final class Tokens {

    private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
    private static final Pattern OCCURRENCE = Pattern.compile("(.+)#([1-9][0-9]{0,8})");

    private Tokens() {
    }

    /** Whitespace split of a sentence. */
    public static List<String> split(String sentence) {
        String trimmed = WHITESPACE.matcher(sentence).replaceAll(" ").strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split(" "));
    }

    /**
     * Index of {@code tok} or {@code tok#k} (k-th occurrence, 1-based) in tokens, or -1. A token
     * that itself contains '#' (e.g. "C#") is found when written literally, before any reading
     * of its '#' as an occurrence number.
     */
    public static int indexOf(List<String> tokens, String ref) {
        int literal = ref == null ? -1 : tokens.indexOf(ref);
        if (literal >= 0 || ref == null) {
            return literal;
        }
        Matcher occurrence = OCCURRENCE.matcher(ref);
        if (!occurrence.matches()) {
            return -1;
        }
        String token = occurrence.group(1);
        int remaining = Integer.parseInt(occurrence.group(2));
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).equals(token) && --remaining == 0) {
                return i;
            }
        }
        return -1;
    }
}
