package io.github.attentioncourse.site.jbake;

import io.github.attentioncourse.site.course.Course;
import io.github.attentioncourse.site.course.Lesson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The course as plain maps and lists of strings and numbers, which is what JBake's content store
 * and Freemarker both take without surprises.
 */
final class CourseModel {

    private CourseModel() {
    }

    /** Position, module and neighbours of a lesson, as fields of its page. */
    static Map<String, Object> lessonFields(Course course, Lesson lesson) {
        Course.Module module = course.moduleOf(lesson);
        List<Lesson> sequence = course.sequence();
        int index = position(sequence, lesson);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("module_number", module.number());
        fields.put("module_title", module.title());
        fields.put("module_uri", module.uri());
        fields.put("lesson_position", position(module.lessons(), lesson) + 1);
        fields.put("lesson_count", module.lessons().size());
        if (index > 0) {
            fields.put("prev_uri", sequence.get(index - 1).uri());
            fields.put("prev_title", sequence.get(index - 1).title());
        }
        if (index < sequence.size() - 1) {
            fields.put("next_uri", sequence.get(index + 1).uri());
            fields.put("next_title", sequence.get(index + 1).title());
        }
        return fields;
    }

    /**
     * Where a lesson is in a list, by identity: a lesson's equals compares its whole rendered body,
     * which made finding every page's neighbours grow with the square of the course.
     */
    private static int position(List<Lesson> lessons, Lesson lesson) {
        for (int i = 0; i < lessons.size(); i++) {
            if (lessons.get(i) == lesson) {
                return i;
            }
        }
        return -1;
    }

    /** The modules with their lessons, for the course index and module pages. */
    static List<Map<String, Object>> modules(Course course) {
        List<Map<String, Object>> modules = new ArrayList<>();
        for (Course.Module module : course.modules()) {
            List<Map<String, Object>> lessons = new ArrayList<>();
            int position = 0;
            for (Lesson lesson : module.lessons()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("title", lesson.title());
                entry.put("uri", lesson.uri());
                entry.put("position", ++position);
                entry.put("summary", lesson.header().values().getOrDefault("summary", ""));
                entry.put("minutes", lesson.header().values().getOrDefault("minutes", ""));
                entry.put("tags", lesson.tags());
                entry.put("examples", lesson.rendered().examples().size());
                lessons.add(entry);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("number", module.number());
            entry.put("title", module.title());
            entry.put("uri", module.uri());
            entry.put("lessons", lessons);
            modules.add(entry);
        }
        return modules;
    }
}
