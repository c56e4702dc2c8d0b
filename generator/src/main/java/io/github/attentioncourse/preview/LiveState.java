package io.github.attentioncourse.preview;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;

/**
 * What the open browser pages need to know: a version that changes after every rebuild (the
 * pages poll it and reload), the content errors of the latest attempt, if any, and what the
 * preview is busy with.
 */
final class LiveState {

    private volatile long version;
    private volatile List<ContentError> errors = List.of();
    private volatile String status = "";

    long version() {
        return version;
    }

    List<ContentError> errors() {
        return errors;
    }

    /** What the preview is doing besides serving (training a model, say), shown on the pages; "" for nothing. */
    String status() {
        return status;
    }

    void status(String now) {
        status = now;
    }

    synchronized void published(List<ContentError> latestErrors) {
        errors = List.copyOf(latestErrors);
        version++;
    }
}
