package io.github.attentioncourse.markdown;

import io.github.attentioncourse.authoring.ContentError;
import java.util.List;

/**
 * A lesson body turned into HTML, with the files it publishes beside its page and every mistake
 * found on the way.
 *
 * @param html     the body, slides and figures included
 * @param examples each example's JSON numbers, to be written next to the page
 * @param errors   content errors with file:line; the lesson must not be published if any
 * @param charts   how many SVG charts the body holds
 */
public record RenderedLesson(String html, List<ExampleFile> examples, List<ContentError> errors, int charts) {

    /** One example's numbers, published as {@code fileName} in the page's folder. */
    public record ExampleFile(String id, String fileName, String json) {
    }
}
