package io.github.attentioncourse.site.course;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.authoring.ContentError;
import io.github.attentioncourse.markdown.RenderedLesson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseTest {

    private final List<ContentError> errors = new ArrayList<>();
    private final List<ContentError> warnings = new ArrayList<>();

    private static Lesson lesson(String folder, int module, int order, String status) {
        String file = "content/" + folder + "/" + order + ".md";
        LessonHeader header = new LessonHeader(Map.of("title", "L" + module + "." + order, "status", status),
                Map.of("order", 3, "module", 4), 8, "");
        return new Lesson(Path.of("/c/" + file), file, folder + "/" + order + ".html", folder, header, module, order,
                new RenderedLesson("", List.of(), List.of(), 0));
    }

    @Test
    void ordersModulesAndLessonsAndSkipsDrafts() {
        Course course = Course.of(List.of(lesson("module-3-late", 3, 1, "published"), lesson("module-2-attention", 2, 2, "published"),
                lesson("module-2-attention", 2, 1, "published"), lesson("module-2-attention", 2, 3, "draft")), Map.of(), errors, warnings);
        assertEquals(List.of("L2.1", "L2.2", "L3.1"), course.sequence().stream().map(Lesson::title).toList());
        assertEquals("Attention", course.modules().get(0).title());
        assertEquals("Late", course.modules().get(1).title());
        assertEquals(List.of(), errors);
    }

    @Test
    void reportsTwoLessonsWithTheSameModuleAndOrder() {
        Course.of(List.of(lesson("m-1", 1, 1, "published"), lesson("m-1", 1, 1, "published")), Map.of(), errors, warnings);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).message().contains("already has a lesson with order=1"));
        assertEquals(3, errors.get(0).line());
    }

    @Test
    void warnsAboutAGapInTheOrder() {
        Course.of(List.of(lesson("m-1", 1, 1, "published"), lesson("m-1", 1, 3, "published")), Map.of(), errors, warnings);
        assertEquals(List.of(), errors);
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("gap"));
    }

    @Test
    void moduleTitleComesFromTheIndexPageOrTheFolderName() {
        assertEquals("Attention", Course.titleFromFolder("module-2-attention", 2));
        assertEquals("Module 4", Course.titleFromFolder("module-4", 4));
        assertEquals("Multi head attention", Course.titleFromFolder("07-multi-head_attention", 7));
        Course course = Course.of(List.of(lesson("m-1", 1, 1, "published")), Map.of("m-1", "Given"), errors, warnings);
        assertEquals("Given", course.modules().get(0).title());
    }
}
