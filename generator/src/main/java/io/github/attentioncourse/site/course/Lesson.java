package io.github.attentioncourse.site.course;

import io.github.attentioncourse.markdown.RenderedLesson;
import java.nio.file.Path;
import java.util.List;

/**
 * One lesson of the course as read from its header and body.
 *
 * @param source   absolute path of the Markdown file
 * @param file     path relative to the course root, for messages
 * @param uri      the page's path relative to the site root, e.g. {@code module-2-attention/06-x.html}
 * @param folder   the module folder relative to content/ ("" at the top)
 * @param header   the parsed header
 * @param module   module number
 * @param order    position within the module as written
 * @param rendered the body and the examples' files
 */
public record Lesson(Path source, String file, String uri, String folder, LessonHeader header,
                     int module, int order, RenderedLesson rendered) {

    public String title() {
        return header.get("title");
    }

    public boolean published() {
        return "published".equals(header.get("status"));
    }

    /** Tags from the comma-separated {@code tags} header. */
    public List<String> tags() {
        String tags = header.get("tags");
        return tags == null || tags.isBlank() ? List.of()
                : java.util.Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }
}
