package io.github.attentioncourse.authoring;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Unknown keys, and a guess at what a mistyped key meant. */
public final class Keys {

    /** Longer keys are never typos of a known one, and keep the edit distance cheap. */
    private static final int GUESS_LIMIT = 40;
    private static final int MIN_PREFIX = 3;
    /** Up to this length two edits turn most keys into another ({@code foo} into {@code w_o}). */
    private static final int SHORT = 4;

    private Keys() {
    }

    /**
     * Reports every key of {@code entries} that is not in {@code allowed}, and returns the keys
     * the author seems to have meant, whose absence then needs no second error.
     */
    static Set<String> rejectUnknown(Map<String, Entry> entries, List<String> allowed, String where,
            YamlBlock block) {
        Set<String> meant = new HashSet<>();
        for (Entry entry : entries.values()) {
            if (allowed.contains(entry.key())) {
                continue;
            }
            Optional<String> guess = closest(entry.key(), allowed);
            guess.ifPresent(meant::add);
            block.at(entry.keyNode(), "unknown key " + Nodes.quote(entry.key()) + " in " + where
                    + guess.map(k -> " (did you mean '" + k + "'?)").orElse("")
                    + "; expected one of: " + String.join(", ", allowed));
        }
        return meant;
    }

    /**
     * The allowed key an author most likely meant: the same word in other case, one within two
     * edits ({@code sentense}; one for short keys), or one the key starts with ({@code w_query}, {@code mask_type}).
     */
    public static Optional<String> closest(String key, List<String> allowed) {
        if (key.length() > GUESS_LIMIT) {
            return Optional.empty();
        }
        String typed = key.toLowerCase(Locale.ROOT).replace('-', '_');
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : allowed) {
            int distance = distance(typed, candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        if (best != null && bestDistance <= (typed.length() <= SHORT ? 1 : 2)) {
            return Optional.of(best);
        }
        return allowed.stream()
                .filter(candidate -> candidate.length() >= MIN_PREFIX && typed.startsWith(candidate))
                .max((a, b) -> Integer.compare(a.length(), b.length()));
    }

    /** Levenshtein distance. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
