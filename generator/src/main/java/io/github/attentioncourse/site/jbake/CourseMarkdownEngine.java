package io.github.attentioncourse.site.jbake;

import io.github.attentioncourse.markdown.Icons;
import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.site.compile.CompiledCourse;
import io.github.attentioncourse.site.course.BakeException;
import io.github.attentioncourse.site.course.Lesson;
import java.nio.file.Path;
import java.util.List;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's markup engine for {@code .md}, replaced by ours: the body comes from the course
 * pipeline (examples, figures, slides, references) and the lesson's place in the course is added
 * to the document model for the templates.
 */
public class CourseMarkdownEngine extends MarkdownEngine {

    /** The icons of a lesson's header (minutes, place in the module, tags), given to the templates as {@code icon_NAME}. */
    private static final List<String> HEADER_ICONS = List.of("clock", "target", "star");

    @Override
    public void processBody(ParserContext context) {
        CompiledCourse compiled = BakeSession.current();
        Path source = context.getFile().toPath().toAbsolutePath().normalize();
        RenderedLesson body = compiled.body(source);
        if (body == null) {
            // The file appeared after the course was read: the course on disk changed mid-bake.
            throw new BakeException(compiled.lessons().isEmpty() && compiled.pages().isEmpty()
                    ? "nothing to bake" : source.getFileName() + " was added while the course was being baked; run the build again");
        }
        DocumentModel model = context.getDocumentModel();
        model.setBody(body.html());
        for (String icon : HEADER_ICONS) {
            model.put("icon_" + icon, Icons.named(icon).svg());
        }
        Lesson lesson = compiled.lessons().get(source);
        if (lesson != null && lesson.published()) {
            model.putAll(CourseModel.lessonFields(compiled.course(), lesson));
        }
    }
}
