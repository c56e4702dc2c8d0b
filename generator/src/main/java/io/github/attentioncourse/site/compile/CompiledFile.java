package io.github.attentioncourse.site.compile;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.site.course.LessonHeader;
import java.nio.file.Path;
import java.util.List;

/**
 * One content file, read, checked and rendered on its own: the unit a rebuild can reuse when
 * the file has not changed.
 *
 * @param path        absolute path
 * @param text        the file's text when it was read, to tell whether it changed
 * @param folder      the folder relative to content/, "" at the top
 * @param header      the parsed header, or null when there is none
 * @param lesson      the lesson, when the file is a valid lesson
 * @param page        the rendered body of a module index or other page
 * @param moduleTitle the module title, when the file is a module's index.md
 * @param errors      this file's own errors (course-wide ones, like duplicate orders, are not here)
 */
public record CompiledFile(Path path, String text, String folder, LessonHeader header, Lesson lesson, RenderedLesson page,
                    String moduleTitle, List<ContentError> errors) {

    /** The rendered body, of a lesson or a page; null when the file has none. */
    public RenderedLesson body() {
        return lesson != null ? lesson.rendered() : page;
    }
}
