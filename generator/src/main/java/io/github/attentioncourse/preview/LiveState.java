package io.github.attentioncourse.preview;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;

/**
 * What the open browser pages need to know: a version that changes after every rebuild (the
 * pages poll it and reload), and the content errors of the latest attempt, if any.
 */
final class LiveState {

    private volatile long version;
    private volatile List<ContentError> errors = List.of();

    long version() {
        return version;
    }

    List<ContentError> errors() {
        return errors;
    }

    synchronized void published(List<ContentError> latestErrors) {
        errors = List.copyOf(latestErrors);
        version++;
    }
}
