package io.github.attentioncourse.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Every mistake found in one file an author wrote, each at its line: the one collector that the
 * header, the Markdown body, each fenced block and a model's files all report into.
 */
public final class Problems {

    private final String file;
    private final int firstBodyLine;
    private final List<ContentError> errors = new ArrayList<>();

    /** For a whole file, whose line 1 is its first line. */
    public Problems(String file) {
        this(file, 1);
    }

    /**
     * @param file          path relative to the course root, with forward slashes
     * @param firstBodyLine 1-based line in the file of the body's first line (after a lesson's header)
     */
    public Problems(String file, int firstBodyLine) {
        this.file = file;
        this.firstBodyLine = firstBodyLine;
    }

    public String file() {
        return file;
    }

    /** The file line of a 0-based line of the body. */
    public int fileLine(int bodyLine) {
        return firstBodyLine + bodyLine;
    }

    public void atLine(int fileLine, String message) {
        errors.add(new ContentError(file, fileLine, message));
    }

    public void addAll(Collection<ContentError> more) {
        errors.addAll(more);
    }

    public int count() {
        return errors.size();
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    /** The mistakes as found. */
    public List<ContentError> list() {
        return List.copyOf(errors);
    }

    /** The mistakes in line order. */
    public List<ContentError> sorted() {
        return errors.stream().sorted().toList();
    }
}
