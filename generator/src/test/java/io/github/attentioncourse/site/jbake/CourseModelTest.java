package io.github.attentioncourse.site.jbake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.attentioncourse.markdown.RenderedLesson;
import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.Lesson;
import io.github.attentioncourse.site.course.LessonHeader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CourseModelTest {

    private static Lesson lesson(int order) {
        String file = "content/m-1/" + order + ".md";
        LessonHeader header = new LessonHeader(Map.of("title", "L1." + order, "status", "published"), Map.of(), 8, "");
        return new Lesson(Path.of("/c/" + file), file, "m-1/" + order + ".html", "m-1", header, 1, order,
                new RenderedLesson("", List.of(), List.of(), 0));
    }

    @Test
    void positionsAndNeighboursAreComputed() {
        Course course = Course.of(List.of(lesson(1), lesson(2)), Map.of(), new ArrayList<>(), new ArrayList<>());
        Map<String, Object> first = CourseModel.lessonFields(course, course.sequence().get(0));
        assertEquals(1, first.get("lesson_position"));
        assertEquals(2, first.get("lesson_count"));
        assertEquals("m-1/2.html", first.get("next_uri"));
        assertTrue(!first.containsKey("prev_uri"));
    }
}
