package io.github.attentioncourse.authoring;

import java.util.Comparator;

/**
 * One mistake in what an author wrote, located at {@code file:line}.
 *
 * @param file    path relative to the course root, with forward slashes
 * @param line    1-based line in that file
 * @param message what is wrong and what was expected
 */
public record ContentError(String file, int line, String message) implements Comparable<ContentError> {

    private static final Comparator<ContentError> ORDER = Comparator
            .comparing(ContentError::file)
            .thenComparingInt(ContentError::line)
            .thenComparing(ContentError::message);

    @Override
    public int compareTo(ContentError other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return file + ":" + line + ": " + message;
    }
}
