package io.github.attentioncourse.site.compile;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.Lesson;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Every content file read, checked and rendered, before anything is written.
 *
 * @param course   the course model
 * @param lessons  every lesson by absolute source path, drafts included
 * @param pages    the rendered bodies of module index pages and other pages, by absolute source path
 * @param files    every content file as compiled, in path order, for a rebuild to reuse
 * @param errors   content errors, sorted by file and line; nothing may be baked if any
 * @param warnings things a reader would notice but that do not stop the bake
 */
public record CompiledCourse(Course course, Map<Path, Lesson> lessons, Map<Path, RenderedLesson> pages,
                             Map<Path, CompiledFile> files,
                             List<ContentError> errors,
                             List<ContentError> warnings) {

    /** The rendered body of any content file, lesson or page; null for a file JBake should not see. */
    public RenderedLesson body(Path source) {
        Lesson lesson = lessons.get(source);
        return lesson != null ? lesson.rendered() : pages.get(source);
    }

    public int exampleCount() {
        return lessons.values().stream().mapToInt(l -> l.rendered().examples().size()).sum();
    }

    public int chartCount() {
        return lessons.values().stream().mapToInt(l -> l.rendered().charts()).sum();
    }
}
