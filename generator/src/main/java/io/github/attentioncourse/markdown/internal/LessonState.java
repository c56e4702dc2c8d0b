package io.github.attentioncourse.markdown.internal;

import io.github.attentioncourse.example.ContentError;
import java.util.ArrayList;
import java.util.List;

/** What one lesson's rendering shares between its passes: where it is, and what went wrong. */
public final class LessonState {

    private final String file;
    private final int firstBodyLine;
    private final List<ContentError> errors = new ArrayList<>();

    /**
     * @param file          path relative to the course root
     * @param firstBodyLine 1-based line in the file of the body's first line
     */
    public LessonState(String file, int firstBodyLine) {
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

    public void error(int fileLine, String message) {
        errors.add(new ContentError(file, fileLine, message));
    }

    public void addAll(List<ContentError> more) {
        errors.addAll(more);
    }

    public List<ContentError> errors() {
        return errors;
    }
}
