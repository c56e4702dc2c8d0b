package io.github.attentioncourse.site.course;

/** The bake failed for a reason outside the content: a template, the file system, JBake itself. */
public final class BakeException extends RuntimeException {

    public BakeException(String message) {
        super(message);
    }

    public BakeException(String message, Throwable cause) {
        super(message, cause);
    }
}
